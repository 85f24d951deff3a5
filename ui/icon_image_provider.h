#pragma once

#include <QQuickImageProvider>

namespace thaid::ui {

// "image://icon/<name>/<#rrggbb>": an icon of the set in resources/icons, drawn by Qt SVG in that
// colour at the size asked for. The icons are single-colour shapes, so the colour is the root
// element's fill; one SVG serves every tone a screen needs.
class IconImageProvider : public QQuickImageProvider {
public:
    IconImageProvider();
    QImage requestImage(const QString& id, QSize* size, const QSize& requestedSize) override;

    // The icon `name` in `colour`, `side` pixels square; a null image for an unknown name.
    static QImage render(const QString& name, const QColor& colour, int side);
};

}  // namespace thaid::ui
