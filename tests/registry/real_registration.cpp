#include "real_registration.h"

#include "protocol/qr_code.h"
#include "registry_client/qr_frame_feed.h"
#include "registry_fixture.h"

#include <QImage>
#include <QJsonDocument>
#include <QPainter>
#include <QSignalSpy>

#include <gtest/gtest.h>

namespace thaid::testing {

// The QR as the citizen's phone camera would see the kiosk: a full-screen image with other
// things around the code.
QString screenshotWithQr(const QString& text, const QString& path) {
    QImage screen(1280, 800, QImage::Format_RGB32);
    screen.fill(QColor(0xf4, 0xf6, 0xf8));
    QPainter p(&screen);
    // Panels standing in for the kiosk's text (fonts need a GUI application).
    p.fillRect(40, 40, 560, 40, QColor(0x1f, 0x3a, 0x5f));
    p.fillRect(40, 120, 560, 500, Qt::white);
    const QImage qr = protocol::renderQrCode(text, {8, 4});
    p.drawImage(700, 200, qr);
    p.end();
    screen.save(path);
    return path;
}

QString verifiedFinger(app::RegistryClient& kiosk, const QString& token, const QString& image) {
    auto v = await<app::FingerMatch>([&](auto done) {
        kiosk.send(
            protocol::VerificationRequest{RunningRegistry::kCid, RunningRegistry::kRequestNumber,
                                          token, wireFinger(fixtureFinger(image))},
            &kiosk, done);
    });
    EXPECT_TRUE(v.ok()) << (v ? "" : v.error().code.toStdString());
    EXPECT_TRUE(v && v.value().matched);
    return v ? v.value().verificationId : QString();
}

QJsonObject nextEvent(QProcess& sim, const QString& name, int ms) {
    QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired()) {
        while (sim.canReadLine()) {
            const QJsonObject o = QJsonDocument::fromJson(sim.readLine()).object();
            if (o.value(QStringLiteral("event")).toString() == name)
                return o;
        }
        if (sim.state() == QProcess::NotRunning && !sim.canReadLine())
            break;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        sim.waitForReadyRead(20);
    }
    return {};
}

bool registerWithSimulator(const RunningRegistry& registry, app::RegistryClient& kiosk,
                           const QString& officerToken, const QString& verificationId,
                           const QString& keyFile, const QString& replaces) {
    auto session = await<app::SessionInfo>([&](auto done) {
        kiosk.send(
            protocol::CreateSessionRequest{RunningRegistry::kCid, RunningRegistry::kRequestNumber,
                                           verificationId, officerToken, 0, replaces},
            &kiosk, done);
    });
    EXPECT_TRUE(session.ok()) << (session ? "" : session.error().code.toStdString());
    if (!session)
        return false;
    app::QrFrameFeed feed(kiosk, [] { return QDateTime::currentDateTimeUtc(); });
    QSignalSpy frames(&feed, &app::QrFrameFeed::frameReady);
    feed.start(session.value().sid);
    if (!frames.wait(10000))
        return false;
    feed.stop();
    const QString png = screenshotWithQr(frames.first().value(0).toString(),
                                         keyFile + QStringLiteral(".screen.png"));
    QProcess sim;
    sim.start(QStringLiteral(THAID_CITIZEN_SIM_BIN),
              registry.simArgs() + QStringList{QStringLiteral("--cid"), RunningRegistry::kCid,
                                               QStringLiteral("--qr-image"), png,
                                               QStringLiteral("--key-file"), keyFile});
    const QJsonObject code = nextEvent(sim, QStringLiteral("confirmation_code"));
    EXPECT_EQ(code.value(QStringLiteral("code")).toString().size(), 6)
        << sim.readAllStandardError().constData();
    auto confirmed = await<app::SessionInfo>([&](auto done) {
        kiosk.send(protocol::ConfirmationRequest{code.value(QStringLiteral("code")).toString()},
                   &kiosk, done, session.value().sid);
    });
    EXPECT_TRUE(confirmed.ok());
    EXPECT_TRUE(sim.waitForFinished(30000));
    return sim.exitStatus() == QProcess::NormalExit && sim.exitCode() == 0;
}

}  // namespace thaid::testing
