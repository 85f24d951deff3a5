#include "support/thai_language.h"
#include "text/fingerprint_text.h"

#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>

using namespace thaid::fingerprint;
using thaid::app::FingerprintText;

namespace {
QStringList everyText() {
    QStringList t;
    for (ScanRetry r : {ScanRetry::General, ScanRetry::TooShort, ScanRetry::CenterFinger,
                        ScanRetry::RemoveFinger}) {
        t << FingerprintText::forRetry(r);
    }
    for (int c = static_cast<int>(FingerprintErrorCode::NoScanner);
         c <= static_cast<int>(FingerprintErrorCode::KeyFileError); ++c) {
        t << FingerprintText::forError(static_cast<FingerprintErrorCode>(c));
    }
    t << FingerprintText::placeFinger() << FingerprintText::noMatchFinal()
      << FingerprintText::attemptFailed(1, 3);
    return t;
}
}  // namespace

// Every retry and error has its own instruction, in English and in Thai.
TEST(FingerprintText, EveryRetryAndErrorHasItsOwnInstruction) {
    const QStringList english = everyText();
    EXPECT_EQ(QSet<QString>(english.begin(), english.end()).size(), english.size());
    for (const QString& s : english)
        EXPECT_GT(s.size(), 10) << s.toStdString();

    QStringList thai;
    {
        thaid::testing::ThaiLanguage th;
        ASSERT_TRUE(th.loaded());
        thai = everyText();
    }
    ASSERT_EQ(thai.size(), english.size());
    for (int i = 0; i < thai.size(); ++i) {
        EXPECT_NE(thai[i], english[i]) << english[i].toStdString();
        EXPECT_TRUE(thai[i].contains(QRegularExpression(QStringLiteral("[\\x{0E00}-\\x{0E7F}]"))))
            << i;
    }
    EXPECT_EQ(FingerprintText::forRetry(ScanRetry::TooShort).contains(QStringLiteral("too soon")),
              true);
}
