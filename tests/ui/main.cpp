#include <QFile>
#include <QGuiApplication>
#include <QString>
#include <QTemporaryDir>

#include <gtest/gtest.h>

int main(int argc, char** argv) {
    // A real scene graph without a display server, with two screens: the officer's and one
    // facing the citizen.
    QTemporaryDir dir;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        const QString config = dir.filePath(QStringLiteral("screens.json"));
        QFile f(config);
        if (!f.open(QIODevice::WriteOnly))
            return 2;
        // The officer's at 1280x800, then the citizen's (first, so "auto" picks it), a portrait
        // and a full-HD citizen display, and one large screen per desktop scaling the screen
        // tests use (sizes in device pixels).
        QString screens = QStringLiteral(
            R"({"name": "OFFICER", "x": 0, "y": 0, "width": 2560, "height": 1440, "dpr": 1},
               {"name": "CITIZEN", "x": 2560, "y": 0, "width": 1024, "height": 768, "dpr": 1},
               {"name": "PORTRAIT", "x": 3584, "y": 0, "width": 768, "height": 1366, "dpr": 1},
               {"name": "CITIZEN_HD", "x": 4352, "y": 0, "width": 1920, "height": 1080, "dpr": 1})");
        int x = 6272;
        for (int percent : {125, 150, 200}) {
            screens += QStringLiteral(R"(, {"name": "DPR%1", "x": %2, "y": 0, "width": 2560,
                                          "height": 1440, "dpr": %3})")
                           .arg(percent)
                           .arg(x)
                           .arg(percent / 100.0);
            x += 2560;
        }
        f.write(QStringLiteral(R"({"screens": [%1]})").arg(screens).toUtf8());
        f.close();
        qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.toLocal8Bit());
    }
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
