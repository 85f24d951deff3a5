#pragma once

#include "smartcard/be_date.h"
#include "smartcard/thai_address.h"

#include <optional>

#include <QByteArray>
#include <QList>
#include <QString>

namespace thaid::card {

struct PersonName {
    QString title;
    QString first;
    QString middle;
    QString last;

    // Joined for display, skipping empty parts.
    QString fullName() const;
    bool operator==(const PersonName&) const = default;
    void wipe();
};

enum class Sex { Unknown, Male, Female };

// Something wrong with what the card holds. Fatal issues make the card unusable for registration
// (the CLI exits 6); the others are reported as warnings.
struct DataIssue {
    QString code;  // stable: "invalid_citizen_id", "invalid_text:name_th", "photo_truncated", ...
    bool fatal = false;
    bool operator==(const DataIssue&) const = default;
};

// Everything in the text region before the photo: what the officer needs first.
struct ThaiIdIdentity {
    QString cardVersion;  // hex of the 4 version bytes
    QString citizenId;
    PersonName nameTh;
    PersonName nameEn;
    std::optional<PartialDate> birthDate;
    Sex sex = Sex::Unknown;
    QString requestNumber;
    QString issuer;
    QString issuerCode;
    std::optional<PartialDate> issueDate;
    std::optional<PartialDate> expiryDate;  // empty when lifelong or invalid
    bool lifelong = false;

    void wipe();
};

struct ThaiIdRecord {
    ThaiIdIdentity identity;
    ThaiAddress address;
    QString photoNumber;
    QByteArray photoJpeg;  // exactly SOI..EOI, never the padding
    QList<DataIssue> issues;

    bool hasFatalIssue() const;
    bool isExpiredOn(const QDate& today) const;
    // Citizen data must not outlive the session (docs/architecture.md).
    void wipe();
};

}  // namespace thaid::card
