#pragma once

#include <QSslConfiguration>

namespace thaid::protocol {

// The TLS the protocol allows on both ends (docs/protocol.md): TLS 1.3, and TLS 1.2 only with
// ECDHE and an AEAD cipher (AES-GCM, ChaCha20-Poly1305): no CBC, no SHA-1 MACs, no RSA key
// exchange.
QSslConfiguration withProtocolTls(QSslConfiguration tls);

}  // namespace thaid::protocol
