#include "cli/card_record_json.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace thaid::app {

namespace {

QJsonObject name(const card::PersonName& n) {
    return {{QStringLiteral("title"), n.title},
            {QStringLiteral("first"), n.first},
            {QStringLiteral("middle"), n.middle},
            {QStringLiteral("last"), n.last}};
}

QJsonValue date(const std::optional<card::PartialDate>& d) {
    return d ? QJsonValue(d->toIso()) : QJsonValue(QJsonValue::Null);
}

QJsonValue sex(card::Sex s) {
    switch (s) {
        case card::Sex::Male:
            return QStringLiteral("male");
        case card::Sex::Female:
            return QStringLiteral("female");
        case card::Sex::Unknown:
            break;
    }
    return QJsonValue(QJsonValue::Null);
}

}  // namespace

QStringList cardWarnings(const card::ThaiIdRecord& record, const QDate& today) {
    QStringList w;
    for (const card::DataIssue& i : record.issues) {
        w << i.code;
    }
    if (record.isExpiredOn(today)) {
        w << QStringLiteral("card_expired");
    }
    return w;
}

QJsonObject cardRecordToJson(const card::ThaiIdRecord& r, const QStringList& warnings) {
    const card::ThaiIdIdentity& id = r.identity;
    const card::ThaiAddress& a = r.address;
    return {
        {QStringLiteral("cid"), id.citizenId},
        {QStringLiteral("name_th"), name(id.nameTh)},
        {QStringLiteral("name_en"), name(id.nameEn)},
        {QStringLiteral("birth_date"), date(id.birthDate)},
        {QStringLiteral("issue_date"), date(id.issueDate)},
        {QStringLiteral("expiry_date"), date(id.expiryDate)},
        {QStringLiteral("sex"), sex(id.sex)},
        {QStringLiteral("request_number"), id.requestNumber},
        {QStringLiteral("issuer"), id.issuer},
        {QStringLiteral("issuer_code"), id.issuerCode},
        {QStringLiteral("address"), QJsonObject{{QStringLiteral("house_no"), a.houseNo},
                                                {QStringLiteral("moo"), a.moo},
                                                {QStringLiteral("trok"), a.trok},
                                                {QStringLiteral("soi"), a.soi},
                                                {QStringLiteral("road"), a.road},
                                                {QStringLiteral("subdistrict"), a.subdistrict},
                                                {QStringLiteral("district"), a.district},
                                                {QStringLiteral("province"), a.province}}},
        {QStringLiteral("photo_number"), r.photoNumber},
        {QStringLiteral("photo_sha256"),
         r.photoJpeg.isEmpty()
             ? QJsonValue(QJsonValue::Null)
             : QJsonValue(QString::fromLatin1(
                   QCryptographicHash::hash(r.photoJpeg, QCryptographicHash::Sha256).toHex()))},
        {QStringLiteral("photo_bytes"), static_cast<qint64>(r.photoJpeg.size())},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
    };
}

}  // namespace thaid::app
