#include "running_registry.h"

#include "fingerprint/virtual_finger/finger_feed.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

namespace thaid::testing {

RunningRegistry::RunningRegistry() {
    QProcess init;
    init.start(QStringLiteral(THAID_REGISTRYD_BIN),
               {QStringLiteral("init"), QStringLiteral("--dir"), dir.path(),
                QStringLiteral("--demo-data"), QStringLiteral(THAID_DEMO_REGISTRY_JSON),
                QStringLiteral("--images"), QStringLiteral(THAID_FINGERPRINT_FIXTURES),
                QStringLiteral("--stations"), QStringLiteral("10501,10502")});
    init.waitForFinished(120000);
    initOutput = init.readAll();
    EXPECT_EQ(init.exitCode(), 0) << initOutput.constData();
    server.start(QStringLiteral(THAID_REGISTRYD_BIN),
                 {QStringLiteral("--dir"), dir.path(), QStringLiteral("--listen"),
                  QStringLiteral("127.0.0.1:0"), QStringLiteral("--phone-listen"),
                  QStringLiteral("127.0.0.1:0")});
    server.waitForReadyRead(20000);
    const QString ready = QString::fromUtf8(server.readLine());
    const auto m = QRegularExpression(QStringLiteral("kiosk=(\\S+) phone=(\\S+)")).match(ready);
    EXPECT_TRUE(m.hasMatch()) << ready.toStdString();
    kioskUrl = QUrl(m.captured(1));
    phoneUrl = QUrl(m.captured(2));
}

RunningRegistry::~RunningRegistry() {
    server.terminate();
    server.waitForFinished(5000);
}

app::RegistryEndpoint RunningRegistry::endpoint(quint32 station) const {
    auto e = app::RegistryEndpoint::fromFiles(
        kioskUrl, file(QStringLiteral("ca.pem")),
        file(QStringLiteral("stations/station-%1.pem").arg(station)),
        file(QStringLiteral("stations/station-%1-key.pem").arg(station)),
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
    const QByteArray frame = fingerprint::finger_feed::imageFrame(
        QStringLiteral(THAID_FINGERPRINT_FIXTURES "/") + image, &error);
    qint32 wh[2] = {0, 0};
    memcpy(wh, frame.constData(), sizeof wh);
    return {QStringLiteral("right-index"), {wh[0], wh[1], frame.mid(8), 0}};
}

}  // namespace thaid::testing
