#pragma once

#include <QByteArray>
#include <QString>

namespace thaid::protocol {

// The 6 digits the phone shows and the officer types (docs/protocol.md): the first four bytes of
// SHA-256(sid | device public key | server nonce), big-endian, modulo 10^6, zero-padded. A QR
// relayed to another phone yields a code only that phone shows.
QString confirmationCode(const QByteArray& sid, const QByteArray& devicePublicKey,
                         const QByteArray& serverNonce);

}  // namespace thaid::protocol
