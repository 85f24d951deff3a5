#include "support/card_fixtures.h"

namespace thaid::testing {

QByteArray makeJpeg(int size) {
    // An FF D9 inside a segment must not be taken for the end of the image.
    QByteArray j = QByteArray::fromHex("FFD8FFFE0008FFD970707070");
    j.append(QByteArray::fromHex("FFDA0008010100003F00"));
    // Entropy-coded data with a stuffed FF 00 and a restart marker, as an encoder writes them.
    QByteArray entropy(size - j.size() - 2, 'e');
    entropy.replace(entropy.size() / 3, 2, QByteArray::fromHex("FF00"));
    entropy.replace(entropy.size() / 2, 2, QByteArray::fromHex("FFD0"));
    j.append(entropy);
    j.append(QByteArray::fromHex("FFD9"));
    return j;
}

card::ThaiIdRecord sampleRecord(int photoSize) {
    card::ThaiIdRecord r;
    card::ThaiIdIdentity& id = r.identity;
    id.cardVersion = QStringLiteral("00020001");
    id.citizenId = QStringLiteral("1101700230708");
    id.nameTh = {QStringLiteral("นาย"), QStringLiteral("สมชาย"), QStringLiteral("กลาง"),
                 QStringLiteral("ใจดี")};
    id.nameEn = {QStringLiteral("Mr."), QStringLiteral("Somchai"), QStringLiteral("Klang"),
                 QStringLiteral("Jaidee")};
    id.birthDate = card::PartialDate{1985, 4, 15};
    id.sex = card::Sex::Male;
    id.requestNumber = QStringLiteral("5001-02-01234567");
    id.issuer = QStringLiteral("อำเภอเมืองเชียงใหม่/เชียงใหม่");
    id.issuerCode = QStringLiteral("5001020304050");
    id.issueDate = card::PartialDate{2021, 3, 2};
    id.expiryDate = card::PartialDate{2030, 4, 14};
    r.address = {QStringLiteral("89/1"),
                 QStringLiteral("3"),
                 {},
                 {},
                 QStringLiteral("ห้วยแก้ว"),
                 QStringLiteral("สุเทพ"),
                 QStringLiteral("เมืองเชียงใหม่"),
                 QStringLiteral("เชียงใหม่")};
    r.photoNumber = QStringLiteral("50010203040506");
    r.photoJpeg = makeJpeg(photoSize);
    return r;
}

QString profilesDir() {
    return QStringLiteral(THAID_PROFILES_DIR);
}

card::ThaiIdRecord officerRecord() {
    card::ThaiIdRecord r = sampleRecord();
    r.identity.citizenId = QStringLiteral("3101700555018");
    r.identity.requestNumber = QStringLiteral("1017-01-00555018");
    return r;
}

}  // namespace thaid::testing
