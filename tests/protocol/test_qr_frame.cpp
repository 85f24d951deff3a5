#include "protocol/base45.h"
#include "protocol/qr_frame.h"

#include <gtest/gtest.h>

using namespace thaid::protocol;

namespace {

// RFC 8032 section 7.1, test 1.
const QByteArray kSecret =
    QByteArray::fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
const QByteArray kPublic =
    QByteArray::fromHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
const QByteArray kEmptySig = QByteArray::fromHex(
    "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b4"
    "6bd25bf5f0595bbe24655141438e7a100b");

Ed25519Key registryKey() {
    return *Ed25519Key::fromRawPrivate(kSecret);
}

QrFrame sampleFrame() {
    QrFrame f;
    f.sid = QByteArray::fromHex("00112233445566778899aabbccddeeff");
    f.stationId = 10501;
    f.issuedAt = 1795000000;
    f.ttlSeconds = 30;
    f.flags = 0;
    return f;
}

}  // namespace

TEST(Ed25519, Rfc8032Vector) {
    const Ed25519Key k = registryKey();
    EXPECT_EQ(k.rawPublic(), kPublic);
    EXPECT_EQ(k.sign(QByteArray()), kEmptySig);
    EXPECT_TRUE(Ed25519Key::fromRawPublic(kPublic)->verify(QByteArray(), kEmptySig));
    EXPECT_FALSE(Ed25519Key::fromRawPublic(kPublic)->verify(QByteArray("x"), kEmptySig));
    EXPECT_EQ(k.keyId(), QByteArray::fromHex("21fe31df"));
    const auto pem = Ed25519Key::fromPem(k.privatePem());
    ASSERT_TRUE(pem);
    EXPECT_EQ(pem->rawPublic(), kPublic);
}

TEST(QrFrame, PayloadLayoutIsExactly32BigEndianBytes) {
    QrFrame f = sampleFrame();
    f.kid = QByteArray::fromHex("21fe31df");
    const QByteArray p = encodeQrPayload(f);
    // ver | kid | sid | station 10501 | iat 1795000000 | ttl 30 | flags
    EXPECT_EQ(p.toHex(), QByteArray("01"
                                    "21fe31df"
                                    "00112233445566778899aabbccddeeff"
                                    "00002905"
                                    "6afd86c0"
                                    "001e"
                                    "00"));
    EXPECT_EQ(decodeQrPayload(p).value(), f);
}

TEST(QrFrame, SignedTextIs148AlphanumericCharacters) {
    const QString text = signQrFrame(sampleFrame(), registryKey());
    EXPECT_EQ(text.size(), 148);
    EXPECT_TRUE(text.startsWith(QStringLiteral("KQ1:")));
    const QString alnum = QStringLiteral("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:");
    for (QChar c : text)
        EXPECT_TRUE(alnum.contains(c)) << static_cast<int>(c.unicode());
    // Ed25519 is deterministic: the same frame and key always give the same text.
    EXPECT_EQ(text, signQrFrame(sampleFrame(), registryKey()));
    const auto back = verifyQrFrame(text, {*Ed25519Key::fromRawPublic(kPublic)}, 1795000010);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back.value().sid, sampleFrame().sid);
    EXPECT_EQ(back.value().stationId, 10501u);
    EXPECT_EQ(back.value().kid, registryKey().keyId());
}

TEST(QrFrame, EveryRefusalHasItsReason) {
    const Ed25519Key trusted = registryKey();
    const QString good = signQrFrame(sampleFrame(), trusted);
    const quint32 now = 1795000010;
    EXPECT_EQ(verifyQrFrame(good, {trusted}, 1795000030).error(), QrFrameError::Expired);
    EXPECT_EQ(verifyQrFrame(good, {trusted}, 1794999990).error(), QrFrameError::NotYetValid);
    EXPECT_TRUE(verifyQrFrame(good, {trusted}, 1794999996).ok());  // within the 5 s skew
    const Ed25519Key stranger = *Ed25519Key::generate();
    EXPECT_EQ(verifyQrFrame(good, {stranger}, now).error(), QrFrameError::UnknownKey);
    EXPECT_EQ(verifyQrFrame(signQrFrame(sampleFrame(), stranger), {trusted}, now).error(),
              QrFrameError::UnknownKey);

    // A forged frame: the payload changed (another station), the signature kept.
    QByteArray raw = *base45Decode(QStringView(good).mid(4));
    raw[24] = static_cast<char>(raw[24] ^ 0x01);
    EXPECT_EQ(verifyQrFrame(QStringLiteral("KQ1:") + base45Encode(raw), {trusted}, now).error(),
              QrFrameError::BadSignature);
    QByteArray v2 = *base45Decode(QStringView(good).mid(4));
    v2[0] = 2;
    EXPECT_EQ(verifyQrFrame(QStringLiteral("KQ1:") + base45Encode(v2), {trusted}, now).error(),
              QrFrameError::UnsupportedVersion);
    EXPECT_EQ(verifyQrFrame(QStringLiteral("KQ2:") + good.mid(4), {trusted}, now).error(),
              QrFrameError::Malformed);
    EXPECT_EQ(verifyQrFrame(good.left(147), {trusted}, now).error(), QrFrameError::Malformed);
    EXPECT_EQ(verifyQrFrame(QString(148, QLatin1Char('a')), {trusted}, now).error(),
              QrFrameError::Malformed);
    EXPECT_EQ(qrFrameErrorId(QrFrameError::BadSignature), QStringLiteral("qr_bad_signature"));
}

TEST(QrFrame, ASignedFrameOutsideTheProtocolIsRefused) {
    const Ed25519Key trusted = registryKey();
    const quint32 now = 1795000010;
    // Signed by the registry's own key, but a ttl the protocol does not have.
    for (const quint16 ttl : {quint16(0), quint16(31), quint16(65535)}) {
        QrFrame f = sampleFrame();
        f.ttlSeconds = ttl;
        EXPECT_EQ(verifyQrFrame(signQrFrame(f, trusted), {trusted}, now).error(),
                  QrFrameError::BadTtl)
            << ttl;
    }
    QrFrame noStation = sampleFrame();
    noStation.stationId = 0;
    EXPECT_EQ(verifyQrFrame(signQrFrame(noStation, trusted), {trusted}, now).error(),
              QrFrameError::BadStation);
    EXPECT_EQ(qrFrameErrorId(QrFrameError::BadTtl), QStringLiteral("qr_bad_ttl"));
}
