#include "sim/virtual_card/card_image.h"

#include "smartcard/thai_id_layout.h"
#include "smartcard/tis620.h"

#include <QStringList>

namespace thaid::card::virtualcard {

namespace {

class ImageWriter {
public:
    ImageWriter() : m_image(layout::kFileSize, ' ') {}

    void put(layout::Field f, const QByteArray& bytes, const char* what) {
        if (bytes.size() > f.length) {
            m_error = QStringLiteral("%1 does not fit in %2 bytes")
                          .arg(QLatin1String(what))
                          .arg(f.length);
            return;
        }
        m_image.replace(f.offset, bytes.size(), bytes);
    }

    void putText(layout::Field f, const QString& text, const char* what) {
        QByteArray bytes;
        if (!encodeTis620(text, &bytes)) {
            m_error =
                QStringLiteral("%1 has a character with no TIS-620 byte").arg(QLatin1String(what));
            return;
        }
        put(f, bytes, what);
    }

    QByteArray& image() { return m_image; }
    const QString& error() const { return m_error; }

private:
    QByteArray m_image;
    QString m_error;
};

QString cardName(const PersonName& n) {
    return QStringList{n.title, n.first, n.middle, n.last}.join(QLatin1Char('#'));
}

QString beDate(const std::optional<PartialDate>& d) {
    return d ? d->toBuddhistEra() : QString();
}

}  // namespace

Result<QByteArray, QString> buildCardImage(const ThaiIdRecord& r, CardFault fault) {
    ImageWriter w;
    const ThaiIdIdentity& id = r.identity;
    w.put(layout::kCardVersion, QByteArray::fromHex(id.cardVersion.toLatin1()), "card_version");

    QString cid = id.citizenId;
    if (fault == CardFault::CheckDigit && cid.size() == 13) {
        cid[12] = QChar(u'0' + (cid[12].unicode() - u'0' + 1) % 10);
    }
    w.putText(layout::kCitizenId, cid, "cid");
    w.putText(layout::kNameTh, cardName(id.nameTh), "name_th");
    w.putText(layout::kNameEn, cardName(id.nameEn), "name_en");
    w.putText(layout::kBirthDate,
              fault == CardFault::Date ? QStringLiteral("25431345") : beDate(id.birthDate),
              "birth_date");
    w.put(layout::kSex, id.sex == Sex::Male ? "1" : id.sex == Sex::Female ? "2" : " ", "sex");
    w.putText(layout::kRequestNumber, id.requestNumber, "request_number");
    w.putText(layout::kIssuer, id.issuer, "issuer");
    w.putText(layout::kIssuerCode, id.issuerCode, "issuer_code");
    w.putText(layout::kIssueDate, beDate(id.issueDate), "issue_date");
    w.putText(layout::kExpiryDate, id.lifelong ? QStringLiteral("99999999") : beDate(id.expiryDate),
              "expiry_date");

    QByteArray photo = r.photoJpeg;
    if (fault == CardFault::JpegTruncated) {
        photo.chop(std::min<qsizetype>(photo.size(), 200));
    } else if (fault == CardFault::JpegCorrupt && photo.size() >= 4) {
        photo[0] = '\0';
        photo[1] = '\0';
    }
    w.put(layout::kPhoto, photo, "photo");
    w.putText(layout::kAddress, formatThaiAddressForCard(r.address), "address");
    w.putText(layout::kPhotoNumber, r.photoNumber, "photo_number");

    if (fault == CardFault::Tis620) {
        // 0xFC is undefined in TIS-620 and in cp874.
        w.image()[layout::kNameTh.offset + 10] = static_cast<char>(0xFC);
    }
    if (!w.error().isEmpty()) {
        return w.error();
    }
    return w.image();
}

}  // namespace thaid::card::virtualcard
