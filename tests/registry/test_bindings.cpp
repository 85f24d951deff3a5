// The registry's rules for a citizen's bound phone, through the real stack (HTTPS listeners on
// loopback, the kiosk client, the phone API client): one active binding per citizen, the old
// phone revoked only when its replacement completes, a revoked key refused on every phone
// endpoint with its own code.
#include "binding_steps.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace thaid;
using namespace thaid::app;
using namespace thaid::testing;

TEST_F(Bindings, TheFirstRegistrationMakesTheCitizensOnlyActiveBinding) {
    auto before = check();
    ASSERT_TRUE(before.ok());
    EXPECT_FALSE(before.value().binding.has_value());
    EXPECT_EQ(device(*protocol::DeviceKey::generate()).error().code,
              QStringLiteral("device_unknown"));

    const auto key = *protocol::DeviceKey::generate();
    registerPhone(key);
    registry.store().putStation({RegistryFixture::kStation, QStringLiteral("สำนักงานเขตปทุมวัน"),
                                 QStringLiteral("Pathum Wan District Office")});
    auto after = check();
    ASSERT_TRUE(after.ok());
    ASSERT_TRUE(after.value().binding.has_value());
    const ExistingBinding& b = *after.value().binding;
    EXPECT_EQ(b.stationId, RegistryFixture::kStation);
    EXPECT_EQ(b.officeEn, QStringLiteral("Pathum Wan District Office"));
    EXPECT_EQ(b.officeTh, QStringLiteral("สำนักงานเขตปทุมวัน"));
    EXPECT_EQ(b.assurance, QStringLiteral("high"));
    EXPECT_LE(qAbs(b.boundAt.msecsTo(registry.now())), 5000);
    EXPECT_EQ(b.notices, QStringList{QStringLiteral("bound_recently_here")});
    auto status = device(key);
    ASSERT_TRUE(status.ok()) << errorCode(status).toStdString();
    EXPECT_EQ(status.value().assurance, QStringLiteral("high"));
    EXPECT_EQ(activeBindings(), 1);

    // Another office sees the same binding, flagged as recent and elsewhere; a week on, neither.
    auto otherKiosk = registry.kiosk(RegistryFixture::kOtherStation);
    auto elsewhere = check(*otherKiosk, registry.officerToken(*otherKiosk));
    ASSERT_TRUE(elsewhere.ok());
    EXPECT_EQ(elsewhere.value().binding->notices,
              QStringList{QStringLiteral("bound_recently_elsewhere")});
    registry.advance(8LL * 24 * 3600 * 1000);
    token = registry.officerToken(*kiosk);
    EXPECT_TRUE(check().value().binding->notices.isEmpty());
}

TEST_F(Bindings, ANewPhoneNeedsTheShownBindingAndRevokesTheOldOnlyOnCompletion) {
    const auto oldKey = *protocol::DeviceKey::generate();
    registerPhone(oldKey);
    const QString shown = check().value().binding->bindingId;

    // Without the officer's confirmation of the binding shown, no session and so no QR.
    EXPECT_EQ(errorCode(create({})), QStringLiteral("binding_exists"));
    auto wrong = create(QString(32, QLatin1Char('f')));
    EXPECT_EQ(errorCode(wrong), QStringLiteral("binding_exists"));
    EXPECT_EQ(wrong.error().httpStatus, 409);

    auto s = create(shown);
    ASSERT_TRUE(s.ok()) << errorCode(s).toStdString();
    const auto newKey = *protocol::DeviceKey::generate();
    const QString sid = claimAndConfirm(s.value(), newKey);
    ASSERT_TRUE(bind(sid, newKey).ok());
    // Bound but not completed: the old phone still works.
    EXPECT_TRUE(device(oldKey).ok());
    EXPECT_EQ(check().value().binding->bindingId, shown);

    ASSERT_TRUE(complete(sid, newKey).ok());
    auto refused = device(oldKey);
    EXPECT_EQ(errorCode(refused), QStringLiteral("device_revoked"));
    EXPECT_EQ(refused.error().httpStatus, 403);
    EXPECT_TRUE(device(newKey).ok());
    const auto now = check().value().binding;
    ASSERT_TRUE(now.has_value());
    EXPECT_NE(now->bindingId, shown);
    EXPECT_EQ(activeBindings(), 1);
    // The old row stays, revoked and pointing at its replacement.
    const auto old = registry.store().bindingForDevice(oldKey.publicKeyDer());
    ASSERT_TRUE(old.has_value());
    EXPECT_NE(old->revokedAtMs, 0);
    EXPECT_EQ(old->replacedBy, now->bindingId);
}

TEST_F(Bindings, AnAbandonedReplacementLeavesTheOldPhoneWorking) {
    const auto oldKey = *protocol::DeviceKey::generate();
    registerPhone(oldKey);
    const QString shown = check().value().binding->bindingId;
    auto s = create(shown);
    ASSERT_TRUE(s.ok());
    const auto newKey = *protocol::DeviceKey::generate();
    const QString sid = claimAndConfirm(s.value(), newKey);
    ASSERT_TRUE(bind(sid, newKey).ok());
    auto cancelled = await<SessionInfo>([&](auto done) {
        kiosk->send(protocol::CancelRequest{protocol::CancelReason::CardRemoved}, kiosk.get(), done,
                    sid);
    });
    ASSERT_TRUE(cancelled.ok());
    EXPECT_EQ(errorCode(complete(sid, newKey)), QStringLiteral("wrong_state"));
    EXPECT_TRUE(device(oldKey).ok());
    EXPECT_EQ(errorCode(device(newKey)), QStringLiteral("device_unknown"));
    EXPECT_EQ(check().value().binding->bindingId, shown);
    EXPECT_EQ(activeBindings(), 1);
}

TEST_F(Bindings, ARevokedKeyIsRefusedOnEveryPhoneEndpoint) {
    const auto oldKey = *protocol::DeviceKey::generate();
    const QString oldSid = registerPhone(oldKey);
    const auto newKey = *protocol::DeviceKey::generate();
    registerPhone(newKey, check().value().binding->bindingId);

    EXPECT_EQ(errorCode(device(oldKey)), QStringLiteral("device_revoked"));
    auto status =
        await<sim::PhoneStatus>([&](auto done) { phone->status(oldSid, 0, 0, oldKey, done); });
    EXPECT_EQ(errorCode(status), QStringLiteral("device_revoked"));
    EXPECT_EQ(errorCode(complete(oldSid, oldKey)), QStringLiteral("device_revoked"));
    EXPECT_EQ(errorCode(bind(oldSid, oldKey)), QStringLiteral("device_revoked"));

    // A new registration cannot bring the old key back, at the claim or at the bind.
    auto s = create(check().value().binding->bindingId);
    ASSERT_TRUE(s.ok());
    const QString qr = registry.frame(*kiosk, s.value().sid).text;
    auto claim = await<sim::ClaimResult>([&](auto done) {
        phone->claim(qr, RegistryFixture::kCid, QStringLiteral("2026.1"), oldKey.publicKeyDer(),
                     done);
    });
    EXPECT_EQ(errorCode(claim), QStringLiteral("device_revoked"));
    EXPECT_TRUE(device(newKey).ok());
}

TEST_F(Bindings, TheStoreKeepsOneActiveBindingPerCitizen) {
    registry::BindingEntry first{QString(32, QLatin1Char('a')),
                                 RegistryFixture::kCid,
                                 QByteArrayLiteral("key-1"),
                                 QString(32, QLatin1Char('1')),
                                 RegistryFixture::kStation,
                                 RegistryFixture::kOfficerCid,
                                 QStringLiteral("registry_fingerprint"),
                                 QStringLiteral("right-index"),
                                 QStringLiteral("high"),
                                 1000,
                                 0,
                                 {}};
    registry::BindingEntry second = first;
    second.bindingId = QString(32, QLatin1Char('b'));
    second.devicePublicKey = QByteArrayLiteral("key-2");
    second.boundAtMs = 2000;
    ASSERT_TRUE(registry.store().replaceBinding(first));
    ASSERT_TRUE(registry.store().replaceBinding(second));
    EXPECT_EQ(registry.store().activeBinding(RegistryFixture::kCid)->bindingId, second.bindingId);
    EXPECT_EQ(registry.store().bindingForDevice(first.devicePublicKey)->revokedAtMs, 2000);
    // A second active row for the citizen is refused by the database itself.
    bool inserted = true;
    const auto row = [&](const char* id, const char* cid, const char* keyHex) {
        const QString key = registry.database().isPostgres()
                                ? QStringLiteral("'\\x%1'::bytea").arg(QLatin1String(keyHex))
                                : QStringLiteral("x'%1'").arg(QLatin1String(keyHex));
        return QStringLiteral(
                   "INSERT INTO bindings VALUES ('%1', '%2', %3, 's', 1, 'o', 'm', 'f',"
                   " 'high', 3000, 0, '')")
            .arg(QLatin1String(id), QLatin1String(cid), key);
    };
    sql(row("c", "1101700230708", "01"), &inserted);
    EXPECT_FALSE(inserted);
    EXPECT_EQ(activeBindings(), 1);
    // The same row for another citizen is taken: what was refused was the citizen's second
    // active binding, not the statement.
    sql(row("d", "1101700230999", "01"), &inserted);
    EXPECT_TRUE(inserted);
    EXPECT_EQ(activeBindings(), 2);
}

TEST_F(Exceptions, NeedAReasonFromTheList) {
    EXPECT_EQ(errorCode(grant(QStringLiteral("because"))), QStringLiteral("invalid_field"));
    EXPECT_EQ(errorCode(grant(QString())), QStringLiteral("invalid_field"));
    EXPECT_TRUE(grant(QStringLiteral("fingers_worn")).ok());
}

TEST_F(Exceptions, TheSupervisorIsAnotherVerifiedOfficerWithTheRole) {
    const QString reason = QStringLiteral("fingers_missing");
    // The officer serving the citizen cannot sign off for them.
    EXPECT_EQ(errorCode(grant(reason, RegistryFixture::kOfficerCid, RegistryFixture::kOfficerCard,
                              RegistryFixture::kOfficerPrint)),
              QStringLiteral("not_a_supervisor"));
    // Another officer without the role.
    auto clerk = grant(reason, RegistryFixture::kClerkCid, RegistryFixture::kClerkCard,
                       RegistryFixture::kClerkPrint);
    EXPECT_EQ(errorCode(clerk), QStringLiteral("not_a_supervisor"));
    EXPECT_EQ(clerk.error().httpStatus, 403);
    // The supervisor's card with someone else's finger.
    auto wrong = grant(reason, RegistryFixture::kSupervisorCid, RegistryFixture::kSupervisorCard,
                       RegistryFixture::kClerkPrint);
    EXPECT_EQ(errorCode(wrong), QStringLiteral("fingerprint_not_verified"));
    EXPECT_GE(wrong.error().attemptsLeft, 0);
    auto ok = grant(reason);
    ASSERT_TRUE(ok.ok()) << errorCode(ok).toStdString();
    EXPECT_EQ(ok.value().exceptionsLeftToday, 4);
}

TEST_F(Exceptions, AreLimitedPerStationPerDay) {
    registry.service().setExceptionsPerDay(2);
    const QString reason = QStringLiteral("fingers_injured");
    EXPECT_TRUE(grant(reason).ok());
    EXPECT_EQ(grant(reason).value().exceptionsLeftToday, 0);
    auto third = grant(reason);
    EXPECT_EQ(errorCode(third), QStringLiteral("exception_limit_reached"));
    EXPECT_EQ(third.error().httpStatus, 429);
    // Another counter has its own allowance.
    auto other = registry.kiosk(RegistryFixture::kOtherStation);
    EXPECT_TRUE(grant(reason, RegistryFixture::kSupervisorCid, RegistryFixture::kSupervisorCard,
                      RegistryFixture::kSupervisorPrint, other.get(), registry.officerToken(*other))
                    .ok());
    // Tomorrow this one starts again.
    registry.advance(24LL * 3600 * 1000);
    token = registry.officerToken(*kiosk);
    EXPECT_TRUE(grant(reason).ok());
}

// Eight grants at once against a limit of three, each on its own connection: each takes its
// slot before its supervisor's finger is matched, so exactly three pass. (A failed finger gives
// its slot back: TheSupervisorIsAnotherVerifiedOfficerWithTheRole.) On SQLite and, in the
// registry_pg variant, on PostgreSQL; across processes: registry_pg.Fleet.*.
TEST_F(Exceptions, HoldTheirLimitUnderEightParallelGrants) {
    registry.service().setExceptionsPerDay(3);
    registry.matcher().delayMs = 300;
    const ExceptionRequest request{
        RegistryFixture::kCid,
        RegistryFixture::kRequestNumber,
        token,
        0,
        QStringLiteral("fingers_worn"),
        RegistryFixture::kSupervisorCid,
        RegistryFixture::kSupervisorCard,
        app::wireFinger(RegistryFixture::finger(RegistryFixture::kSupervisorPrint))};
    std::vector<std::unique_ptr<RegistryClient>> clients;
    QStringList answers;
    for (int i = 0; i < 8; ++i) {
        clients.push_back(registry.kiosk());
        clients.back()->send(
            request, clients.back().get(),
            [&](const Result<ExceptionGrant, RegistryError>& r) { answers.append(errorCode(r)); });
    }
    QDeadlineTimer deadline(20000);
    while (answers.size() < 8 && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    ASSERT_EQ(answers.size(), 8);
    EXPECT_EQ(answers.count(QStringLiteral("(accepted)")), 3) << answers.join(u' ').toStdString();
    EXPECT_EQ(answers.count(QStringLiteral("exception_limit_reached")), 5);
    EXPECT_EQ(sql(QStringLiteral("SELECT COUNT(*) FROM exceptions")).toInt(), 3);
}

TEST_F(Exceptions, GiveABindingOfLowerAssurance) {
    auto g = grant(QStringLiteral("scanner_cannot_read"));
    ASSERT_TRUE(g.ok());
    const auto key = *protocol::DeviceKey::generate();
    registerPhone(key, {}, g.value().verificationId);
    auto status = device(key);
    ASSERT_TRUE(status.ok());
    EXPECT_EQ(status.value().assurance, QStringLiteral("substantial"));
    const auto b = check().value().binding;
    ASSERT_TRUE(b.has_value());
    EXPECT_EQ(b->assurance, QStringLiteral("substantial"));
    EXPECT_TRUE(b->notices.contains(QStringLiteral("bound_by_exception")));
    // The grant is used once.
    EXPECT_EQ(errorCode(create(b->bindingId, g.value().verificationId)),
              QStringLiteral("fingerprint_not_verified"));
}
