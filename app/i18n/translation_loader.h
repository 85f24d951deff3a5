#pragma once

#include <QLocale>

class QCoreApplication;

namespace thaid {

// Installs the embedded Thai or English catalogue. With no language given, the process locale
// decides (LANG=th_TH.UTF-8 gives Thai); anything but Thai falls back to English.
void installTranslations(QCoreApplication& app, const QString& language = {});
QString effectiveLanguage(const QString& language);

}  // namespace thaid
