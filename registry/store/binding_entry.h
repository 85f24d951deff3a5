#pragma once

#include <QByteArray>
#include <QString>

namespace thaid::registry {

// A citizen's phone as the registry bound it. At most one per citizen is active (revokedAtMs 0);
// a replaced one keeps its row, revoked, so the old key is refused rather than unknown.
struct BindingEntry {
    QString bindingId;  // 32 hex, random: what a kiosk names when it replaces this binding
    QString cid;
    QByteArray devicePublicKey;  // DER SubjectPublicKeyInfo, P-256
    QString sid;                 // the session that made it (hex)
    quint32 stationId = 0;
    QString officerCid;
    QString method;     // registry_fingerprint | supervisor_exception
    QString finger;     // the finger verified; empty for an exception
    QString assurance;  // high | substantial
    qint64 boundAtMs = 0;
    qint64 revokedAtMs = 0;  // 0: active
    QString replacedBy;      // the binding that revoked it
};

}  // namespace thaid::registry
