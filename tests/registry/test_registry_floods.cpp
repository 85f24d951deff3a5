// The registry cannot be wedged or flooded (issue 12), against a running thaid-registryd:
// request smuggling is refused and the connection closed, bodies over the limit are refused
// before they are read, and bursts, idle and half-sent connections, huge bodies and a client
// streaming headers, all at once from other addresses, leave a polling kiosk served.
#include "registry_fixture.h"
#include "running_registry.h"

#include <algorithm>

#include <QFile>
#include <QJsonDocument>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>

#include <gtest/gtest.h>
#include <unistd.h>

using namespace thaid;
using namespace thaid::app;
using namespace thaid::testing;

namespace {

struct Exchange {
    QByteArray response;
    bool closedByServer = false;
};

// Bytes written as they are over TLS to the phone port; what came back, and whether the
// registry closed the connection within `ms`. With `as`, the connection shows that station's
// certificate.
Exchange rawTls(const RunningRegistry& r, const QByteArray& bytes, int ms = 5000,
                const app::RegistryEndpoint* as = nullptr) {
    QSslSocket s;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(r.file(QStringLiteral("ca.pem"))));
    if (as) {
        tls.setLocalCertificate(as->stationCertificate);
        tls.setPrivateKey(as->stationKey);
    }
    s.setSslConfiguration(tls);
    s.setPeerVerifyName(QStringLiteral("127.0.0.1"));
    s.connectToHostEncrypted(r.phoneUrl.host(), static_cast<quint16>(r.phoneUrl.port()));
    Exchange e;
    if (!s.waitForEncrypted(5000))
        return e;
    s.write(bytes);
    QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired() && s.state() == QAbstractSocket::ConnectedState) {
        s.waitForReadyRead(50);
        e.response += s.readAll();
    }
    e.response += s.readAll();
    e.closedByServer = s.state() != QAbstractSocket::ConnectedState;
    return e;
}

int statusOf(const Exchange& e) {
    if (!e.response.startsWith("HTTP/1.1 "))
        return 0;
    return e.response.mid(9, 3).toInt();
}

long peakRssKb(qint64 pid) {
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return 0;
}

// User and system time the process has used, in clock ticks (fields 14 and 15 of stat; the
// command name before them is in parentheses and may hold spaces).
qint64 cpuTicks(qint64 pid) {
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray stat = f.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    return fields.value(11).toLongLong() + fields.value(12).toLongLong();
}

}  // namespace

TEST(RegistryHttp, AmbiguousFramingIsRefusedAndTheConnectionCloses) {
    RunningRegistry registry;
    const QByteArray head = "POST /v1/phone/claims HTTP/1.1\r\nHost: r\r\n";
    for (const QByteArray& framing :
         {QByteArray("Content-Length: 2\r\nContent-Length: 2\r\n\r\n{}"),
          QByteArray("Content-Length: +2\r\n\r\n{}"), QByteArray("Content-Length: -2\r\n\r\n{}"),
          QByteArray("Content-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n"),
          QByteArray("Transfer-Encoding: chunked\r\nContent-Length: 2\r\n\r\n2\r\n{}\r\n0\r\n\r\n"),
          QByteArray("Transfer-Encoding: gzip, chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n"),
          QByteArray(
              "Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")}) {
        SCOPED_TRACE(framing.left(60).toStdString());
        const Exchange e = rawTls(registry, head + framing);
        EXPECT_EQ(statusOf(e), 400) << e.response.left(200).constData();
        EXPECT_TRUE(e.closedByServer);
        EXPECT_FALSE(e.response.contains("cid_mismatch"));  // no request was acted on
    }
    // Well-framed requests, two in one write, are each answered in turn on one connection.
    const Exchange pipelined =
        rawTls(registry,
               "GET /nope HTTP/1.1\r\nHost: r\r\n\r\nGET /nope HTTP/1.1\r\nHost: r\r\n\r\n", 1500);
    EXPECT_EQ(pipelined.response.count("HTTP/1.1 404"), 2) << pipelined.response.constData();
    EXPECT_FALSE(pipelined.closedByServer);
}

TEST(RegistryHttp, BareLineFeedsAndFoldedHeadersAreRefused) {
    RunningRegistry registry;
    for (const QByteArray& head :
         {QByteArray("GET /nope HTTP/1.1\nHost: r\r\n\r\n"),                    // the request line
          QByteArray("GET /nope HTTP/1.1\r\nHost: r\n\r\n"),                    // a header line
          QByteArray("GET /nope HTTP/1.1\r\nHost: r\r\n\n"),                    // the empty line
          QByteArray("GET /nope HTTP/1.1\r\nHost: r\r\nX-A: 1\r\n 2\r\n\r\n"),  // obs-fold
          QByteArray("GET /nope HTTP/1.1\r\nHost: r\r\nX-A: 1\r\n\t2\r\n\r\n")}) {
        SCOPED_TRACE(head.toStdString());
        const Exchange e = rawTls(registry, head);
        EXPECT_EQ(statusOf(e), 400) << e.response.left(200).constData();
        EXPECT_TRUE(e.closedByServer);
    }
    // The same requests with CRLF everywhere are answered, on a connection that stays open.
    const Exchange strict =
        rawTls(registry, "GET /nope HTTP/1.1\r\nHost: r\r\nX-A: 1 2\r\n\r\n", 1500);
    EXPECT_EQ(statusOf(strict), 404) << strict.response.left(200).constData();
    EXPECT_FALSE(strict.closedByServer);
}

TEST(RegistryHttp, BehindAProxyOnlyTheProxyIsServedOnEveryRoute) {
    const QByteArray discovery =
        "GET /.well-known/openid-configuration HTTP/1.1\r\nHost: r\r\nConnection: close\r\n\r\n";
    const QByteArray device =
        "GET /v1/phone/device HTTP/1.1\r\nHost: r\r\nConnection: close\r\n\r\n";
    {
        RunningRegistry alone;  // reached directly, as on one machine: the routes answer
        EXPECT_EQ(statusOf(rawTls(alone, discovery)), 200);
    }
    RunningRegistry behind({}, {},
                           {QStringLiteral("--trusted-proxy"), QStringLiteral("thaid-proxy")});
    // Anyone else is refused in the handshake; a station, whose certificate is from the same CA
    // as the proxy's, gets through it and must then be refused on every route.
    EXPECT_EQ(statusOf(rawTls(behind, discovery)), 0);
    const app::RegistryEndpoint station = behind.endpoint();
    for (const QByteArray& request : {discovery, device}) {
        SCOPED_TRACE(request.left(40).toStdString());
        const Exchange e = rawTls(behind, request, 5000, &station);
        EXPECT_EQ(statusOf(e), 403) << e.response.left(300).constData();
        EXPECT_TRUE(e.response.contains("only the proxy is served here"));
    }
}

TEST(RegistryHttp, TooLargeIsRefusedBeforeTheBodyIsRead) {
    RunningRegistry registry;
    // Only the headers are sent: the answer must not wait for 64 MiB that never come.
    const Exchange big = rawTls(registry,
                                "POST /v1/phone/claims HTTP/1.1\r\nHost: r\r\n"
                                "Content-Length: 67108864\r\n\r\n");
    EXPECT_EQ(statusOf(big), 413);
    EXPECT_TRUE(big.closedByServer);
    const Exchange line = rawTls(registry, "GET /" + QByteArray(8000, 'a') + " HTTP/1.1\r\n\r\n");
    EXPECT_EQ(statusOf(line), 414);
    QByteArray many = "GET / HTTP/1.1\r\n";
    for (int i = 0; i < 100; ++i)
        many += "X-" + QByteArray::number(i) + ": 1\r\n";
    EXPECT_EQ(statusOf(rawTls(registry, many + "\r\n")), 431);
    EXPECT_EQ(
        statusOf(rawTls(registry, "GET / HTTP/1.1\r\nX: " + QByteArray(20000, 'a') + "\r\n\r\n")),
        431);
    // Half a request is cut off by the header deadline (10 s by default) with a 408.
    const Exchange slow = rawTls(registry, "GET / HTTP/1.1\r\nHost: r\r\nX-Slow:", 15000);
    EXPECT_EQ(statusOf(slow), 408);
    EXPECT_TRUE(slow.closedByServer);
}

TEST(RegistryHttp, FloodsNeitherStopNorSlowAPollingKiosk) {
    RunningRegistry registry;
    // About 30 connections opened and closed stopped a port for good before: a first burst,
    // and both ports must still answer.
    for (const QUrl& url : {registry.kioskUrl, registry.phoneUrl}) {
        for (int i = 0; i < 100; ++i) {
            QTcpSocket s;
            s.connectToHost(url.host(), static_cast<quint16>(url.port()));
            s.waitForConnected(1000);
            s.abort();
        }
    }
    // Both ports answer once the registry has seen those connections end. Until then they
    // count against 127.0.0.1's share (64), and the kiosk's first connection could be refused
    // for it: that, not the flood, failed one request in about 300 in CI.
    RegistryClient kiosk(registry.endpoint());
    QDeadlineTimer settled(10000);
    while (!await<RegistryStatus>([&](auto done) { kiosk.status(&kiosk, done); }) &&
           !settled.hasExpired())
        QTest::qWait(100);
    ASSERT_FALSE(settled.hasExpired()) << "the kiosk port never answered after the burst";
    ASSERT_EQ(statusOf(rawTls(registry, "GET /nope HTTP/1.1\r\nHost: r\r\n\r\n", 1000)), 404);
    QProcess flood;
    flood.start(QStringLiteral("python3"),
                {QStringLiteral(THAID_REGISTRY_FLOOD_PY), QStringLiteral("--kiosk-port"),
                 QString::number(registry.kioskUrl.port()), QStringLiteral("--phone-port"),
                 QString::number(registry.phoneUrl.port()), QStringLiteral("--ca"),
                 registry.file(QStringLiteral("ca.pem")), QStringLiteral("--seconds"),
                 QStringLiteral("30")});
    ASSERT_TRUE(flood.waitForStarted());
    QList<double> ms;
    int failed = 0;
    while (flood.state() != QProcess::NotRunning) {
        QElapsedTimer t;
        t.start();
        auto r = await<RegistryStatus>([&](auto done) { kiosk.status(&kiosk, done); });
        ms.append(static_cast<double>(t.nsecsElapsed()) / 1e6);
        if (!r)
            ++failed;
        QTest::qWait(100);
        flood.waitForFinished(0);
    }
    const QJsonObject seen =
        QJsonDocument::fromJson(flood.readAllStandardOutput().trimmed()).object();
    std::sort(ms.begin(), ms.end());
    const double p50 = ms.value(ms.size() / 2);
    const double p99 = ms.value(static_cast<qsizetype>(0.99 * (ms.size() - 1)));
    std::printf(
        "kiosk under flood: %lld requests, %d failed, p50 %.1f ms, p99 %.1f ms; "
        "registry peak RSS %ld kB; attacks %s\n",
        static_cast<long long>(ms.size()), failed, p50, p99, peakRssKb(registry.server.processId()),
        QJsonDocument(seen).toJson(QJsonDocument::Compact).constData());
    EXPECT_EQ(failed, 0);
    EXPECT_GT(ms.size(), 100);
    // The attacks ran: refused early, cut off, reconnecting.
    EXPECT_GE(seen.value(QStringLiteral("burst_rounds")).toInt(), 3);
    EXPECT_EQ(seen.value(QStringLiteral("bodies_refused_early")).toInt(),
              seen.value(QStringLiteral("bodies")).toInt());
    EXPECT_GT(seen.value(QStringLiteral("bodies")).toInt(), 0);
    EXPECT_GT(seen.value(QStringLiteral("header_streams")).toInt(), 1);
    EXPECT_LT(peakRssKb(registry.server.processId()), 100 * 1024);
    // Still accepting on both ports afterwards.
    EXPECT_TRUE(await<RegistryStatus>([&](auto done) { kiosk.status(&kiosk, done); }).ok());
    RegistryClient fresh(registry.endpoint(10502));
    EXPECT_TRUE(await<RegistryStatus>([&](auto done) { fresh.status(&fresh, done); }).ok());
    EXPECT_EQ(statusOf(rawTls(registry, "GET /nope HTTP/1.1\r\nHost: r\r\n\r\n", 1000)), 404);
}

TEST(RegistryHttp, RunningOutOfDescriptorsDoesNotStopThePort) {
    // Few descriptors and no per-address cap, so held connections exhaust them: Qt stops
    // accepting on EMFILE and, left alone, never starts again.
    RunningRegistry registry(
        "[http]\nmax_connections=1000\nmax_connections_per_address=1000\n"
        "handshake_timeout_ms=1500\n",
        {QStringLiteral("prlimit"), QStringLiteral("--nofile=96:96"), QStringLiteral("--")});
    ASSERT_TRUE(registry.kioskUrl.isValid());
    // More connections keep arriving until the registry has said it could not accept one:
    // a fixed number can be absorbed by the handshake timeout freeing descriptors.
    std::vector<std::unique_ptr<QTcpSocket>> held;
    QByteArray log;
    while (!log.contains("accept failed") && held.size() < 1500) {
        for (int i = 0; i < 10; ++i) {
            auto s = std::make_unique<QTcpSocket>();
            s->bind(QHostAddress(QStringLiteral("127.0.0.9")));  // an address no other test uses
            s->connectToHost(registry.kioskUrl.host(),
                             static_cast<quint16>(registry.kioskUrl.port()));
            held.push_back(std::move(s));
        }
        QTest::qWait(100);
        log += registry.server.readAllStandardError();
    }
    ASSERT_TRUE(log.contains("accept failed"))
        << "the registry never ran out of descriptors: the test did not test anything";
    // Out of descriptors, it waits for connections to end rather than spinning on accept().
    const qint64 cpuBefore = cpuTicks(registry.server.processId());
    QTest::qWait(1000);
    EXPECT_LT(cpuTicks(registry.server.processId()) - cpuBefore, sysconf(_SC_CLK_TCK) / 2);
    held.clear();
    RegistryClient kiosk(registry.endpoint());
    EXPECT_TRUE(await<RegistryStatus>([&](auto done) { kiosk.status(&kiosk, done); }).ok());
}
