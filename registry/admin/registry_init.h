#pragma once

#include "common/result.h"

#include <functional>

#include <QList>
#include <QString>

namespace thaid::registry {

struct InitOptions {
    QString dir;
    QString demoData;   // resources/demo/registry/demo-registry.json
    QString imagesDir;  // where the citizens' finger images are
    QList<quint32> stations;
    QString serverName = QStringLiteral("127.0.0.1");
    bool force = false;
    // A postgresql:// URL or a SQLite path; empty: registry.db in `dir`.
    QString database;
};

// `thaid-registryd init`: the demo CA, the server certificate, the Ed25519 signing key, one
// certificate per station, and the database (registry.db, or PostgreSQL) with the demo citizens
// (reference prints enrolled from their finger images) and officers. Private keys are written mode
// 0600.
Result<bool, QString> initRegistry(const InitOptions& options,
                                   const std::function<void(const QString&)>& progress);

}  // namespace thaid::registry
