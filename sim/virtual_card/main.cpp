// thaid-virtual-card: a synthetic Thai ID card in pcscd's vpcd virtual reader.
#include "sim/virtual_card/card_image.h"
#include "sim/virtual_card/card_profile.h"
#include "sim/virtual_card/thai_id_applet.h"
#include "sim/virtual_card/virtual_card_logging.h"
#include "sim/virtual_card/vpcd_link.h"
#include "smartcard/link_model.h"

#include <cstdio>
#include <thread>

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace thaid::card;
using namespace thaid::card::virtualcard;

namespace {

enum Control : char { PowerOff = 0, PowerOn = 1, Reset = 2, GetAtr = 4 };

int fail(const QString& message) {
    std::fprintf(stderr, "thaid-virtual-card: %s\n", qPrintable(message));
    return 1;
}

}  // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("thaid-virtual-card"));
    QCoreApplication::setApplicationVersion(QStringLiteral(THAID_VERSION));
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Emulates a Thai national ID card in pcscd's vpcd reader. Starting it inserts the card; "
        "stopping it removes the card. If pcscd restarts, the card is inserted again."));
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption profileOpt(QStringLiteral("profile"),
                                        QStringLiteral("Citizen profile (JSON)."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption hostOpt(QStringLiteral("host"), QStringLiteral("vpcd host."),
                                     QStringLiteral("HOST"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption portOpt(
        QStringLiteral("port"),
        QStringLiteral("vpcd port: 35963 is reader 'Virtual PCD 00 00', 35964 is '00 01'."),
        QStringLiteral("PORT"), QStringLiteral("35963"));
    const QCommandLineOption latencyOpt(QStringLiteral("exchange-latency-ms"),
                                        QStringLiteral("Link model: delay per exchange."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption baudOpt(
        QStringLiteral("baud"),
        QStringLiteral("Link model: 12 bit times per byte at this rate (0: free)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption removeOpt(
        QStringLiteral("remove-after"),
        QStringLiteral("Pull the card out when exchange N+1 arrives."), QStringLiteral("N"),
        QStringLiteral("-1"));
    const QCommandLineOption faultOpt(QStringLiteral("fault"),
                                      QStringLiteral("Misbehave: %1.").arg(cardFaultNames()),
                                      QStringLiteral("KIND"), QStringLiteral("none"));
    const QCommandLineOption atrOpt(QStringLiteral("atr"),
                                    QStringLiteral("ATR in hex (default: a real Thai ID card's)."),
                                    QStringLiteral("HEX"));
    const QCommandLineOption timeoutOpt(QStringLiteral("connect-timeout"),
                                        QStringLiteral("Seconds to wait for pcscd's vpcd driver."),
                                        QStringLiteral("S"), QStringLiteral("30"));
    p.addOptions({profileOpt, hostOpt, portOpt, latencyOpt, baudOpt, removeOpt, faultOpt, atrOpt,
                  timeoutOpt});
    p.process(app);

    if (!p.isSet(profileOpt)) {
        return fail(QStringLiteral("--profile is required"));
    }
    const auto fault = parseCardFault(p.value(faultOpt));
    if (!fault) {
        return fail(QStringLiteral("unknown --fault; one of: %1").arg(cardFaultNames()));
    }
    auto profile = loadCardProfile(p.value(profileOpt));
    if (!profile) {
        return fail(profile.error());
    }
    auto image = buildCardImage(profile.value(), *fault);
    if (!image) {
        return fail(image.error());
    }
    const QByteArray atr = p.isSet(atrOpt) ? QByteArray::fromHex(p.value(atrOpt).toLatin1())
                                           : ThaiIdApplet::defaultAtr();
    ThaiIdApplet applet(image.value(), atr, *fault);
    const LinkModel link{p.value(latencyOpt).toDouble(), p.value(baudOpt).toInt()};
    const int removeAfter = p.value(removeOpt).toInt();
    const auto port = static_cast<quint16>(p.value(portOpt).toUInt());
    const auto connectTimeout = std::chrono::seconds(p.value(timeoutOpt).toInt());

    int exchanges = 0;
    while (true) {
        VpcdLink vpcd;
        QString error;
        if (!vpcd.connect(p.value(hostOpt), port, connectTimeout, &error)) {
            return fail(error);
        }
        std::printf("card inserted (vpcd port %u)\n", port);
        std::fflush(stdout);
        applet.reset();
        while (auto msg = vpcd.receive()) {
            if (msg->size() == 1) {
                switch (msg->at(0)) {
                    case GetAtr:
                        vpcd.send(applet.atr());
                        break;
                    case PowerOff:
                    case PowerOn:
                    case Reset:
                        applet.reset();
                        break;
                    default:
                        break;
                }
                continue;
            }
            if (removeAfter >= 0 && exchanges >= removeAfter) {
                std::printf("card removed after %d exchanges\n", exchanges);
                return 0;  // closing the socket is pulling the card out
            }
            ++exchanges;
            const QByteArray response = applet.process(*msg);
            const double ms =
                link.exchangeMs(static_cast<int>(msg->size()), static_cast<int>(response.size()));
            if (ms > 0) {
                std::this_thread::sleep_for(
                    std::chrono::microseconds(static_cast<qint64>(ms * 1000)));
            }
            if (!vpcd.send(response)) {
                break;
            }
        }
        // pcscd went away (stopped or restarting); the card is still in the reader, so insert it
        // again when vpcd comes back.
        qCInfo(lcVirtualCard) << "vpcd closed the link; waiting for it to return";
    }
}
