#pragma once

#include <QLocale>

class QCoreApplication;
class QTranslator;

namespace thaid {

// The one rule for which catalogue a process uses, in the kiosk, its command line and the
// tools: "th…" is Thai; with no language given the process locale decides (LANG=th_TH.UTF-8
// gives Thai); anything else falls back to English.
QString effectiveLanguage(const QString& language);

// Loads the embedded catalogue of effectiveLanguage(language); false if it is missing.
bool loadCatalogue(QTranslator& translator, const QString& language);

// Installs that catalogue for the whole process.
void installTranslations(QCoreApplication& app, const QString& language = {});

}  // namespace thaid
