// Registry benchmark: thaid-registryd as its own process on loopback TLS, with 1, 10 and 50
// kiosk clients at once (each with its own station certificate and connection pool) and a
// phone per kiosk. Prints the session-create rate and p50/p99 of create, QR frame and
// status-change notification: from the phone's claim leaving the phone to the kiosk's long
// poll reporting CLAIMED (an upper bound on the notification delay).
#include "fingerprint/finger_feed.h"
#include "protocol/device_key.h"
#include "registry_client/registry_client.h"
#include "registry_client/session_follower.h"
#include "sim/citizen/phone_api.h"
#include "station_key/station_key.h"

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>

using namespace thaid;
using namespace thaid::app;

namespace {

constexpr quint32 kFirstStation = 10501;
const QString kCid = QStringLiteral("1101700230708");
const QString kRequestNumber = QStringLiteral("5001-02-01234567");

double percentile(QList<double> v, double p) {
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const auto i = static_cast<qsizetype>(std::min<double>(v.size() - 1, p * (v.size() - 1) + 0.5));
    return v[i];
}

long rssKb(qint64 pid) {
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return 0;
}

// A finger as a kiosk captures it: the fixture's second placement.
FingerCapture fixtureFinger(const char* image) {
    QString error;
    const auto i = fingerprint::finger_feed::loadImage(
        QStringLiteral(THAID_FINGERPRINT_FIXTURES "/") + QLatin1String(image), &error);
    return {QStringLiteral("right-index"), {i.width, i.height, i.pixels, 0}};
}

FingerCapture citizenFinger() {
    static const FingerCapture f = fixtureFinger("loop-right-capture2.png");
    return f;
}

FingerCapture officerFinger() {
    static const FingerCapture f = fixtureFinger("tented_arch-capture2.png");
    return f;
}

// One officer per kiosk, since signing in on one station ends the officer's token elsewhere.
QString officerCid(int i) {
    QString digits = QStringLiteral("3101700%1").arg(100 + i, 5, 10, QLatin1Char('0'));
    int sum = 0;
    for (int k = 0; k < 12; ++k)
        sum += digits[k].digitValue() * (13 - k);
    return digits + QString::number((11 - sum % 11) % 10);
}

QString benchDemoData(const QString& dir, int officers) {
    QFile in(QStringLiteral(THAID_DEMO_REGISTRY_JSON));
    in.open(QIODevice::ReadOnly);
    QJsonObject doc = QJsonDocument::fromJson(in.readAll()).object();
    QJsonArray list;
    for (int i = 0; i < officers; ++i)
        list.append(
            QJsonObject{{QStringLiteral("cid"), officerCid(i)},
                        {QStringLiteral("display_name"), QStringLiteral("Officer %1").arg(i)},
                        {QStringLiteral("request_number"),
                         QStringLiteral("1017-01-%1").arg(i, 8, 10, QLatin1Char('0'))},
                        {QStringLiteral("finger"), QStringLiteral("right-index")},
                        {QStringLiteral("finger_image"), QStringLiteral("tented_arch.png")}});
    doc.insert(QStringLiteral("officers"), list);
    const QString path = dir + QStringLiteral("/bench-registry.json");
    QFile out(path);
    out.open(QIODevice::WriteOnly);
    out.write(QJsonDocument(doc).toJson());
    return path;
}

// One kiosk with its phone, driven by callbacks on the shared event loop.
struct Kiosk {
    std::unique_ptr<RegistryClient> client;
    std::unique_ptr<sim::PhoneApi> phone;
    std::unique_ptr<SessionFollower> follower;
    QString token;
};

struct Results {
    QList<double> create, verify, frame, notify;
    qint64 wallMs = 0;
    int created = 0;
    int failures = 0;
};

// The registry's fingerprint decision, then the session it allows.
void verifyThenCreate(Kiosk& k, Results& r,
                      std::function<void(const Result<SessionInfo, RegistryError>&)> done) {
    auto started = std::make_shared<QElapsedTimer>();
    started->start();
    k.client->send(
        protocol::VerificationRequest{kCid, kRequestNumber, k.token, wireFinger(citizenFinger())},
        k.client.get(),
        [&r, kp = &k, started,
         done = std::move(done)](const Result<FingerMatch, RegistryError>& v) {
            if (!v || !v.value().matched)
                return done(RegistryError{
                    RegistryErrorKind::Rejected, 403, QStringLiteral("no_match"), {}});
            r.verify.append(started->nsecsElapsed() / 1e6);
            kp->client->send(
                protocol::CreateSessionRequest{
                    kCid, kRequestNumber, v.value().verificationId, kp->token, 0, {}},
                kp->client.get(), done);
        });
}

void runUntil(const std::function<bool()>& done, int timeoutMs) {
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

// Back-to-back session creation by every kiosk for `ms`.
void createFor(std::vector<Kiosk>& kiosks, int ms, Results& r) {
    QElapsedTimer wall;
    wall.start();
    int inFlight = 0;
    std::function<void(Kiosk&)> next = [&](Kiosk& k) {
        if (wall.elapsed() >= ms)
            return;
        ++inFlight;
        auto started = std::make_shared<QElapsedTimer>();
        started->start();
        verifyThenCreate(k, r, [&, started, kp = &k](const Result<SessionInfo, RegistryError>& s) {
            --inFlight;
            if (!s) {
                ++r.failures;
            } else {
                ++r.created;
                r.create.append(started->nsecsElapsed() / 1e6);
            }
            next(*kp);
        });
    };
    for (Kiosk& k : kiosks)
        next(k);
    runUntil([&] { return wall.elapsed() >= ms && inFlight == 0; }, ms + 180000);
    r.wallMs = wall.elapsed();  // until the last request started in the window was answered
}

// Each kiosk: create, fetch the QR frame, follow; its phone claims; the kiosk sees CLAIMED.
void bindingRounds(std::vector<Kiosk>& kiosks, int rounds, Results& r) {
    int active = 0;
    std::function<void(Kiosk&, int)> round = [&](Kiosk& k, int left) {
        if (left == 0)
            return;
        ++active;
        const auto fail = [&, kp = &k, left] {
            ++r.failures;
            --active;
            round(*kp, left - 1);
        };
        verifyThenCreate(
            k, r, [&, kp = &k, left, fail](const Result<SessionInfo, RegistryError>& s) {
                if (!s)
                    return fail();
                auto t = std::make_shared<QElapsedTimer>();
                t->start();
                kp->client->qrFrame(
                    s.value().sid, kp->client.get(),
                    [&, kp, left, fail, t,
                     session = s.value()](const Result<QrFrameInfo, RegistryError>& f) {
                        if (!f)
                            return fail();
                        r.frame.append(t->nsecsElapsed() / 1e6);
                        auto claimSent = std::make_shared<QElapsedTimer>();
                        auto key =
                            std::make_shared<protocol::DeviceKey>(*protocol::DeviceKey::generate());
                        auto conn = std::make_shared<QMetaObject::Connection>();
                        *conn = QObject::connect(
                            kp->follower.get(), &SessionFollower::changed, kp->client.get(),
                            [&, kp, left, conn, claimSent, session](const SessionInfo& now) {
                                if (now.state != BindingState::Claimed)
                                    return;
                                r.notify.append(claimSent->nsecsElapsed() / 1e6);
                                QObject::disconnect(*conn);
                                kp->follower->stop();
                                kp->client->send(
                                    protocol::CancelRequest{
                                        protocol::CancelReason::OfficerCancelled},
                                    kp->client.get(),
                                    [&, kp, left](const Result<SessionInfo, RegistryError>&) {
                                        --active;
                                        round(*kp, left - 1);
                                    },
                                    session.sid);
                            });
                        kp->follower->start(session);
                        // Give the long poll time to be held by the registry, as it is at a
                        // counter.
                        QTimer::singleShot(
                            150, kp->client.get(),
                            [&, kp, key, claimSent, text = f.value().text, fail] {
                                claimSent->start();
                                kp->phone->claim(
                                    text, kCid, QStringLiteral("2026.1"), key->publicKeyDer(),
                                    [&, fail](const Result<sim::ClaimResult, RegistryError>& c) {
                                        if (!c)
                                            fail();
                                    });
                            });
                    });
            });
    };
    for (Kiosk& k : kiosks)
        round(k, rounds);
    runUntil([&] { return active == 0; }, 600000);
}

}  // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    QStringList stations;
    for (quint32 i = 0; i < 50; ++i)
        stations.append(QString::number(kFirstStation + i));
    QProcess init;
    init.start(QStringLiteral(THAID_REGISTRYD_BIN),
               {QStringLiteral("init"), QStringLiteral("--dir"), dir.path(),
                QStringLiteral("--demo-data"), benchDemoData(dir.path(), 50),
                QStringLiteral("--images"), QStringLiteral(THAID_FINGERPRINT_FIXTURES),
                QStringLiteral("--stations"), stations.join(QLatin1Char(','))});
    if (!init.waitForFinished(120000) || init.exitCode() != 0) {
        std::fprintf(stderr, "init failed: %s\n", init.readAll().constData());
        return 1;
    }
    QProcess server;
    server.setProcessChannelMode(QProcess::SeparateChannels);
    server.setStandardErrorFile(QProcess::nullDevice());  // the registry logs every transition
    server.start(QStringLiteral(THAID_REGISTRYD_BIN),
                 {QStringLiteral("--dir"), dir.path(), QStringLiteral("--listen"),
                  QStringLiteral("127.0.0.1:0"), QStringLiteral("--phone-listen"),
                  QStringLiteral("127.0.0.1:0")});
    server.waitForReadyRead(20000);
    const auto m = QRegularExpression(QStringLiteral("kiosk=(\\S+) phone=(\\S+)"))
                       .match(QString::fromUtf8(server.readLine()));
    if (!m.hasMatch())
        return 1;
    const QUrl kioskUrl(m.captured(1)), phoneUrl(m.captured(2));
    const auto ca = QSslCertificate::fromPath(dir.filePath(QStringLiteral("ca.pem")));

    std::printf("Registry benchmark: thaid-registryd on loopback TLS (mutual TLS for kiosks), %s\n",
                "SQLite WAL synchronous=FULL; times in ms");
    std::printf(
        "Each session needs the registry's own fingerprint decision first (libfprint "
        "NBIS + bozorth3 in thaid-registryd, one match at a time): verify50/99 is the "
        "time from the captured image leaving the kiosk to the verdict; create50/99 is "
        "verify + create.\n");
    std::printf("%8s %12s %10s %10s %10s %10s %10s %10s %12s %12s %9s %10s\n", "clients",
                "creates/s", "verify50", "verify99", "create50", "create99", "frame50", "frame99",
                "notify50", "notify99", "failures", "rss_MB");
    for (int n : {1, 10, 50}) {
        std::vector<Kiosk> kiosks;
        kiosks.reserve(static_cast<size_t>(n));  // callbacks hold pointers to the kiosks
        for (int i = 0; i < n; ++i) {
            const quint32 id = kFirstStation + static_cast<quint32>(i);
            auto e = RegistryEndpoint::fromFiles(
                kioskUrl, dir.filePath(QStringLiteral("ca.pem")),
                dir.filePath(QStringLiteral("stations/station-%1.pem").arg(id)),
                StationKey::load(StationKeyLocation::inFile(dir.filePath(
                                     QStringLiteral("stations/station-%1-key.pem").arg(id))))
                    .value()
                    .sslKey(),
                dir.filePath(QStringLiteral("signing-key.pub")));
            Kiosk k;
            // One matcher serves every kiosk in turn: with 50 kiosks a finger may wait its turn
            // for tens of seconds, which is what this benchmark measures, not a failure.
            RegistryEndpoint endpoint = e.value();
            endpoint.timeoutMs = 120000;
            k.client = std::make_unique<RegistryClient>(endpoint);
            k.phone = std::make_unique<sim::PhoneApi>(phoneUrl, ca);
            k.follower = std::make_unique<SessionFollower>(*k.client);
            kiosks.push_back(std::move(k));
        }
        int signedIn = 0;
        for (int i = 0; i < n; ++i) {
            Kiosk& k = kiosks[static_cast<size_t>(i)];
            k.client->send(
                protocol::OfficerSignInRequest{
                    officerCid(i), QStringLiteral("1017-01-%1").arg(i, 8, 10, QLatin1Char('0')),
                    wireFinger(officerFinger())},
                k.client.get(), [&, kp = &k](const Result<OfficerSession, RegistryError>& s) {
                    if (s)
                        kp->token = s.value().token;
                    ++signedIn;
                });
        }
        runUntil([&] { return signedIn == n; }, 60000);

        Results r;
        createFor(kiosks, 3000, r);
        const double rate = r.created * 1000.0 / static_cast<double>(std::max<qint64>(r.wallMs, 1));
        Results b;
        bindingRounds(kiosks, n == 50 ? 2 : n == 10 ? 4 : 20, b);
        std::printf(
            "%8d %12.1f %10.1f %10.1f %10.1f %10.1f %10.1f %10.1f %12.1f %12.1f %9d %10.1f\n", n,
            rate, percentile(r.verify, 0.5), percentile(r.verify, 0.99), percentile(r.create, 0.5),
            percentile(r.create, 0.99), percentile(b.frame, 0.5), percentile(b.frame, 0.99),
            percentile(b.notify, 0.5), percentile(b.notify, 0.99), r.failures + b.failures,
            rssKb(server.processId()) / 1024.0);
        std::fflush(stdout);
    }
    std::printf("(samples: notification %s)\n",
                "20 rounds per client at 1 client, 4 at 10, 2 at 50");
    server.terminate();
    server.waitForFinished(5000);
    return 0;
}
