// libFuzzer target: the text a phone or the kiosk reads out of a QR code, through base45 and the
// frame parser and verifier.
#include "protocol/base45.h"
#include "protocol/qr_frame.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const thaid::protocol::Ed25519Key key =
        *thaid::protocol::Ed25519Key::fromRawPrivate(QByteArray(32, '\x42'));
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    (void)thaid::protocol::base45Decode(text);
    (void)thaid::protocol::verifyQrFrame(text, {key}, 1795000000);
    (void)thaid::protocol::decodeQrPayload(
        QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)));
    return 0;
}
