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

// Two replacements opened for the binding shown: the first to complete replaces it; the second
// finds it gone and binds nothing, rather than revoke the phone an officer just confirmed.
TEST_F(Bindings, AStaleReplacementEndsWithItsCodeAndRevokesNothing) {
    const auto oldKey = *protocol::DeviceKey::generate();
    registerPhone(oldKey);
    const QString shown = check().value().binding->bindingId;
    auto x = create(shown);
    auto y = create(shown);
    ASSERT_TRUE(x.ok() && y.ok());
    const auto xKey = *protocol::DeviceKey::generate();
    const auto yKey = *protocol::DeviceKey::generate();
    const QString xSid = claimAndConfirm(x.value(), xKey);
    const QString ySid = claimAndConfirm(y.value(), yKey);
    ASSERT_TRUE(bind(xSid, xKey).ok());
    ASSERT_TRUE(bind(ySid, yKey).ok());
    ASSERT_TRUE(complete(xSid, xKey).ok());
    auto stale = complete(ySid, yKey);
    EXPECT_EQ(errorCode(stale), QStringLiteral("binding_changed"));
    EXPECT_EQ(stale.error().httpStatus, 409);
    // X's phone is the citizen's, Y's was never bound, and Y's kiosk hears why.
    EXPECT_TRUE(device(xKey).ok());
    EXPECT_EQ(errorCode(device(yKey)), QStringLiteral("device_unknown"));
    EXPECT_EQ(activeBindings(), 1);
    auto ySession =
        await<SessionInfo>([&](auto done) { kiosk->session(ySid, 0, 0, kiosk.get(), done); });
    ASSERT_TRUE(ySession.ok());
    EXPECT_EQ(ySession.value().state, BindingState::Cancelled);
    EXPECT_EQ(ySession.value().endCode, protocol::ErrorCode::BindingChanged);
}

// The binding cannot be stored: nobody is told COMPLETED, the session stays BOUND, and the
// phone's retry completes it once storage is back.
TEST_F(Bindings, ACompletionThatCannotBeStoredIsRetryableAndNeverCompleted) {
    const auto key = *protocol::DeviceKey::generate();
    auto s = create({});
    ASSERT_TRUE(s.ok());
    const QString sid = claimAndConfirm(s.value(), key);
    ASSERT_TRUE(bind(sid, key).ok());
    bool away = false;
    sql(QStringLiteral("ALTER TABLE bindings RENAME TO bindings_away"), &away);
    ASSERT_TRUE(away);
    auto failed = complete(sid, key);
    EXPECT_EQ(errorCode(failed), QStringLiteral("registry_unavailable"));
    EXPECT_EQ(failed.error().httpStatus, 503);
    auto kioskView =
        await<SessionInfo>([&](auto done) { kiosk->session(sid, 0, 0, kiosk.get(), done); });
    ASSERT_TRUE(kioskView.ok());
    EXPECT_EQ(kioskView.value().state, BindingState::Bound);
    sql(QStringLiteral("ALTER TABLE bindings_away RENAME TO bindings"));
    auto retried = complete(sid, key);
    ASSERT_TRUE(retried.ok()) << errorCode(retried).toStdString();
    EXPECT_TRUE(device(key).ok());
    EXPECT_EQ(activeBindings(), 1);
}

// One phone key, two citizens: the second claim is refused with its own code while the first
// is live, and once the key is bound.
TEST_F(Bindings, ADeviceKeyInUseIsRefusedAtTheClaim) {
    const QString otherCid = QStringLiteral("1101700230996");
    const QString otherCard = QStringLiteral("5001-02-07654321");
    ASSERT_TRUE(registry.store().putCitizen(
        {otherCid, QStringLiteral("นาง สมศรี ใจดี"), QStringLiteral("Mrs. Somsri Jaidee"), otherCard,
         QStringLiteral("latest"), QStringLiteral("right-index"),
         RegistryFixture::kReferencePrint}));
    const auto openForOther = [&] {
        auto v = await<FingerMatch>([&](auto done) {
            kiosk->send(protocol::VerificationRequest{otherCid, otherCard, token,
                                                      wireFinger(RegistryFixture::finger())},
                        kiosk.get(), done);
        });
        EXPECT_TRUE(v.ok() && v.value().matched);
        auto session = await<SessionInfo>([&](auto done) {
            kiosk->send(
                protocol::CreateSessionRequest{
                    otherCid, otherCard, v ? v.value().verificationId : QString(), token, 0, {}},
                kiosk.get(), done);
        });
        EXPECT_TRUE(session.ok());
        return session ? session.value() : SessionInfo{};
    };
    const auto claimForOther = [&](const protocol::DeviceKey& key) {
        const QString qr = registry.frame(*kiosk, openForOther().sid).text;
        return await<sim::ClaimResult>([&](auto done) {
            phone->claim(qr, otherCid, QStringLiteral("2026.1"), key.publicKeyDer(), done);
        });
    };
    const auto key = *protocol::DeviceKey::generate();
    auto first = create({});
    ASSERT_TRUE(first.ok());
    const QString sid = claimAndConfirm(first.value(), key);
    // Claimed for the first citizen, not yet bound.
    auto whileLive = claimForOther(key);
    EXPECT_EQ(errorCode(whileLive), QStringLiteral("device_key_in_use"));
    EXPECT_EQ(whileLive.error().httpStatus, 409);
    ASSERT_TRUE(bind(sid, key).ok());
    ASSERT_TRUE(complete(sid, key).ok());
    EXPECT_EQ(errorCode(claimForOther(key)), QStringLiteral("device_key_in_use"));
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
