#pragma once

#include <variant>

#include <QString>
#include <QStringList>

namespace thaid::ui {

// thaid-kiosk's command line, read before the GUI application exists: --help, --version and a
// mistyped option are answered without a display (IT over ssh, the package's checks), where
// QGuiApplication would abort for want of a platform plugin.
struct KioskOptions {
    QString configPath;
    QString screenshotDir;
    bool windowed = false;
    bool automation = false;

    // The options, or the exit code once --help, --version or a wrong option was answered.
    // Options that Qt's GUI application takes itself (-platform, -qwindowgeometry, …) are left
    // for it.
    static std::variant<KioskOptions, int> parse(const QStringList& arguments);
};

}  // namespace thaid::ui
