#include "sim/virtual_card/card_profile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace thaid::card::virtualcard {

namespace {

PersonName name(const QJsonObject& o) {
    return {
        o.value(QStringLiteral("title")).toString(), o.value(QStringLiteral("first")).toString(),
        o.value(QStringLiteral("middle")).toString(), o.value(QStringLiteral("last")).toString()};
}

std::optional<PartialDate> date(const QJsonObject& o, const char* key, QString* error) {
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isNull() || v.isUndefined()) {
        return std::nullopt;
    }
    auto d = PartialDate::fromIso(v.toString());
    if (!d) {
        *error = QStringLiteral("%1: not an ISO date").arg(QLatin1String(key));
    }
    return d;
}

}  // namespace

Result<ThaiIdRecord, QString> loadCardProfile(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return QStringLiteral("cannot open profile %1").arg(path);
    }
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (!doc.isObject()) {
        return QStringLiteral("profile %1: %2").arg(path, pe.errorString());
    }
    const QJsonObject o = doc.object();
    ThaiIdRecord r;
    QString error;
    ThaiIdIdentity& id = r.identity;
    id.cardVersion = o.value(QStringLiteral("card_version")).toString(QStringLiteral("00020001"));
    id.citizenId = o.value(QStringLiteral("cid")).toString();
    id.nameTh = name(o.value(QStringLiteral("name_th")).toObject());
    id.nameEn = name(o.value(QStringLiteral("name_en")).toObject());
    id.birthDate = date(o, "birth_date", &error);
    const QString sex = o.value(QStringLiteral("sex")).toString();
    id.sex = sex == QLatin1String("male")     ? Sex::Male
             : sex == QLatin1String("female") ? Sex::Female
                                              : Sex::Unknown;
    id.requestNumber = o.value(QStringLiteral("request_number")).toString();
    id.issuer = o.value(QStringLiteral("issuer")).toString();
    id.issuerCode = o.value(QStringLiteral("issuer_code")).toString();
    id.issueDate = date(o, "issue_date", &error);
    id.expiryDate = date(o, "expiry_date", &error);
    id.lifelong = o.value(QStringLiteral("expiry_date")).isNull();
    const QJsonObject a = o.value(QStringLiteral("address")).toObject();
    r.address = {a.value(QStringLiteral("house_no")).toString(),
                 a.value(QStringLiteral("moo")).toString(),
                 a.value(QStringLiteral("trok")).toString(),
                 a.value(QStringLiteral("soi")).toString(),
                 a.value(QStringLiteral("road")).toString(),
                 a.value(QStringLiteral("subdistrict")).toString(),
                 a.value(QStringLiteral("district")).toString(),
                 a.value(QStringLiteral("province")).toString()};
    r.photoNumber = o.value(QStringLiteral("photo_number")).toString();
    const QString photo = o.value(QStringLiteral("photo")).toString();
    if (!photo.isEmpty()) {
        QFile pf(QFileInfo(path).dir().filePath(photo));
        if (!pf.open(QIODevice::ReadOnly)) {
            return QStringLiteral("cannot open photo %1").arg(pf.fileName());
        }
        r.photoJpeg = pf.readAll();
    }
    if (!error.isEmpty()) {
        return QStringLiteral("profile %1: %2").arg(path, error);
    }
    return r;
}

}  // namespace thaid::card::virtualcard
