#pragma once

#include "common/result.h"
#include "protocol/ed25519_key.h"
#include "protocol/error_code.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace thaid::protocol {

// QR frame v1 (docs/protocol.md): a 32-byte payload
//   ver=0x01 | kid[4] | sid[16] | station_id u32 | iat u32 | ttl u16 | flags u8   (big-endian)
// signed with Ed25519 over "KQR1" | payload, shown as "KQ1:" + base45(payload | signature):
// 148 characters, all in the QR alphanumeric set, which fits a version 6 QR code at ECC M.
struct QrFrame {
    static constexpr quint8 kVersion = 1;
    static constexpr int kPayloadBytes = 32;
    static constexpr int kTextLength = 148;
    // Each frame is valid for at most 30 s (docs/protocol.md); a longer ttl is not a v1 frame.
    static constexpr quint16 kMaxTtlSeconds = 30;

    QByteArray kid;  // 4 bytes
    QByteArray sid;  // 16 bytes
    quint32 stationId = 0;
    quint32 issuedAt = 0;  // Unix seconds
    quint16 ttlSeconds = 30;
    quint8 flags = 0;

    quint32 expiresAt() const { return issuedAt + ttlSeconds; }
    bool operator==(const QrFrame&) const = default;
};

enum class QrFrameError {
    Malformed,
    UnsupportedVersion,
    UnknownKey,
    BadSignature,
    Expired,
    NotYetValid,
    BadTtl,      // 0, or longer than the protocol's 30 s
    BadStation,  // no station, or not the one expected
};
// Stable API error codes: "qr_malformed", "qr_unknown_key", ...
ErrorCode qrFrameErrorCode(QrFrameError error);
// Its wire spelling.
QString qrFrameErrorId(QrFrameError error);

QByteArray encodeQrPayload(const QrFrame& frame);
Result<QrFrame, QrFrameError> decodeQrPayload(const QByteArray& payload);

// The frame's kid is taken from the signer.
QString signQrFrame(QrFrame frame, const Ed25519Key& signer);

// Parses, finds the key by kid among `trusted`, checks the signature, that ttl and station are
// what the protocol allows, then freshness against `now` (a frame issued up to `skewSeconds`
// in the future is accepted, for clock drift). A kiosk also checks the station is its own.
Result<QrFrame, QrFrameError> verifyQrFrame(QStringView text, const QList<Ed25519Key>& trusted,
                                            quint32 now, quint32 skewSeconds = 5);

}  // namespace thaid::protocol
