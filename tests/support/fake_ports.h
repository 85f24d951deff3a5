#pragma once

#include "workflow/card_port.h"
#include "workflow/finger_port.h"
#include "workflow/registry_port.h"

#include <QStringList>

namespace thaid::testing {

// Ports the test drives by hand: every event the workflow reacts to is emitted explicitly, and
// every request the workflow makes is recorded and answered from the test's script.
class FakeCard : public app::CardPort {
    Q_OBJECT
public:
    void start() override {}
    bool cardPresent() const override { return present; }
    void insert(const card::ThaiIdRecord& record) {
        present = true;
        Q_EMIT cardInserted();
        Q_EMIT identityRead(record.identity);
        Q_EMIT photoProgress(record.photoJpeg.size() / 2, record.photoJpeg.size());
        Q_EMIT recordRead(record);
    }
    void insertOnly() {
        present = true;
        Q_EMIT cardInserted();
    }
    void remove() {
        present = false;
        Q_EMIT cardRemoved();
    }
    bool present = false;
};

class FakeFinger : public app::FingerPort {
    Q_OBJECT
public:
    void start() override {}
    QList<fingerprint::ScannerInfo> scanners() const override { return devices; }
    QList<fingerprint::ScannerInfo> devices;
    void verify(const QByteArray& print, int maxAttempts, int) override {
        verifyCalls << print;
        lastMaxAttempts = maxAttempts;
        busy = true;
    }
    void cancel() override {
        ++cancels;
        busy = false;
    }
    void answer(bool match, int attempts = 1) {
        busy = false;
        Q_EMIT verified({match, std::nullopt, attempts, 100});
    }
    void fail(fingerprint::FingerprintErrorCode code) {
        busy = false;
        Q_EMIT failed({code, QStringLiteral("test")});
    }
    QList<QByteArray> verifyCalls;
    int lastMaxAttempts = 0;
    int cancels = 0;
    bool busy = false;
};

class FakeRegistry : public app::RegistryPort {
    Q_OBJECT
public:
    template <typename T>
    using R = Result<T, app::RegistryError>;

    std::function<R<app::OfficerSession>()> onSignIn = [] {
        return R<app::OfficerSession>(
            app::OfficerSession{QStringLiteral("token"), QStringLiteral("Kanya"), {}});
    };
    std::function<R<app::CardStatus>()> onCheckCard = [] {
        return R<app::CardStatus>(app::CardStatus::Latest);
    };
    std::function<R<app::ReferencePrint>()> onReferencePrint = [] {
        return R<app::ReferencePrint>(
            app::ReferencePrint{QStringLiteral("right-index"), QByteArray("REFPRINT")});
    };
    std::function<R<app::SessionInfo>()> onCreate = [this] {
        app::SessionInfo s;
        s.sid = QStringLiteral("0123456789abcdef0123456789abcdef");
        s.expiresAt = QDateTime::currentDateTimeUtc().addSecs(300);
        s.phoneStep = QStringLiteral("waiting");
        return R<app::SessionInfo>(s);
    };
    std::function<R<app::SessionInfo>(const QString&)> onConfirm = [this](const QString& code) {
        if (code != QLatin1String("123456"))
            return R<app::SessionInfo>(app::RegistryError{app::RegistryErrorKind::Rejected,
                                                          422,
                                                          QStringLiteral("wrong_code"),
                                                          {},
                                                          --codesLeft});
        return R<app::SessionInfo>(session(app::BindingState::Confirmed, 2));
    };

    void signIn(const QString&, const QString&, const app::FingerprintReport&,
                Reply<app::OfficerSession> done) override {
        calls << QStringLiteral("signIn");
        answer(std::move(done), onSignIn());
    }
    void checkCard(const QString&, const QString&, Reply<app::CardStatus> done) override {
        calls << QStringLiteral("checkCard");
        answer(std::move(done), onCheckCard());
    }
    void referencePrint(const QString&, const QString&, Reply<app::ReferencePrint> done) override {
        calls << QStringLiteral("referencePrint");
        answer(std::move(done), onReferencePrint());
    }
    void createSession(const QString&, const QString&, const app::FingerprintReport& f,
                       const QString& token, Reply<app::SessionInfo> done) override {
        calls << QStringLiteral("createSession");
        lastFinger = f;
        lastToken = token;
        answer(std::move(done), onCreate());
    }
    void confirm(const QString&, const QString& code, Reply<app::SessionInfo> done) override {
        calls << QStringLiteral("confirm");
        answer(std::move(done), onConfirm(code));
    }

    // With `later` set, replies wait in a queue until deliver() (or the event loop, through
    // deliverSoon()) sends them, as a real registry's do.
    bool later = false;
    int waiting() const { return static_cast<int>(m_pending.size()); }
    void deliver() {
        auto pending = std::exchange(m_pending, {});
        for (auto& reply : pending)
            reply();
    }
    void cancel(const QString& sid, const QString& reason) override {
        cancels << sid + QLatin1Char(':') + reason;
    }
    void watch(const app::SessionInfo&) override { watching = true; }
    void stopQr() override { qrStopped = true; }
    void unwatch() override { watching = false; }

    app::SessionInfo session(app::BindingState state, int version) const {
        app::SessionInfo s;
        s.sid = QStringLiteral("0123456789abcdef0123456789abcdef");
        s.state = state;
        s.version = version;
        s.expiresAt = QDateTime::currentDateTimeUtc().addSecs(300);
        return s;
    }
    void move(app::BindingState state, int version) {
        Q_EMIT sessionChanged(session(state, version));
    }
    void frame(const QString& text) {
        Q_EMIT frameReady(text, QDateTime::currentDateTimeUtc().addSecs(30));
    }

    QStringList calls;
    QStringList cancels;

private:
    template <typename T>
    void answer(Reply<T> done, R<T> result) {
        if (!later) {
            done(result);
            return;
        }
        m_pending.push_back([done = std::move(done), result = std::move(result)] { done(result); });
    }
    std::vector<std::function<void()>> m_pending;

public:
    app::FingerprintReport lastFinger;
    QString lastToken;
    bool watching = false;
    bool qrStopped = false;
    int codesLeft = 3;
};

}  // namespace thaid::testing
