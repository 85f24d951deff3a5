#include "registry/admin/demo_import.h"

#include "common/citizen_id.h"
#include "protocol/exception_reason.h"
#include "smartcard/thai_address.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace thaid::registry {

namespace {

// The printed facts of a virtual card profile (resources/demo/cards/*.json) and its photo.
Result<CitizenCard, QString> readCardProfile(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("%1: %2").arg(path, f.errorString());
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    const QJsonObject a = o.value(QStringLiteral("address")).toObject();
    const auto text = [](const QJsonObject& from, const char* key) {
        return from.value(QLatin1String(key)).toString();
    };
    card::ThaiAddress address{text(a, "house_no"), text(a, "moo"),     text(a, "trok"),
                              text(a, "soi"),      text(a, "road"),    text(a, "subdistrict"),
                              text(a, "district"), text(a, "province")};
    CitizenCard c{text(o, "cid"),
                  address.displayLine(),
                  address.province,
                  text(o, "birth_date"),
                  text(o, "issue_date"),
                  text(o, "expiry_date"),
                  {}};
    QFile photo(QFileInfo(path).dir().filePath(text(o, "photo")));
    if (!text(o, "photo").isEmpty() && photo.open(QIODevice::ReadOnly))
        c.photoJpeg = photo.readAll();
    return c;
}

}  // namespace

Result<DemoData, QString> readDemoData(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("%1: %2").arg(path, f.errorString());
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (!doc.isObject())
        return QStringLiteral("%1: %2").arg(path, pe.errorString());
    DemoData data;
    const auto text = [](const QJsonObject& o, const char* key) {
        return o.value(QLatin1String(key)).toString();
    };
    for (const QJsonValue v : doc.object().value(QStringLiteral("citizens")).toArray()) {
        const QJsonObject o = v.toObject();
        DemoCitizen c;
        c.entry.cid = text(o, "cid");
        c.entry.nameTh = text(o, "name_th");
        c.entry.nameEn = text(o, "name_en");
        c.entry.requestNumber = text(o, "request_number");
        c.entry.cardStatus =
            o.value(QStringLiteral("card_status")).toString(QStringLiteral("latest"));
        c.entry.finger = o.value(QStringLiteral("finger"))
                             .toString(protocol::indexFingerName(protocol::IndexFinger::Right));
        c.fingerImage = text(o, "finger_image");
        c.secondFingerImage = text(o, "second_finger_image");
        for (const QJsonValue r : o.value(QStringLiteral("superseded_request_numbers")).toArray())
            c.supersededRequestNumbers.append(r.toString());
        if (!text(o, "card").isEmpty()) {
            auto card = readCardProfile(QFileInfo(path).dir().filePath(text(o, "card")));
            if (!card)
                return card.error();
            if (card.value().cid != c.entry.cid)
                return QStringLiteral("%1: the card of citizen %2 is someone else's")
                    .arg(path)
                    .arg(data.citizens.size() + 1);
            c.card = card.value();
        }
        if (!card::isValidCitizenId(c.entry.cid) || c.entry.requestNumber.isEmpty() ||
            c.fingerImage.isEmpty())
            return QStringLiteral(
                       "%1: citizen %2 needs a valid cid, request_number and finger_image")
                .arg(path)
                .arg(data.citizens.size() + 1);
        data.citizens.append(c);
    }
    for (const QJsonValue v : doc.object().value(QStringLiteral("officers")).toArray()) {
        const QJsonObject o = v.toObject();
        DemoOfficer e{{text(o, "cid"),
                       text(o, "display_name"),
                       text(o, "request_number"),
                       o.value(QStringLiteral("finger"))
                           .toString(protocol::indexFingerName(protocol::IndexFinger::Right)),
                       {},
                       o.value(QStringLiteral("role")).toString(QStringLiteral("officer"))},
                      text(o, "finger_image")};
        if (!card::isValidCitizenId(e.entry.cid) || e.entry.displayName.isEmpty() ||
            e.fingerImage.isEmpty())
            return QStringLiteral("%1: officer %2 needs a valid cid, display_name and finger_image")
                .arg(path)
                .arg(data.officers.size() + 1);
        data.officers.append(e);
    }
    for (const QJsonValue v : doc.object().value(QStringLiteral("stations")).toArray()) {
        const QJsonObject o = v.toObject();
        const StationEntry s{static_cast<quint32>(o.value(QStringLiteral("id")).toInteger()),
                             text(o, "office_th"), text(o, "office_en")};
        if (s.stationId == 0 || s.officeTh.isEmpty() || s.officeEn.isEmpty())
            return QStringLiteral("%1: station %2 needs an id, office_th and office_en")
                .arg(path)
                .arg(data.stations.size() + 1);
        data.stations.append(s);
    }
    if (data.citizens.isEmpty())
        return QStringLiteral("%1: no citizens").arg(path);
    return data;
}

}  // namespace thaid::registry
