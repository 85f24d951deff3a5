#include "i18n/translation_loader.h"

#include <QCoreApplication>
#include <QTranslator>

namespace thaid {

QString effectiveLanguage(const QString& language) {
    const QString lang = language.isEmpty() ? QLocale().name() : language;
    return lang.startsWith(QLatin1String("th")) ? QStringLiteral("th") : QStringLiteral("en");
}

bool loadCatalogue(QTranslator& translator, const QString& language) {
    return translator.load(QStringLiteral(":/i18n/thaid_%1.qm").arg(effectiveLanguage(language)));
}

void installTranslations(QCoreApplication& app, const QString& language) {
    auto* translator = new QTranslator(&app);
    if (loadCatalogue(*translator, language)) {
        QCoreApplication::installTranslator(translator);
    } else {
        delete translator;
    }
}

}  // namespace thaid
