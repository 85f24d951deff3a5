#pragma once

#include "registry_client/registry_client.h"
#include "test_database.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

namespace thaid::testing {

// thaid-registryd as its own process, after its own init: demo PKI, the demo citizens and
// officers with reference prints enrolled through libfprint, its TestDatabase (SQLite or
// PostgreSQL), both listeners on free
// loopback ports. Stopped by the destructor.
class RunningRegistry {
public:
    // From resources/demo/registry/demo-registry.json: a citizen and an officer.
    static inline const QString kCid = QStringLiteral("1101700230708");
    static inline const QString kRequestNumber = QStringLiteral("5001-02-01234567");
    static inline const QString kOfficerCid = QStringLiteral("3101700555018");
    static inline const QString kOfficerCard = QStringLiteral("1017-01-00555018");

    // config: registry settings (INI, --config), if any; wrapper: a program that starts the
    // registry (prlimit, to give it few descriptors); options: more of thaid-registryd's options.
    explicit RunningRegistry(const QByteArray& config = {}, const QStringList& wrapper = {},
                             const QStringList& options = {});
    ~RunningRegistry();
    QString file(const QString& name) const { return dir.filePath(name); }
    app::RegistryEndpoint endpoint(quint32 station = 10501) const;
    QStringList simArgs() const;

    QTemporaryDir dir;
    TestDatabase database{dir.path()};
    QProcess server;
    QByteArray initOutput;
    QUrl kioskUrl;
    QUrl phoneUrl;
};

// Waits for thaid-registryd's "ready" line and reads the kiosk and phone URLs from it.
void awaitReady(QProcess& server, QUrl* kioskUrl, QUrl* phoneUrl);

// What the kiosk's scanner captures of a finger: a fixture image as the sensor's pixels.
app::FingerCapture fixtureFinger(const QString& image);

}  // namespace thaid::testing
