#pragma once

#include "workflow/card_port.h"
#include "workflow/finger_port.h"
#include "workflow/registry_port.h"

#include <QJsonDocument>
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
        // The smallest image the contract takes (16 x 16), marked by its first row.
        QByteArray pixels = matching ? QByteArray("MATCHING") : QByteArray("OTHERONE");
        pixels.append(16 * 16 - pixels.size(), '\x80');
        return {16, 16, pixels, 20};
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

// The registry as the workflow's tests script it. It takes each call as the contract's JSON, as
// the real one does, reads it with the contract's decoder and answers with the contract's
// encoder, so every workflow test also holds the kiosk's requests to the registry's reading.
class FakeRegistry : public app::RegistryPort {
    Q_OBJECT
public:
    template <typename T>
    using R = Result<T, app::RegistryError>;

    static bool matches(const protocol::FingerSample& f) {
        return f.sample.pixels.startsWith("MATCHING");
    }
    // The officer's token the registry hands out, in the contract's form.
    static QString token() {
        return QStringLiteral("70c3e27e70c3e27e70c3e27e70c3e27e70c3e27e70c3e27e");
    }
    static app::RegistryError rejected(const char* code, int status = 403) {
        return {app::RegistryErrorKind::Rejected, status, QLatin1String(code), {}};
    }
    std::function<R<app::OfficerSession>(const protocol::FingerSample&)> onSignIn =
        [](const protocol::FingerSample& f) {
            if (!matches(f))
                return R<app::OfficerSession>(rejected("fingerprint_not_verified"));
            return R<app::OfficerSession>(
                app::OfficerSession{token(), QStringLiteral("Kanya"),
                                    QDateTime::currentDateTimeUtc().addSecs(8 * 3600)});
        };
    std::function<R<app::CardCheck>()> onCheckCard = [] {
        return R<app::CardCheck>(app::CardCheck{app::CardStatus::Latest, {}});
    };
    std::function<R<app::FingerMatch>(const protocol::FingerSample&)> onVerifyFinger =
        [](const protocol::FingerSample& f) {
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

    // With `later` set, replies wait in a queue until deliver() (or the event loop, through
    // deliverSoon()) sends them, as a real registry's do.
    bool later = false;
    int waiting() const { return static_cast<int>(m_pending.size()); }
    void deliver() {
        auto pending = std::exchange(m_pending, {});
        for (auto& reply : pending)
            reply();
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
    // The registry moves the session; `endCode` says why it ended it, as the registry would.
    void move(app::BindingState state, int version,
              std::optional<protocol::ErrorCode> endCode = std::nullopt) {
        app::SessionInfo s = session(state, version);
        s.endCode = endCode;
        Q_EMIT sessionChanged(s);
    }
    void frame(const QString& text) {
        Q_EMIT frameReady(text, QDateTime::currentDateTimeUtc().addSecs(30));
    }

    QStringList calls;
    QStringList cancels;

protected:
    quint32 stationId() const override { return 7; }
    void exchange(const protocol::ApiRoute& route, const QString& parameter, QJsonObject body,
                  JsonReply done) override {
        namespace r = protocol::route;
        const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
        if (&route == &r::kOfficerSignIn) {
            calls << QStringLiteral("signIn");
            read(bytes, protocol::decodeOfficerSignInRequest, done,
                 [&](const auto& q) { answer(done, onSignIn(q.fingerprint)); });
        } else if (&route == &r::kOfficerSignOut) {
            read(bytes, protocol::decodeOfficerSignOutRequest, done, [&](const auto& q) {
                signedOut << q.officerToken;
                answer(done, R<protocol::SignOutResult>(protocol::SignOutResult{true}));
            });
        } else if (&route == &r::kCardCheck) {
            calls << QStringLiteral("checkCard");
            read(bytes, protocol::decodeCardCheckRequest, done, [&](const auto& q) {
                lastToken = q.officerToken;
                answer(done, onCheckCard());
            });
        } else if (&route == &r::kVerifications) {
            calls << QStringLiteral("verifyFinger");
            read(bytes, protocol::decodeVerificationRequest, done, [&](const auto& q) {
                lastToken = q.officerToken;
                lastFinger = q.fingerprint.finger;
                answer(done, onVerifyFinger(q.fingerprint));
            });
        } else if (&route == &r::kExceptions) {
            calls << QStringLiteral("requestException");
            read(bytes, protocol::decodeExceptionRequest, done, [&](const auto& q) {
                lastException = q;
                answer(done, onException(q));
            });
        } else if (&route == &r::kCreateSession) {
            calls << QStringLiteral("createSession");
            read(bytes, protocol::decodeCreateSessionRequest, done, [&](const auto& q) {
                lastReplacesBinding = q.replacesBinding;
                lastVerificationId = q.verificationId;
                lastToken = q.officerToken;
                answer(done, onCreate());
            });
        } else if (&route == &r::kConfirmation) {
            calls << QStringLiteral("confirm");
            read(bytes, protocol::decodeConfirmationRequest, done,
                 [&](const auto& q) { answer(done, onConfirm(q.code)); });
        } else if (&route == &r::kCancel) {
            read(bytes, protocol::decodeCancelRequest, done, [&](const auto& q) {
                cancels << parameter + QLatin1Char(':') + protocol::cancelReasonName(q.reason);
                answer(done, R<app::SessionInfo>(session(app::BindingState::Cancelled, 9)));
            });
        } else {
            calls << QStringLiteral("unexpected:") + QLatin1String(route.path);
            done(rejected("not_found", 404));
        }
    }

private:
    // The request as the registry would read it; one it would refuse is refused here too.
    template <typename Decode, typename Then>
    void read(const QByteArray& bytes, Decode decode, const JsonReply& done, Then then) {
        auto request = decode(bytes);
        if (!request) {
            calls << QStringLiteral("malformed:") + request.error().message;
            done(rejected("malformed_request", 400));
            return;
        }
        then(request.value());
    }
    // The answer as the registry would write it, now or when deliver() says so.
    template <typename T>
    void answer(const JsonReply& done, R<T> result) {
        const R<QJsonObject> json = result ? R<QJsonObject>(protocol::toJson(result.value()))
                                           : R<QJsonObject>(result.error());
        if (!later) {
            done(json);
            return;
        }
        m_pending.push_back([done, json] { done(json); });
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
