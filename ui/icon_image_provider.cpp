#include "ui/icon_image_provider.h"

#include "ui/ui_logging.h"

#include <QFile>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgRenderer>

namespace thaid::ui {

IconImageProvider::IconImageProvider() : QQuickImageProvider(QQuickImageProvider::Image) {}

QImage IconImageProvider::render(const QString& name, const QColor& colour, int side) {
    // Names only, no paths: the URL comes from QML, and the set is one folder.
    static const QRegularExpression iconName(QStringLiteral("^[a-z0-9_]+$"));
    if (!iconName.match(name).hasMatch())
        return {};
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    if (side <= 0 || !file.open(QIODevice::ReadOnly))
        return {};
    QByteArray svg = file.readAll();
    const QByteArray fill = " fill=\"" + colour.name().toLatin1() + '"';
    svg.insert(svg.indexOf("<svg") + 4, fill);
    QSvgRenderer renderer(svg);
    if (!renderer.isValid())
        return {};
    QImage img(side, side, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    QPainter painter(&img);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    return img;
}

QImage IconImageProvider::requestImage(const QString& id, QSize* size, const QSize& requestedSize) {
    const qsizetype slash = id.indexOf(u'/');
    const QString name = id.left(slash);
    const QColor colour =
        slash < 0 ? QColor(Qt::black) : QColor(QLatin1Char('#') + id.mid(slash + 1));
    const int side =
        requestedSize.isValid() ? std::max(requestedSize.width(), requestedSize.height()) : 48;
    QImage img = render(name, colour.isValid() ? colour : QColor(Qt::black), side);
    if (img.isNull()) {
        // A name the set does not have shows nothing rather than breaking the screen; the
        // warning fails the screen tests, which load every icon the screens name.
        qCWarning(lcUi) << "no icon" << name;
        img = QImage(1, 1, QImage::Format_ARGB32);
        img.fill(Qt::transparent);
    }
    if (size)
        *size = img.size();
    return img;
}

}  // namespace thaid::ui
