#pragma once

#include "common/result.h"
#include "protocol/ed25519_key.h"

#include <QList>
#include <QString>

namespace thaid::protocol {

// The registry's QR signing keys that a kiosk or phone trusts: a text file with one raw Ed25519
// public key in hex per line (as `thaid-registryd init` writes signing-key.pub). More than one
// line lets a registry rotate its key without a gap. '#' starts a comment line.
Result<QList<Ed25519Key>, QString> readTrustedKeys(const QString& path);

}  // namespace thaid::protocol
