#include "smartcard/thai_id_parser.h"

#include "common/citizen_id.h"
#include "smartcard/jpeg_extent.h"
#include "smartcard/thai_id_layout.h"
#include "smartcard/tis620.h"

#include <QStringList>

namespace thaid::card {

namespace {

QByteArray slice(const QByteArray& bytes, qsizetype base, layout::Field f) {
    return bytes.mid(f.offset - base, f.length);
}

QString text(const QByteArray& raw, const char* field, QList<DataIssue>* issues) {
    DecodedText d = decodeTis620(raw);
    if (!d.valid || raw.size() == 0) {
        issues->append({QStringLiteral("invalid_text:%1").arg(QLatin1String(field)), false});
    }
    return d.text.trimmed();
}

PersonName parseName(const QString& s) {
    const QStringList p = s.split(QLatin1Char('#'));
    PersonName n;
    n.title = p.value(0).trimmed();
    n.first = p.value(1).trimmed();
    n.middle = p.value(2).trimmed();
    // Anything past the fourth separator belongs to the surname rather than being dropped.
    n.last = p.mid(3).join(QLatin1Char(' ')).trimmed();
    return n;
}

std::optional<PartialDate> date(const QString& s, bool mustBeComplete, const char* issue,
                                QList<DataIssue>* issues) {
    auto d = parseBuddhistEraDate(s);
    if (!d || (mustBeComplete && !d->isComplete())) {
        issues->append({QLatin1String(issue), true});
        return std::nullopt;
    }
    return d;
}

}  // namespace

ThaiIdIdentity parseIdentity(const QByteArray& region, QList<DataIssue>* issues) {
    ThaiIdIdentity id;
    if (region.size() < layout::kIdentityText.length) {
        issues->append({QStringLiteral("text_truncated"), true});
    }
    id.cardVersion = QString::fromLatin1(slice(region, 0, layout::kCardVersion).toHex());
    id.citizenId = text(slice(region, 0, layout::kCitizenId), "citizen_id", issues);
    if (!isValidCitizenId(id.citizenId)) {
        issues->append({QStringLiteral("invalid_citizen_id"), true});
    }
    id.nameTh = parseName(text(slice(region, 0, layout::kNameTh), "name_th", issues));
    id.nameEn = parseName(text(slice(region, 0, layout::kNameEn), "name_en", issues));
    id.birthDate = date(text(slice(region, 0, layout::kBirthDate), "birth_date", issues), false,
                        "invalid_birth_date", issues);
    const QByteArray sex = slice(region, 0, layout::kSex);
    if (sex == "1") {
        id.sex = Sex::Male;
    } else if (sex == "2") {
        id.sex = Sex::Female;
    } else {
        issues->append({QStringLiteral("invalid_sex"), false});
    }
    id.requestNumber = text(slice(region, 0, layout::kRequestNumber), "request_number", issues);
    id.issuer = text(slice(region, 0, layout::kIssuer), "issuer", issues);
    id.issuerCode = text(slice(region, 0, layout::kIssuerCode), "issuer_code", issues);
    id.issueDate = date(text(slice(region, 0, layout::kIssueDate), "issue_date", issues), true,
                        "invalid_issue_date", issues);
    const QString expiry = text(slice(region, 0, layout::kExpiryDate), "expiry_date", issues);
    id.lifelong = isLifelongExpiry(expiry);
    if (!id.lifelong) {
        id.expiryDate = date(expiry, true, "invalid_expiry_date", issues);
    }
    return id;
}

void parseAddressBlock(const QByteArray& block, ThaiAddress* address, QString* photoNumber,
                       QList<DataIssue>* issues) {
    const qsizetype base = layout::kAddressBlock.offset;
    *address = parseThaiAddress(text(slice(block, base, layout::kAddress), "address", issues));
    *photoNumber = text(slice(block, base, layout::kPhotoNumber), "photo_number", issues);
}

QByteArray extractPhoto(const QByteArray& photoRegion, QList<DataIssue>* issues) {
    const JpegExtent extent = findJpegExtent(photoRegion);
    switch (extent.state) {
        case JpegExtent::State::Complete:
            return photoRegion.left(extent.length);
        case JpegExtent::State::NeedMore:
            issues->append({QStringLiteral("photo_truncated"), true});
            return {};
        case JpegExtent::State::Invalid:
            break;
    }
    issues->append({QStringLiteral("photo_corrupt"), true});
    return {};
}

ThaiIdRecord parseThaiIdFile(const QByteArray& image) {
    ThaiIdRecord r;
    r.identity = parseIdentity(image.left(layout::kIdentityText.end()), &r.issues);
    parseAddressBlock(image.mid(layout::kAddressBlock.offset, layout::kAddressBlock.length),
                      &r.address, &r.photoNumber, &r.issues);
    r.photoJpeg = extractPhoto(image.mid(layout::kPhoto.offset, layout::kPhoto.length), &r.issues);
    return r;
}

}  // namespace thaid::card
