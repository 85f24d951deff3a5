#include "smartcard/thai_address.h"

#include "common/secure_wipe.h"

#include <QStringList>

namespace thaid::card {

namespace {

const QString kBangkok = QStringLiteral("กรุงเทพมหานคร");

QString stripPrefix(QString value, std::initializer_list<const char16_t*> prefixes) {
    value = value.trimmed();
    for (const char16_t* p : prefixes) {
        const QString prefix = QString::fromUtf16(p);
        if (value.startsWith(prefix)) {
            return value.mid(prefix.size()).trimmed();
        }
    }
    return value;
}

QString withPrefix(const QString& prefix, const QString& value, bool spaced = false) {
    if (value.isEmpty()) {
        return {};
    }
    return prefix + (spaced ? QStringLiteral(" ") : QString()) + value;
}

}  // namespace

bool ThaiAddress::isBangkok() const {
    return province == kBangkok;
}

void ThaiAddress::wipe() {
    for (QString* s : {&houseNo, &moo, &trok, &soi, &road, &subdistrict, &district, &province}) {
        secureWipe(*s);
    }
}

ThaiAddress parseThaiAddress(const QString& cardText) {
    QStringList parts = cardText.trimmed().split(QLatin1Char('#'));
    // Older cards omit the unused sixth field; the last three are always sub-district, district
    // and province, so anchor on them rather than on fixed positions.
    while (parts.size() < 9) {
        parts.insert(parts.size() >= 3 ? parts.size() - 3 : 0, QString());
    }
    ThaiAddress a;
    const qsizetype n = parts.size();
    a.houseNo = parts[0].trimmed();
    a.moo = stripPrefix(parts[1], {u"หมู่ที่", u"หมู่", u"ม."});
    a.trok = stripPrefix(parts[2], {u"ตรอก"});
    a.soi = stripPrefix(parts[3], {u"ซอย"});
    a.road = stripPrefix(parts[4], {u"ถนน"});
    a.subdistrict = stripPrefix(parts[n - 3], {u"ตำบล", u"แขวง"});
    a.district = stripPrefix(parts[n - 2], {u"อำเภอ", u"เขต"});
    a.province = stripPrefix(parts[n - 1], {u"จังหวัด"});
    return a;
}

QString ThaiAddress::displayLine() const {
    return formatThaiAddressForCard(*this)
        .split(QLatin1Char('#'), Qt::SkipEmptyParts)
        .join(QLatin1Char(' '));
}

QString formatThaiAddressForCard(const ThaiAddress& a) {
    const bool bkk = a.isBangkok();
    QStringList parts{
        a.houseNo,
        withPrefix(QStringLiteral("หมู่ที่"), a.moo, true),
        withPrefix(QStringLiteral("ตรอก"), a.trok),
        withPrefix(QStringLiteral("ซอย"), a.soi),
        withPrefix(QStringLiteral("ถนน"), a.road),
        QString(),
        withPrefix(bkk ? QStringLiteral("แขวง") : QStringLiteral("ตำบล"), a.subdistrict),
        withPrefix(bkk ? QStringLiteral("เขต") : QStringLiteral("อำเภอ"), a.district),
        bkk ? a.province : withPrefix(QStringLiteral("จังหวัด"), a.province)};
    return parts.join(QLatin1Char('#'));
}

}  // namespace thaid::card
