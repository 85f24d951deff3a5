#pragma once

#include "common/result.h"
#include "common/sqlite_connection.h"
#include "fingerprint/print_vault.h"

#include <memory>

#include <QDateTime>
#include <QList>
#include <QString>

namespace thaid::app {

struct Officer {
    QString cid;
    QString requestNumber;  // the officer's card, as read at enrolment
    QString displayName;
    QString finger;
    QDateTime enrolledAt;
    // officer, or supervisor: may sign off a citizen's exception for another officer.
    QString role = QStringLiteral("officer");
    bool isSupervisor() const { return role == QLatin1String("supervisor"); }
};

// Officers enrolled on this kiosk (docs/architecture.md): who they are and their fingerprint
// template, sealed with AES-256-GCM under the kiosk's print key, in SQLite.
class OfficerStore {
public:
    static Result<std::unique_ptr<OfficerStore>, QString> open(const QString& path,
                                                               const QString& printKeyFile,
                                                               bool createKey);
    ~OfficerStore();
    OfficerStore(const OfficerStore&) = delete;
    OfficerStore& operator=(const OfficerStore&) = delete;

    Result<bool, QString> enroll(const Officer& officer, const QByteArray& print);
    bool remove(const QString& cid);
    QList<Officer> list() const;
    std::optional<Officer> find(const QString& cid) const;
    // The officer's template, unsealed; wipe after use.
    Result<QByteArray, QString> print(const QString& cid) const;

private:
    OfficerStore(storage::SqliteConnection db, fingerprint::PrintVault vault);
    storage::SqliteConnection m_db;
    fingerprint::PrintVault m_vault;
};

}  // namespace thaid::app
