#pragma once

#include "workflow/thaid_check_port.h"

namespace thaid::testing {

// The ThaiD check's login, scripted: the test says what the registry and the phone did.
class FakeThaidCheck : public app::ThaidCheckPort {
public:
    bool registered = true;
    int begun = 0;
    int abandoned = 0;
    QByteArray photo;  // the registry's card photo, if the test gives one
    bool available() const override { return registered; }
    void begin() override { ++begun; }
    void abandon() override { ++abandoned; }

    void start() {
        Q_EMIT started(QStringLiteral("KL1:0123456789ABCDEF0123456789ABCDEF"),
                       QDateTime::currentDateTimeUtc().addSecs(300));
    }
    void scan(const QString& code = QStringLiteral("059154")) { Q_EMIT scanned(code); }
    void approve(const QString& assurance = QStringLiteral("high")) {
        app::VerifiedIdentity who;
        who.citizenId = QStringLiteral("1101700230708");
        who.nameTh = QStringLiteral("นาย สมชาย ใจดี");
        who.nameEn = QStringLiteral("Mr. Somchai Jaidee");
        who.smartcardCode = QStringLiteral("5001-02-01234567");
        who.assurance = assurance;
        who.verifiedAt = QDateTime::currentDateTimeUtc();
        who.address = QStringLiteral("89/1 หมู่ที่ 3 ถนนห้วยแก้ว ตำบลสุเทพ อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่");
        who.birthDate = QStringLiteral("1985-04-15");
        who.issueDate = QStringLiteral("2021-03-02");
        who.expiryDate = QStringLiteral("2030-04-14");
        who.photoJpeg = photo;
        Q_EMIT verified(who);
    }
};

}  // namespace thaid::testing
