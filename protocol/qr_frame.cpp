#include "protocol/qr_frame.h"

#include "protocol/base45.h"

#include <QtEndian>

namespace thaid::protocol {

namespace {
const QByteArray kSignatureContext("KQR1");
const QString kTextPrefix = QStringLiteral("KQ1:");
constexpr int kSignatureBytes = 64;

template <typename T>
void appendBig(QByteArray& out, T v) {
    char buf[sizeof(T)];
    qToBigEndian(v, buf);
    out.append(buf, sizeof(T));
}

template <typename T>
T readBig(const QByteArray& in, int offset) {
    return qFromBigEndian<T>(in.constData() + offset);
}
}  // namespace

ErrorCode qrFrameErrorCode(QrFrameError error) {
    switch (error) {
        case QrFrameError::Malformed:
            return ErrorCode::QrMalformed;
        case QrFrameError::UnsupportedVersion:
            return ErrorCode::QrUnsupportedVersion;
        case QrFrameError::UnknownKey:
            return ErrorCode::QrUnknownKey;
        case QrFrameError::BadSignature:
            return ErrorCode::QrBadSignature;
        case QrFrameError::Expired:
            return ErrorCode::QrExpired;
        case QrFrameError::NotYetValid:
            return ErrorCode::QrNotYetValid;
        case QrFrameError::BadTtl:
            return ErrorCode::QrBadTtl;
        case QrFrameError::BadStation:
            return ErrorCode::QrWrongStation;
    }
    return ErrorCode::QrMalformed;
}

QString qrFrameErrorId(QrFrameError error) {
    return errorCodeName(qrFrameErrorCode(error));
}

QByteArray encodeQrPayload(const QrFrame& f) {
    QByteArray out;
    out.reserve(QrFrame::kPayloadBytes);
    out.append(static_cast<char>(QrFrame::kVersion));
    out.append(f.kid.leftJustified(4, '\0', true));
    out.append(f.sid.leftJustified(16, '\0', true));
    appendBig<quint32>(out, f.stationId);
    appendBig<quint32>(out, f.issuedAt);
    appendBig<quint16>(out, f.ttlSeconds);
    out.append(static_cast<char>(f.flags));
    return out;
}

Result<QrFrame, QrFrameError> decodeQrPayload(const QByteArray& p) {
    if (p.size() != QrFrame::kPayloadBytes)
        return QrFrameError::Malformed;
    if (static_cast<quint8>(p[0]) != QrFrame::kVersion)
        return QrFrameError::UnsupportedVersion;
    QrFrame f;
    f.kid = p.mid(1, 4);
    f.sid = p.mid(5, 16);
    f.stationId = readBig<quint32>(p, 21);
    f.issuedAt = readBig<quint32>(p, 25);
    f.ttlSeconds = readBig<quint16>(p, 29);
    f.flags = static_cast<quint8>(p[31]);
    return f;
}

QString signQrFrame(QrFrame frame, const Ed25519Key& signer) {
    frame.kid = signer.keyId();
    const QByteArray payload = encodeQrPayload(frame);
    return kTextPrefix + base45Encode(payload + signer.sign(kSignatureContext + payload));
}

Result<QrFrame, QrFrameError> verifyQrFrame(QStringView text, const QList<Ed25519Key>& trusted,
                                            quint32 now, quint32 skewSeconds) {
    if (text.size() != QrFrame::kTextLength || !text.startsWith(kTextPrefix))
        return QrFrameError::Malformed;
    const auto raw = base45Decode(text.mid(kTextPrefix.size()));
    if (!raw || raw->size() != QrFrame::kPayloadBytes + kSignatureBytes)
        return QrFrameError::Malformed;
    const QByteArray payload = raw->left(QrFrame::kPayloadBytes);
    auto frame = decodeQrPayload(payload);
    if (!frame)
        return frame.error();
    const Ed25519Key* key = nullptr;
    for (const Ed25519Key& k : trusted) {
        if (k.keyId() == frame.value().kid)
            key = &k;
    }
    if (!key)
        return QrFrameError::UnknownKey;
    if (!key->verify(kSignatureContext + payload, raw->mid(QrFrame::kPayloadBytes)))
        return QrFrameError::BadSignature;
    // Signed by the registry is not enough: a frame outside the protocol is not shown or used.
    if (frame.value().ttlSeconds == 0 || frame.value().ttlSeconds > QrFrame::kMaxTtlSeconds)
        return QrFrameError::BadTtl;
    if (frame.value().stationId == 0)
        return QrFrameError::BadStation;
    if (frame.value().issuedAt > now + skewSeconds)
        return QrFrameError::NotYetValid;
    if (now >= frame.value().expiresAt())
        return QrFrameError::Expired;
    return frame;
}

}  // namespace thaid::protocol
