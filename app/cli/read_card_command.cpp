#include "cli/read_card_command.h"

#include "cli/card_record_json.h"
#include "cli/usage_text.h"
#include "common/citizen_id.h"
#include "logging/app_logging.h"
#include "smartcard/counting_transport.h"
#include "smartcard/pcsc/pcsc_card_access.h"
#include "smartcard/thai_id_reader.h"
#include "text/card_error_text.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace thaid::app::cli {

namespace {

// Exit codes of `thaid-kioskctl read-card`, documented in its --help and the README.
enum ReadCardExit : int {
    kExitRead = 0,
    kExitNoCard = 2,
    kExitNotThaiId = 3,
    kExitRemoved = 4,
    kExitNoService = 5,
    kExitInvalidData = 6,
    kExitCardBusy = 7,
    kExitCardError = 8,
};

int exitCodeFor(card::CardErrorCode code) {
    using card::CardErrorCode;
    switch (code) {
        case CardErrorCode::NoReader:
        case CardErrorCode::NoCard:
            return kExitNoCard;
        case CardErrorCode::NotThaiIdCard:
            return kExitNotThaiId;
        case CardErrorCode::CardRemoved:
        case CardErrorCode::Cancelled:
            return kExitRemoved;
        case CardErrorCode::ServiceUnavailable:
            return kExitNoService;
        case CardErrorCode::CardBusy:
            return kExitCardBusy;
        case CardErrorCode::UnexpectedStatus:
        case CardErrorCode::CommunicationError:
            return kExitCardError;
    }
    return kExitCardError;
}

class TimingObserver : public card::ThaiIdReadObserver {
public:
    explicit TimingObserver(const QElapsedTimer& clock) : m_clock(clock) {}
    void identityRead(const card::ThaiIdIdentity&) override { msToText = m_clock.elapsed(); }
    void addressRead(const card::ThaiAddress&, const QString&) override {
        msToAddress = m_clock.elapsed();
    }
    qint64 msToText = -1;
    qint64 msToAddress = -1;

private:
    const QElapsedTimer& m_clock;
};

QString optionalDate(const std::optional<card::PartialDate>& d, const QString& none) {
    return d ? d->toIso() : none;
}

}  // namespace

QString ReadCardCommand::summary() {
    return tr("Read the Thai national ID card in a reader and print its data.");
}

int ReadCardCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    QCommandLineParser p;
    p.setApplicationDescription(
        summary() + QLatin1Char('\n') + QLatin1Char('\n') +
        tr("Exit codes:\n"
           "  0  the card was read\n"
           "  2  no reader or no card within --wait\n"
           "  3  not a Thai ID card\n"
           "  4  card removed during the read\n"
           "  5  PC/SC service (pcscd) unavailable\n"
           "  6  card data invalid (the record is printed, with the problems as warnings)\n"
           "  7  card held by another program\n"
           "  8  card or reader error (unexpected answer, communication failure)\n"
           "  64 wrong usage"));
    p.addHelpOption();
    const QCommandLineOption readerOpt(QStringLiteral("reader"), tr("Use this reader only."),
                                       QStringLiteral("NAME"));
    const QCommandLineOption waitOpt(QStringLiteral("wait"),
                                     tr("Seconds to wait for pcscd, a reader and a card."),
                                     QStringLiteral("SECONDS"), QStringLiteral("10"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), tr("Print one JSON object."));
    const QCommandLineOption statsOpt(QStringLiteral("stats"), tr("Add card-link statistics."));
    const QCommandLineOption photoOpt(
        QStringLiteral("photo-out"), tr("Write the photo (JPEG) to FILE."), QStringLiteral("FILE"));
    p.addOptions({readerOpt, waitOpt, jsonOpt, statsOpt, photoOpt});
    if (!p.parse(args)) {
        err << p.errorText() << Qt::endl;
        return kExitUsage;
    }
    if (p.isSet(QStringLiteral("help"))) {
        out << subcommandHelp(p, QStringLiteral("read-card"));
        return kExitRead;
    }
    bool waitOk = false;
    const double waitSeconds = p.value(waitOpt).toDouble(&waitOk);
    if (!waitOk || waitSeconds < 0) {
        err << tr("--wait needs a number of seconds") << Qt::endl;
        return kExitUsage;
    }
    const bool json = p.isSet(jsonOpt);

    auto fail = [&](const card::CardError& e) {
        qCInfo(lcCli) << "read-card failed:" << card::cardErrorId(e.code) << e.detail;
        if (json) {
            out << QJsonDocument(
                       QJsonObject{{QStringLiteral("error"), card::cardErrorId(e.code)},
                                   {QStringLiteral("message"), CardErrorText::forError(e.code)},
                                   {QStringLiteral("detail"), e.detail}})
                       .toJson(QJsonDocument::Compact)
                << Qt::endl;
        } else {
            err << CardErrorText::forError(e.code) << QStringLiteral(" [")
                << card::cardErrorId(e.code) << QStringLiteral(": ") << e.detail
                << QStringLiteral("]") << Qt::endl;
        }
        return exitCodeFor(e.code);
    };

    card::pcsc::PcscCardAccess access;
    auto presence = access.waitForCard(
        p.value(readerOpt), std::chrono::milliseconds(static_cast<qint64>(waitSeconds * 1000)));
    if (!presence) {
        return fail(presence.error());
    }
    auto connection = access.connect(presence.value().reader);
    if (!connection) {
        card::CardError e = connection.error();
        if (e.code == card::CardErrorCode::NoCard) {
            e.code = card::CardErrorCode::CardRemoved;  // it was there a moment ago
        }
        return fail(e);
    }
    card::CountingTransport counter(*connection.value());
    QElapsedTimer clock;
    clock.start();
    TimingObserver timing(clock);
    auto read = card::ThaiIdReader(counter).read(&timing);
    const qint64 msToPhoto = clock.elapsed();
    if (!read) {
        return fail(read.error());
    }
    card::ThaiIdRecord& record = read.value();
    const QStringList warnings = cardWarnings(record, QDate::currentDate());

    if (p.isSet(photoOpt) && !record.photoJpeg.isEmpty()) {
        QFile f(p.value(photoOpt));
        if (!f.open(QIODevice::WriteOnly) || f.write(record.photoJpeg) != record.photoJpeg.size()) {
            err << tr("Cannot write the photo to %1").arg(f.fileName()) << Qt::endl;
            record.wipe();
            return kExitUsage;
        }
    }

    if (json) {
        QJsonObject o = cardRecordToJson(record, warnings);
        o.insert(QStringLiteral("reader"), presence.value().reader);
        if (p.isSet(statsOpt)) {
            o.insert(QStringLiteral("stats"),
                     QJsonObject{{QStringLiteral("exchanges"), counter.exchangeCount()},
                                 {QStringLiteral("bytes_received"), counter.bytesReceived()},
                                 {QStringLiteral("ms_to_text"), timing.msToText},
                                 {QStringLiteral("ms_to_address"), timing.msToAddress},
                                 {QStringLiteral("ms_to_photo"), msToPhoto}});
        }
        out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        const card::ThaiIdIdentity& id = record.identity;
        const auto row = [&](const QString& label, const QString& value) {
            out << label.leftJustified(22) << value << Qt::endl;
        };
        row(tr("Reader"), presence.value().reader);
        row(tr("Citizen ID"), card::formatCitizenId(id.citizenId));
        row(tr("Name (Thai)"), id.nameTh.fullName());
        row(tr("Name (English)"), id.nameEn.fullName());
        row(tr("Date of birth"), optionalDate(id.birthDate, tr("invalid")));
        row(tr("Sex"), id.sex == card::Sex::Male     ? tr("male")
                       : id.sex == card::Sex::Female ? tr("female")
                                                     : tr("unknown"));
        row(tr("Card request number"), id.requestNumber);
        row(tr("Issued by"), QStringLiteral("%1 (%2)").arg(id.issuer, id.issuerCode));
        row(tr("Issue date"), optionalDate(id.issueDate, tr("invalid")));
        row(tr("Expiry date"),
            id.lifelong ? tr("lifelong") : optionalDate(id.expiryDate, tr("invalid")));
        row(tr("Address"), record.address.displayLine());
        row(tr("Photo number"), record.photoNumber);
        row(tr("Photo"), tr("%n byte(s)", nullptr, static_cast<int>(record.photoJpeg.size())));
        if (p.isSet(statsOpt)) {
            row(tr("Card exchanges"), QString::number(counter.exchangeCount()));
            row(tr("Bytes received"), QString::number(counter.bytesReceived()));
            row(tr("Time to text / photo"),
                QStringLiteral("%1 ms / %2 ms").arg(timing.msToText).arg(msToPhoto));
        }
        for (const QString& w : warnings) {
            err << tr("Warning: %1").arg(CardErrorText::forDataIssue(w)) << Qt::endl;
        }
    }
    const bool invalid = record.hasFatalIssue();
    record.wipe();
    return invalid ? kExitInvalidData : kExitRead;
}

}  // namespace thaid::app::cli
