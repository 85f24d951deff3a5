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

// The scanner: capture() is recorded; place() hands the workflow an image. Whether it matches
// is the registry's call, so the fake image says what the FakeRegistry should decide.
class FakeFinger : public app::FingerPort {
    Q_OBJECT
public:
    void start() override {}
    QList<fingerprint::ScannerInfo> scanners() const override { return devices; }
    QList<fingerprint::ScannerInfo> devices;
    void capture(int) override {
        ++captures;
        busy = true;
    }
    void cancel() override {
        ++cancels;
        busy = false;
    }
    static fingerprint::FingerSample sample(bool matching) {
        const QByteArray pixels = matching ? QByteArray("MATCHING") : QByteArray("OTHERONE");
        return {4, 2, pixels, 20};
    }
    void place(bool matching) {
        busy = false;
        Q_EMIT captured(sample(matching));
    }
    // A real image (a fixture), which the fake registry never matches.
    void place(const fingerprint::FingerSample& image) {
        busy = false;
        Q_EMIT captured(image);
    }
    // The old shape of a verdict: `attempts - 1` fingers that do not match, then one that
    // does or does not. Each placement waits for the registry's answer, as at a counter.
    void answer(bool match, int attempts = 1) {
        for (int i = 1; i < attempts; ++i)
            place(false);
        place(match);
    }
    void fail(fingerprint::FingerprintErrorCode code) {
        busy = false;
        Q_EMIT failed({code, QStringLiteral("test")});
    }
    int captures = 0;
    int cancels = 0;
    bool busy = false;
};

class FakeRegistry : public app::RegistryPort {
    Q_OBJECT
public:
    template <typename T>
    using R = Result<T, app::RegistryError>;

    static bool matches(const app::FingerCapture& f) {
        return f.sample.pixels == QByteArray("MATCHING");
    }
    static bool matches(const protocol::FingerSample& f) {
        return f.sample.pixels == QByteArray("MATCHING");
    }
    static app::RegistryError rejected(const char* code, int status = 403) {
        return {app::RegistryErrorKind::Rejected, status, QLatin1String(code), {}};
    }
    std::function<R<app::OfficerSession>(const app::FingerCapture&)> onSignIn =
        [](const app::FingerCapture& f) {
            if (!matches(f))
                return R<app::OfficerSession>(rejected("fingerprint_not_verified"));
            return R<app::OfficerSession>(
                app::OfficerSession{QStringLiteral("token"), QStringLiteral("Kanya"), {}});
        };
    std::function<R<app::CardCheck>()> onCheckCard = [] {
        return R<app::CardCheck>(app::CardCheck{app::CardStatus::Latest, {}});
    };
    std::function<R<app::FingerMatch>(const app::FingerCapture&)> onVerifyFinger =
        [](const app::FingerCapture& f) {
            return R<app::FingerMatch>(app::FingerMatch{
                matches(f),
                matches(f) ? QStringLiteral("feedfacefeedfacefeedfacefeedface") : QString(), 5});
        };
    // The supervisor's finger matches when it is the "MATCHING" sample.
    std::function<R<app::ExceptionGrant>(const app::ExceptionRequest&)> onException =
        [](const app::ExceptionRequest& r) {
            if (!matches(r.supervisorFingerprint))
                return R<app::ExceptionGrant>(
                    app::RegistryError{app::RegistryErrorKind::Rejected,
                                       403,
                                       QStringLiteral("fingerprint_not_verified"),
                                       {},
                                       4});
            return R<app::ExceptionGrant>(
                app::ExceptionGrant{QStringLiteral("5eed5eed5eed5eed5eed5eed5eed5eed"), 4});
        };
    std::function<R<app::SessionInfo>()> onCreate = [] {
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

    void signIn(const QString&, const QString&, const app::FingerCapture& f,
                Reply<app::OfficerSession> done) override {
        calls << QStringLiteral("signIn");
        answer(std::move(done), onSignIn(f));
    }
    void signOut(const QString& token) override { signedOut << token; }
    void checkCard(const QString&, const QString&, const QString& token,
                   Reply<app::CardCheck> done) override {
        calls << QStringLiteral("checkCard");
        lastToken = token;
        answer(std::move(done), onCheckCard());
    }
    void verifyFinger(const QString&, const QString&, const QString& token,
                      const app::FingerCapture& f, Reply<app::FingerMatch> done) override {
        calls << QStringLiteral("verifyFinger");
        lastToken = token;
        lastFinger = f.finger;
        answer(std::move(done), onVerifyFinger(f));
    }
    void requestException(const app::ExceptionRequest& r,
                          Reply<app::ExceptionGrant> done) override {
        calls << QStringLiteral("requestException");
        lastException = r;
        answer(std::move(done), onException(r));
    }
    void createSession(const QString&, const QString&, const QString& verificationId,
                       const QString& token, const QString& replaces,
                       Reply<app::SessionInfo> done) override {
        calls << QStringLiteral("createSession");
        lastReplacesBinding = replaces;
        lastVerificationId = verificationId;
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
    void cancel(const QString& sid, protocol::CancelReason reason) override {
        cancels << sid + QLatin1Char(':') + protocol::cancelReasonName(reason);
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
    QString lastVerificationId;
    QString lastReplacesBinding;
    QString lastFinger;  // the finger of the last capture sent for verification
    app::ExceptionRequest lastException;
    QString lastToken;
    QStringList signedOut;
    bool watching = false;
    bool qrStopped = false;
    int codesLeft = 3;
};

}  // namespace thaid::testing
