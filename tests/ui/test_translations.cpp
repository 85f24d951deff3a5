#include "support/thai_language.h"
#include "text/card_error_text.h"
#include "ui/citizen_display.h"
#include "workflow/workflow_text.h"

#include <QFile>
#include <QRegularExpression>

#include <gtest/gtest.h>

namespace {

// Both catalogues must translate every message: an officer never meets an untranslated string.
void expectComplete(const char* file) {
    QFile f(QStringLiteral(THAID_TRANSLATIONS_DIR "/") + QLatin1String(file));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << file;
    const QString ts = QString::fromUtf8(f.readAll());
    EXPECT_FALSE(ts.contains(QStringLiteral("type=\"unfinished\""))) << file;
    EXPECT_FALSE(ts.contains(QStringLiteral("<translation></translation>"))) << file;
    EXPECT_GT(ts.count(QStringLiteral("<message")), 50) << file;
}

// Messages with a count (%n) have as many forms as the language has: Thai one, English two,
// each a whole sentence with the count in it.
void expectPluralForms(const char* file, int forms) {
    QFile f(QStringLiteral(THAID_TRANSLATIONS_DIR "/") + QLatin1String(file));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << file;
    const QString ts = QString::fromUtf8(f.readAll());
    static const QRegularExpression message(
        QStringLiteral("<message numerus=\"yes\">(.*?)</message>"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression form(QStringLiteral("<numerusform>(.*?)</numerusform>"),
                                         QRegularExpression::DotMatchesEverythingOption);
    int messages = 0;
    for (const auto& m : message.globalMatch(ts)) {
        ++messages;
        int n = 0;
        for (const auto& f2 : form.globalMatch(m.captured(1))) {
            ++n;
            EXPECT_TRUE(f2.captured(1).contains(QLatin1String("%n")))
                << file << ": " << f2.captured(1).toStdString();
        }
        EXPECT_EQ(n, forms) << file << ": " << m.captured(1).left(120).toStdString();
    }
    EXPECT_GT(messages, 5) << file;
}

}  // namespace

TEST(Translations, CountedMessagesHaveTheLanguagesPluralForms) {
    expectPluralForms("thaid_th.ts", 1);
    expectPluralForms("thaid_en.ts", 2);
}

TEST(Translations, BothCataloguesAreComplete) {
    expectComplete("thaid_th.ts");
    expectComplete("thaid_en.ts");
}

TEST(Translations, ThaiCatalogueIsEmbeddedAndUsed) {
    thaid::testing::ThaiLanguage th;
    ASSERT_TRUE(th.loaded());
    EXPECT_EQ(thaid::ui::CitizenDisplay::buddhistEraDate({1985, 4, 15}),
              QStringLiteral("15 เม.ย. 2528"));
    EXPECT_EQ(thaid::ui::CitizenDisplay::buddhistEraDate({1948, 0, 0}),
              QStringLiteral("พ.ศ. 2491"));
    EXPECT_TRUE(thaid::app::CardErrorText::forError(thaid::card::CardErrorCode::CardRemoved)
                    .contains(QStringLiteral("บัตร")));
    // Catalogues whose context is a class in a namespace, a Q_OBJECT or a plain text class.
    EXPECT_EQ(thaid::ui::CitizenDisplay::lifelong(), QStringLiteral("ตลอดชีพ"));
    EXPECT_EQ(thaid::app::WorkflowText::insertOwnCard(),
              QStringLiteral("เสียบบัตรประชาชนของท่านเพื่อเข้าใช้งาน"));
    EXPECT_TRUE(thaid::app::WorkflowText::fingerNotMatched(3).contains(QLatin1Char('3')));
}
