// The icon set the screens draw from: every SVG in resources/icons renders through Qt SVG, in the
// colour asked for and at the size asked for, and a name the set lacks gives nothing.
#include "ui/icon_image_provider.h"

#include <QDir>
#include <QImage>

#include <gtest/gtest.h>

using thaid::ui::IconImageProvider;

namespace {

// Drawn pixels, and whether every one that is mostly covered is `colour` (edges are
// anti-aliased: their colour comes back from premultiplied alpha with rounding).
struct Ink {
    int drawn = 0;
    bool allInColour = true;
};

Ink inkOf(const QImage& img, const QColor& colour) {
    Ink ink;
    const QImage argb = img.convertToFormat(QImage::Format_ARGB32);
    const auto near = [](int a, int b) { return std::abs(a - b) <= 12; };
    for (int y = 0; y < argb.height(); ++y) {
        for (int x = 0; x < argb.width(); ++x) {
            const QColor c = argb.pixelColor(x, y);
            if (c.alpha() == 0)
                continue;
            ++ink.drawn;
            if (c.alpha() >= 96 &&
                !(near(c.red(), colour.red()) && near(c.green(), colour.green()) &&
                  near(c.blue(), colour.blue())))
                ink.allInColour = false;
        }
    }
    return ink;
}

}  // namespace

TEST(Icons, EveryIconOfTheSetRendersInTheColourAndSizeAsked) {
    const QStringList names = QDir(QStringLiteral(":/icons")).entryList({QStringLiteral("*.svg")});
    ASSERT_GE(names.size(), 10);
    for (const QString& file : names) {
        const QString name = file.chopped(4);
        SCOPED_TRACE(name.toStdString());
        for (const int side : {24, 112}) {
            const QColor danger(0xa4, 0x16, 0x1a);
            const QImage img = IconImageProvider::render(name, danger, side);
            ASSERT_EQ(img.size(), QSize(side, side));
            const Ink ink = inkOf(img, danger);
            // Some of the square is drawn, and not all of it: a shape, not a blank or a box.
            EXPECT_GT(ink.drawn, side * side / 50);
            EXPECT_LT(ink.drawn, side * side * 9 / 10);
            EXPECT_TRUE(ink.allInColour);
        }
    }
}

TEST(Icons, TheProviderTakesNameAndColourFromTheUrl) {
    IconImageProvider provider;
    QSize size;
    const QImage img =
        provider.requestImage(QStringLiteral("check_circle/1b6e3a"), &size, {64, 64});
    EXPECT_EQ(size, QSize(64, 64));
    const Ink ink = inkOf(img, QColor(0x1b, 0x6e, 0x3a));
    EXPECT_GT(ink.drawn, 64 * 64 / 4);
    EXPECT_TRUE(ink.allInColour);
}

TEST(Icons, ANameTheSetLacksDrawsNothing) {
    EXPECT_TRUE(IconImageProvider::render(QStringLiteral("no_such_icon"), Qt::black, 48).isNull());
    EXPECT_TRUE(
        IconImageProvider::render(QStringLiteral("../icons/check"), Qt::black, 48).isNull());
    IconImageProvider provider;
    QSize size;
    const QImage img = provider.requestImage(QStringLiteral("no_such_icon/000000"), &size, {});
    EXPECT_EQ(size, QSize(1, 1));
    EXPECT_EQ(img.pixelColor(0, 0).alpha(), 0);
}
