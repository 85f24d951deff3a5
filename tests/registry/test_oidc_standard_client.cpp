// The Digital ID's whole life with a standard client (issue 16): a citizen registers at the
// kiosk through the real executables, then logs in to an agency whose web app is written on
// openid-client (npm), in Debian's chromium driven by playwright-core; the phone is
// thaid-citizen-sim scanning the QR from the browser's screenshot. Then the citizen refuses, the
// phone is replaced (the old one is refused, the new one works), and a supervisor's exception
// gives the lower ial. Screenshots go to $THAID_OIDC_SHOTS when set.
#include "real_registration.h"
#include "registry_fixture.h"

#include <QDir>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace thaid;
using namespace thaid::app;
using namespace thaid::testing;

namespace {

const QString kPasscode = QStringLiteral("13572468");

QJsonObject loginFlow(const RunningRegistry& registry, const QString& keyFile,
                      const QString& expect, const QString& shotsName,
                      const QStringList& more = {}) {
    const QString shots = qEnvironmentVariableIsSet("THAID_OIDC_SHOTS")
                              ? qEnvironmentVariable("THAID_OIDC_SHOTS") + '/' + shotsName
                              : registry.file(shotsName);
    QProcess node;
    node.start(QStringLiteral("node"),
               QStringList{QStringLiteral(THAID_OIDC_LOGIN_FLOW), QStringLiteral("--registryd"),
                           QStringLiteral(THAID_REGISTRYD_BIN), QStringLiteral("--db"),
                           registry.database.location(), QStringLiteral("--issuer"),
                           registry.phoneUrl.toString(), QStringLiteral("--ca"),
                           registry.file(QStringLiteral("ca.pem")), QStringLiteral("--sim"),
                           QStringLiteral(THAID_CITIZEN_SIM_BIN), QStringLiteral("--key-file"),
                           keyFile, QStringLiteral("--passcode"), kPasscode,
                           QStringLiteral("--expect"), expect, QStringLiteral("--shots"), shots} +
                   more);
    EXPECT_TRUE(node.waitForFinished(180000));
    const QList<QByteArray> lines = node.readAllStandardOutput().trimmed().split('\n');
    QJsonObject report = QJsonDocument::fromJson(lines.last()).object();
    EXPECT_EQ(node.exitCode(), 0) << lines.last().constData() << "\n"
                                  << node.readAllStandardError().right(2000).constData();
    return report;
}

class OidcStandardClient : public ::testing::Test {
protected:
    RunningRegistry registry;
    RegistryClient kiosk{registry.endpoint()};
    QString token = [this] {
        auto officer = await<OfficerSession>([&](auto done) {
            kiosk.send(
                protocol::OfficerSignInRequest{
                    RunningRegistry::kOfficerCid, RunningRegistry::kOfficerCard,
                    wireFinger(fixtureFinger(QStringLiteral("tented_arch-capture2.png")))},
                &kiosk, done);
        });
        EXPECT_TRUE(officer.ok());
        return officer ? officer.value().token : QString();
    }();

    QString key(const char* name) const { return registry.file(QLatin1String(name)); }
    QString activeBinding() {
        auto card = await<CardCheck>([&](auto done) {
            kiosk.send(protocol::CardCheckRequest{RunningRegistry::kCid,
                                                  RunningRegistry::kRequestNumber, token},
                       &kiosk, done);
        });
        return card && card.value().binding ? card.value().binding->bindingId : QString();
    }
};

}  // namespace

TEST_F(OidcStandardClient, RegisterThenLogInRefuseAndReplaceThePhone) {
    ASSERT_TRUE(registerWithSimulator(
        registry, kiosk, token,
        verifiedFinger(kiosk, token, QStringLiteral("loop-right-capture2.png")), key("first")));
    const QJsonObject in =
        loginFlow(registry, key("first"), QStringLiteral("approved"), QStringLiteral("approved"));
    EXPECT_EQ(in.value(QStringLiteral("claims")).toObject().value(QStringLiteral("pid")),
              RunningRegistry::kCid);
    EXPECT_EQ(in.value(QStringLiteral("claims")).toObject().value(QStringLiteral("ial")),
              QStringLiteral("high"));
    EXPECT_EQ(in.value(QStringLiteral("claims")).toObject().value(QStringLiteral("name_en")),
              QStringLiteral("Mr. Somchai Jaidee"));
    loginFlow(registry, key("first"), QStringLiteral("denied"), QStringLiteral("denied"));

    // A new phone: the old one is refused by the provider, the new one logs in.
    ASSERT_TRUE(registerWithSimulator(
        registry, kiosk, token,
        verifiedFinger(kiosk, token, QStringLiteral("loop-right-capture2.png")), key("second"),
        activeBinding()));
    loginFlow(registry, key("first"), QStringLiteral("refused"), QStringLiteral("refused"));
    loginFlow(registry, key("second"), QStringLiteral("approved"), QStringLiteral("new-phone"));
}

// The session swap (draft-ietf-oauth-cross-device-security): another citizen's phone scans the
// QR shown in this browser and approves. The page shows whose identity, masked; the person here
// (ID ending 9999) says "not me", and the agency's standard client gets user_denied, no tokens.
TEST_F(OidcStandardClient, ASwappedSessionIsStoppedByTheBrowsersConfirmation) {
    ASSERT_TRUE(registerWithSimulator(
        registry, kiosk, token,
        verifiedFinger(kiosk, token, QStringLiteral("loop-right-capture2.png")), key("other")));
    const QJsonObject swapped =
        loginFlow(registry, key("other"), QStringLiteral("swapped"), QStringLiteral("swapped"),
                  {QStringLiteral("--i-am"), QStringLiteral("9999")});
    const QJsonObject shown = swapped.value(QStringLiteral("identity_shown")).toObject();
    EXPECT_EQ(shown.value(QStringLiteral("id_tail")), QStringLiteral("0708"));
    EXPECT_EQ(shown.value(QStringLiteral("name_en")), QStringLiteral("S*** J***"));
    // The phished QR: the phone showed who was asking, since when, and the time left.
    EXPECT_EQ(swapped.value(QStringLiteral("agency_on_phone")),
              QStringLiteral("Department of Provincial Administration (test)"));
    EXPECT_FALSE(swapped.value(QStringLiteral("opened_at_on_phone")).toString().isEmpty());
    EXPECT_GT(swapped.value(QStringLiteral("seconds_left_on_phone")).toInt(), 0);
}

TEST_F(OidcStandardClient, ASupervisorsExceptionGivesTheLowerAssurance) {
    const ExceptionRequest request{
        RunningRegistry::kCid,
        RunningRegistry::kRequestNumber,
        token,
        0,  // the client names its own station
        QStringLiteral("fingers_worn"),
        QStringLiteral("1101700666026"),
        QStringLiteral("1017-01-00666026"),
        app::wireFinger(fixtureFinger(QStringLiteral("arch-capture2.png")))};
    auto grant = await<ExceptionGrant>([&](auto done) { kiosk.send(request, &kiosk, done); });
    ASSERT_TRUE(grant.ok()) << errorCode(grant).toStdString();
    ASSERT_TRUE(registerWithSimulator(registry, kiosk, token, grant.value().verificationId,
                                      key("excepted")));
    const QJsonObject in = loginFlow(registry, key("excepted"), QStringLiteral("approved"),
                                     QStringLiteral("exception"));
    EXPECT_EQ(in.value(QStringLiteral("claims")).toObject().value(QStringLiteral("ial")),
              QStringLiteral("substantial"));
}
