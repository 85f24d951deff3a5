#include "running_registry.h"

#include "fingerprint/finger_feed.h"
#include "station_key/station_key.h"

#include <QFile>
#include <QRegularExpression>

#include <gtest/gtest.h>

namespace thaid::testing {

RunningRegistry::RunningRegistry(const QByteArray& config, const QStringList& wrapper,
                                 const QStringList& options) {
    QProcess init;
    init.start(
        QStringLiteral(THAID_REGISTRYD_BIN),
        {QStringLiteral("init"), QStringLiteral("--dir"), dir.path(), QStringLiteral("--demo-data"),
         QStringLiteral(THAID_DEMO_REGISTRY_JSON), QStringLiteral("--images"),
         QStringLiteral(THAID_FINGERPRINT_FIXTURES), QStringLiteral("--stations"),
         QStringLiteral("10501,10502"), QStringLiteral("--db"), database.location()});
    init.waitForFinished(120000);
    initOutput = init.readAll();
    EXPECT_EQ(init.exitCode(), 0) << initOutput.constData();
    QStringList args{QStringLiteral("--dir"),          dir.path(),
                     QStringLiteral("--listen"),       QStringLiteral("127.0.0.1:0"),
                     QStringLiteral("--phone-listen"), QStringLiteral("127.0.0.1:0"),
                     QStringLiteral("--db"),           database.location()};
    if (!config.isEmpty()) {
        QFile ini(file(QStringLiteral("registry.ini")));
        EXPECT_TRUE(ini.open(QIODevice::WriteOnly) && ini.write(config) == config.size());
        ini.close();
        args << QStringLiteral("--config") << ini.fileName();
    }
    args << options;
    if (wrapper.isEmpty())
        server.start(QStringLiteral(THAID_REGISTRYD_BIN), args);
    else
        server.start(wrapper.first(),
                     wrapper.mid(1) + QStringList{QStringLiteral(THAID_REGISTRYD_BIN)} + args);
    awaitReady(server, &kioskUrl, &phoneUrl);
}

void awaitReady(QProcess& server, QUrl* kioskUrl, QUrl* phoneUrl) {
    server.waitForReadyRead(20000);
    const QString ready = QString::fromUtf8(server.readLine());
    const auto m = QRegularExpression(QStringLiteral("kiosk=(\\S+) phone=(\\S+)")).match(ready);
    EXPECT_TRUE(m.hasMatch()) << ready.toStdString();
    *kioskUrl = QUrl(m.captured(1));
    *phoneUrl = QUrl(m.captured(2));
}

RunningRegistry::~RunningRegistry() {
    server.terminate();
    server.waitForFinished(5000);
}

app::RegistryEndpoint RunningRegistry::endpoint(quint32 station) const {
    auto e = app::RegistryEndpoint::fromFiles(
        kioskUrl, file(QStringLiteral("ca.pem")),
        file(QStringLiteral("stations/station-%1.pem").arg(station)),
        app::StationKey::load(app::StationKeyLocation::inFile(
                                  file(QStringLiteral("stations/station-%1-key.pem").arg(station))))
            .value()
            .sslKey(),
        file(QStringLiteral("signing-key.pub")));
    EXPECT_TRUE(e.ok()) << (e ? "" : e.error().toStdString());
    return e.value();
}

QStringList RunningRegistry::simArgs() const {
    return {QStringLiteral("--registry"), phoneUrl.toString(),
            QStringLiteral("--ca"),       file(QStringLiteral("ca.pem")),
            QStringLiteral("--trust"),    file(QStringLiteral("signing-key.pub")),
            QStringLiteral("--json")};
}

app::FingerCapture fixtureFinger(const QString& image) {
    QString error;
    const auto i = fingerprint::finger_feed::loadImage(
        QStringLiteral(THAID_FINGERPRINT_FIXTURES "/") + image, &error);
    return {QStringLiteral("right-index"), {i.width, i.height, i.pixels, 0}};
}

}  // namespace thaid::testing
