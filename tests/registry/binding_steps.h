#pragma once

// The steps of a registration through the real stack, for tests that need a citizen with a
// bound phone: an officer signed in at a kiosk, a session, the phone's claim, the officer's
// confirmation, bind and complete; and a supervisor's exception instead of the finger.
#include "protocol/confirmation_code.h"
#include "protocol/device_key.h"
#include "registry_fixture.h"

#include <gtest/gtest.h>

namespace thaid::testing {

using namespace thaid::app;

class Bindings : public ::testing::Test {
protected:
    RegistryFixture registry;
    std::unique_ptr<RegistryClient> kiosk = registry.kiosk();
    std::unique_ptr<sim::PhoneApi> phone = registry.phone();
    QString token = registry.officerToken(*kiosk);

    Result<CardCheck, RegistryError> check(RegistryClient& k, const QString& t) {
        return await<CardCheck>([&](auto done) {
            k.send(protocol::CardCheckRequest{RegistryFixture::kCid,
                                              RegistryFixture::kRequestNumber, t},
                   &k, done);
        });
    }
    Result<CardCheck, RegistryError> check() { return check(*kiosk, token); }

    Result<SessionInfo, RegistryError> create(const QString& replaces,
                                              QString verified = QString()) {
        if (verified.isEmpty())
            verified = registry.verification(*kiosk, token);
        return await<SessionInfo>([&](auto done) {
            kiosk->send(protocol::CreateSessionRequest{RegistryFixture::kCid,
                                                       RegistryFixture::kRequestNumber, verified,
                                                       token, 0, replaces},
                        kiosk.get(), done);
        });
    }

    // The phone claims the session's QR and the officer types its code: CONFIRMED.
    QString claimAndConfirm(const SessionInfo& s, const protocol::DeviceKey& key) {
        const QString qr = registry.frame(*kiosk, s.sid).text;
        auto claimed = await<sim::ClaimResult>([&](auto done) {
            phone->claim(qr, RegistryFixture::kCid, QStringLiteral("2026.1"), key.publicKeyDer(),
                         done);
        });
        EXPECT_TRUE(claimed.ok()) << errorCode(claimed).toStdString();
        if (!claimed)
            return {};
        const QString code = protocol::confirmationCode(
            QByteArray::fromHex(s.sid.toLatin1()), key.publicKeyDer(), claimed.value().serverNonce);
        auto confirmed = await<SessionInfo>([&](auto done) {
            kiosk->send(protocol::ConfirmationRequest{code}, kiosk.get(), done, s.sid);
        });
        EXPECT_TRUE(confirmed.ok()) << errorCode(confirmed).toStdString();
        return s.sid;
    }

    Result<sim::PhoneStatus, RegistryError> bind(const QString& sid,
                                                 const protocol::DeviceKey& key) {
        return await<sim::PhoneStatus>([&](auto done) { phone->bind(sid, key, done); });
    }
    Result<sim::PhoneStatus, RegistryError> complete(const QString& sid,
                                                     const protocol::DeviceKey& key) {
        return await<sim::PhoneStatus>([&](auto done) { phone->complete(sid, key, done); });
    }
    Result<sim::DeviceStatus, RegistryError> device(const protocol::DeviceKey& key) {
        return await<sim::DeviceStatus>([&](auto done) { phone->device(key, done); });
    }

    // A whole registration with this key; the session's ID.
    QString registerPhone(const protocol::DeviceKey& key, const QString& replaces = {},
                          const QString& verified = {}) {
        auto s = create(replaces, verified);
        EXPECT_TRUE(s.ok()) << errorCode(s).toStdString();
        if (!s)
            return {};
        QString sid = claimAndConfirm(s.value(), key);
        EXPECT_TRUE(bind(sid, key).ok());
        EXPECT_TRUE(complete(sid, key).ok());
        return sid;
    }

    // A statement on the registry's database through a connection of the test's own.
    QVariant sql(const QString& statement, bool* ok = nullptr) {
        QVariant out;
        const bool done = registry.database().tryExec(statement, &out);
        if (ok)
            *ok = done;
        return out;
    }
    int activeBindings() {
        return sql(QStringLiteral("SELECT COUNT(*) FROM bindings WHERE revoked_at_ms = 0")).toInt();
    }
};

// A supervisor's exception stands in for a citizen's finger: a second officer with the role,
// verified by their own finger, a reason from the fixed list, a daily limit per station.
class Exceptions : public Bindings {
protected:
    Result<ExceptionGrant, RegistryError> grant(
        const QString& reason, const QString& supervisor = RegistryFixture::kSupervisorCid,
        const QString& card = RegistryFixture::kSupervisorCard,
        const QByteArray& print = RegistryFixture::kSupervisorPrint,
        RegistryClient* through = nullptr, const QString& officerToken = {}) {
        RegistryClient& k = through ? *through : *kiosk;
        const ExceptionRequest r{RegistryFixture::kCid,
                                 RegistryFixture::kRequestNumber,
                                 officerToken.isEmpty() ? token : officerToken,
                                 0,  // the client names its own station
                                 reason,
                                 supervisor,
                                 card,
                                 app::wireFinger(RegistryFixture::finger(print))};
        return await<ExceptionGrant>([&](auto done) { k.send(r, &k, done); });
    }
};

}  // namespace thaid::testing
