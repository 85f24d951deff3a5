// Card-read benchmark through the real stack (pcscd + vpcd + thaid-virtual-card with a link
// model of 15 ms per exchange at 115200 baud). For each profile it prints exchanges, bytes and
// the modelled time until the identity text, the address and the whole photo are available, for
// our reader and for the classic peer sequence on the same card.
#include "smartcard/apdu.h"
#include "smartcard/counting_transport.h"
#include "smartcard/link_model.h"
#include "smartcard/pcsc/pcsc_card_access.h"
#include "smartcard/t0_channel.h"
#include "smartcard/thai_id_reader.h"
#include "support/card_fixtures.h"
#include "support/pcsc_stack.h"

#include <cstdio>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

using namespace thaid::card;
using namespace thaid::testing;

namespace {

constexpr double kLatencyMs = 15;
constexpr int kBaud = 115200;

struct Milestones {
    int identity = 0;  // exchanges done when the identity text was available
    int address = 0;
    int photo = 0;
};

struct Run {
    Milestones at;
    QList<CountingTransport::Exchange> trace;
    qint64 wallMs = 0;
    qint64 bytes = 0;
    bool ok = false;
};

double modelledMs(const QList<CountingTransport::Exchange>& trace, int upTo) {
    const LinkModel link{kLatencyMs, kBaud};
    double ms = 0;
    for (int i = 0; i < upTo && i < trace.size(); ++i) {
        ms += link.exchangeMs(trace[i].commandBytes, trace[i].responseBytes);
    }
    return ms;
}

class MilestoneObserver : public ThaiIdReadObserver {
public:
    MilestoneObserver(CountingTransport& c, Milestones& m) : m_counter(c), m_at(m) {}
    void identityRead(const ThaiIdIdentity&) override { m_at.identity = m_counter.exchangeCount(); }
    void addressRead(const ThaiAddress&, const QString&) override {
        m_at.address = m_counter.exchangeCount();
    }

private:
    CountingTransport& m_counter;
    Milestones& m_at;
};

// The sequence most open-source readers use: one READ + GET RESPONSE per field, then 20 fixed
// 255-byte photo chunks.
bool classicSequence(CountingTransport& card, Milestones& at) {
    T0Channel ch(card, T0Channel::getResponseP2ForAtr(card.atr()));
    if (!ch.exchangeStatusOnly(apdu::selectThaiIdApplet()))
        return false;
    const struct {
        quint16 off;
        quint8 len;
    } fields[] = {{0x0004, 13},  {0x0011, 100}, {0x0075, 100}, {0x00D9, 8},  {0x00E1, 1},
                  {0x00F6, 100}, {0x0167, 8},   {0x016F, 8},   {0x1579, 160}};
    for (int i = 0; i < 9; ++i) {
        if (!ch.exchange(apdu::readBinary(fields[i].off, fields[i].len)))
            return false;
        if (i == 7)
            at.identity = card.exchangeCount();
        if (i == 8)
            at.address = card.exchangeCount();
    }
    for (int i = 0; i < 20; ++i) {
        if (!ch.exchange(apdu::readBinary(static_cast<quint16>(0x017B + i * 255), 255)))
            return false;
    }
    at.photo = card.exchangeCount();
    return true;
}

Run readOnce(bool classic) {
    Run run;
    pcsc::PcscCardAccess access;
    auto present = access.waitForCard({}, std::chrono::seconds(10));
    if (!present)
        return run;
    auto conn = access.connect(present.value().reader);
    if (!conn)
        return run;
    CountingTransport counter(*conn.value());
    QElapsedTimer wall;
    wall.start();
    if (classic) {
        run.ok = classicSequence(counter, run.at);
    } else {
        MilestoneObserver obs(counter, run.at);
        auto r = ThaiIdReader(counter).read(&obs);
        run.ok = r.ok();
        run.at.photo = counter.exchangeCount();
        if (r.ok())
            r.value().wipe();
    }
    run.wallMs = wall.elapsed();
    run.trace = counter.exchanges();
    run.bytes = counter.bytesReceived();
    return run;
}

void print(const char* profile, int photoBytes, const char* who, const Run& r) {
    std::printf("%-9s %6d  %-8s %9lld %6d %7.0f %9.0f %9.0f %8lld\n", profile, photoBytes, who,
                static_cast<long long>(r.bytes), r.at.photo, modelledMs(r.trace, r.at.identity),
                modelledMs(r.trace, r.at.address), modelledMs(r.trace, r.at.photo),
                static_cast<long long>(r.wallMs));
}

}  // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    PcscdProcess pcscd;
    QString error;
    if (!pcscd.start(&error)) {
        std::fprintf(stderr, "bench: %s\n", qPrintable(error));
        return 2;
    }
    std::printf(
        "Card read, link model %.0f ms/exchange + 12 bit times/byte at %d baud (modelled ms)\n\n",
        kLatencyMs, kBaud);
    std::printf("%-9s %6s  %-8s %9s %6s %7s %9s %9s %8s\n", "profile", "photo", "reader", "bytes",
                "exch", "text", "address", "photo", "wall_ms");
    bool pass = true;
    QStringList verdicts;
    for (const QString& name : shippedProfiles()) {
        VirtualCard card;
        if (!card.insert(profilePath(name),
                         {QStringLiteral("--exchange-latency-ms"), QString::number(kLatencyMs),
                          QStringLiteral("--baud"), QString::number(kBaud)})) {
            std::fprintf(stderr, "bench: cannot insert %s\n", qPrintable(name));
            return 2;
        }
        const Run ours = readOnce(false);
        const Run peer = readOnce(true);
        QFile photo(profilesDir() + QLatin1Char('/') + name + QStringLiteral(".jpg"));
        const int photoBytes =
            photo.open(QIODevice::ReadOnly) ? static_cast<int>(photo.size()) : -1;
        if (!ours.ok || !peer.ok) {
            std::fprintf(stderr, "bench: read of %s failed\n", qPrintable(name));
            return 2;
        }
        print(qPrintable(name), photoBytes, "ours", ours);
        print(qPrintable(name), photoBytes, "classic", peer);
        const double gain =
            1.0 - modelledMs(ours.trace, ours.at.photo) / modelledMs(peer.trace, peer.at.photo);
        if (photoBytes == 5118) {
            verdicts << QStringLiteral("largest photo: %1 exchanges (limit 47) %2")
                            .arg(ours.at.photo)
                            .arg(ours.at.photo <= 47 ? "ok" : "FAIL");
            pass = pass && ours.at.photo <= 47;
        }
        if (photoBytes == 3500) {
            verdicts << QStringLiteral(
                            "3,500-byte photo: full read %1% faster than classic (need >= 30%) %2")
                            .arg(gain * 100, 0, 'f', 1)
                            .arg(gain >= 0.30 ? "ok" : "FAIL");
            pass = pass && gain >= 0.30;
        }
        const bool early = ours.at.identity <= 5 && ours.at.address <= 7;
        verdicts << QStringLiteral(
                        "%1: identity after %2 exchanges (<= 5), address after %3 (<= 7) %4")
                        .arg(name)
                        .arg(ours.at.identity)
                        .arg(ours.at.address)
                        .arg(early ? "ok" : "FAIL");
        pass = pass && early;
    }
    std::printf("\n");
    for (const QString& v : verdicts)
        std::printf("%s\n", qPrintable(v));
    std::printf("\n%s\n", pass ? "card-read benchmark: all requirements met"
                               : "card-read benchmark: REQUIREMENT MISSED");
    return pass ? 0 : 1;
}
