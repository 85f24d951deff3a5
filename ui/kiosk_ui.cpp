#include "kiosk_ui.h"

#include "kiosk_image_provider.h"
#include "kiosk_view_model.h"

#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QQuickWindow>

namespace thaid::ui {

QQuickWindow* loadKioskUi(QQmlApplicationEngine& engine, KioskViewModel& model) {
    qmlRegisterUncreatableMetaObject(app::staticMetaObject, "ThaiD", 1, 0, "KioskState",
                                     QStringLiteral("an enum"));
    qmlRegisterUncreatableMetaObject(app::staticMetaObject, "ThaiD", 1, 0, "FaultKind",
                                     QStringLiteral("an enum"));
    qmlRegisterUncreatableMetaObject(app::CheckStatusForQml::staticMetaObject, "ThaiD", 1, 0,
                                     "CheckStatus", QStringLiteral("an enum"));
    qmlRegisterSingletonType(QUrl(QStringLiteral("qrc:/qml/Theme.qml")), "ThaiD", 1, 0, "Theme");
    engine.addImageProvider(QStringLiteral("kiosk"), new KioskImageProvider(model));
    engine.rootContext()->setContextProperty(QStringLiteral("kiosk"), &model);
    QObject::connect(&model, &KioskViewModel::languageChanged, &engine, &QQmlEngine::retranslate);
    engine.load(QUrl(QStringLiteral("qrc:/qml/Main.qml")));
    return engine.rootObjects().isEmpty()
               ? nullptr
               : qobject_cast<QQuickWindow*>(engine.rootObjects().first());
}

}  // namespace thaid::ui
