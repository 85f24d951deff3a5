#pragma once

#include "workflow/thaid_check_port.h"

namespace thaid::testing {

// The ThaiD check's login, scripted: the test says what the registry and the phone did.
class FakeThaidCheck : public app::ThaidCheckPort {
public:
    bool registered = true;
    int begun = 0;
    int abandoned = 0;
    bool available() const override { return registered; }
    void begin() override { ++begun; }
    void abandon() override { ++abandoned; }

    void start() {
        Q_EMIT started(QStringLiteral("KL1:0123456789ABCDEF0123456789ABCDEF"),
                       QDateTime::currentDateTimeUtc().addSecs(300));
    }
    void scan(const QString& code = QStringLiteral("059154")) { Q_EMIT scanned(code); }
    void approve(const QString& assurance = QStringLiteral("high")) {
        Q_EMIT verified({QStringLiteral("1101700230708"), QStringLiteral("นาย สมชาย ใจดี"),
                         QStringLiteral("Mr. Somchai Jaidee"), QStringLiteral("5001-02-01234567"),
                         assurance, QDateTime::currentDateTimeUtc()});
    }
};

}  // namespace thaid::testing
