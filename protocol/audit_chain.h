#pragma once

#include <QByteArray>
#include <QString>

namespace thaid::protocol {

// The audit trail's chain as kiosk and registry both compute it (docs/architecture.md): each row's
// hash covers the previous row's hash and the row's fields, length-prefixed; each row's checkpoint
// is the station key's ECDSA-SHA256 signature over auditCheckpointMessage().
inline const QString kAuditGenesis = QString(64, QLatin1Char('0'));

QString auditRowHash(const QString& prevHash, qint64 seq, const QString& at, const QString& kind,
                     const QString& citizenHmac, const QString& detail);
QByteArray auditCheckpointMessage(qint64 seq, const QString& hash);
// Verifies a DER ECDSA signature with the public key of a DER X.509 certificate.
bool verifyWithCertificate(const QByteArray& certificateDer, const QByteArray& message,
                           const QByteArray& signature);

}  // namespace thaid::protocol
