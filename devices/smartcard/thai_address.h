#pragma once

#include <QString>

namespace thaid::card {

// The card's address "house#moo#trok#soi#road#?#subdistrict#district#province" with the Thai
// prefixes (หมู่ที่, ตรอก, ซอย, ถนน, ตำบล/แขวง, อำเภอ/เขต, จังหวัด) stripped, so Bangkok
// (แขวง/เขต, no จังหวัด) and provincial addresses yield the same structure.
struct ThaiAddress {
    QString houseNo;
    QString moo;
    QString trok;
    QString soi;
    QString road;
    QString subdistrict;
    QString district;
    QString province;

    bool isBangkok() const;
    // One line as Thai people write it: "89/1 หมู่ที่ 3 ถนนห้วยแก้ว ตำบลสุเทพ ...", with
    // แขวง/เขต in Bangkok.
    QString displayLine() const;
    bool operator==(const ThaiAddress&) const = default;
    void wipe();
};

ThaiAddress parseThaiAddress(const QString& cardText);
// Inverse, in the card's form; used by the virtual card.
QString formatThaiAddressForCard(const ThaiAddress& address);

}  // namespace thaid::card
