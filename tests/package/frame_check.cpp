// Checks a screenshot of the packaged kiosk session (grim, from cage's output) without OCR: the
// frame has the output's size, the brand header runs across the whole width, the sign-in panel's
// border is inside the frame on all four sides with equal side margins, and the frame is close to
// the same kiosk rendered offscreen in Thai and far from it rendered in English.
// Usage: thaid_frame_check FRAME WIDTHxHEIGHT REFERENCE_TH REFERENCE_EN
#include <cstdio>
#include <cstdlib>
#include <optional>

#include <QColor>
#include <QImage>
#include <QString>
#include <QStringList>

namespace {

// Theme.qml: brand and panel.
const QColor kBrand(0x1f, 0x3a, 0x5f);
const QColor kPanel(0xff, 0xff, 0xff);

bool near(QColor a, QColor b, int tolerance) {
    return std::abs(a.red() - b.red()) <= tolerance &&
           std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

bool isBrand(const QImage& img, int x, int y) {
    return near(img.pixelColor(x, y), kBrand, 40);
}

struct Panel {
    int left, right, top, bottom;
};

std::optional<Panel> signInPanel(const QImage& img, QString* why) {
    const int w = img.width(), h = img.height(), midY = h / 2, midX = w / 2;
    for (const int x : {1, midX, w - 2}) {
        if (!near(img.pixelColor(x, 2), kBrand, 12)) {
            *why = QStringLiteral("no brand header at x=%1").arg(x);
            return std::nullopt;
        }
    }
    int header = 0;
    while (header < h / 3 && near(img.pixelColor(1, header), kBrand, 12))
        ++header;
    Panel p{-1, -1, -1, -1};
    for (int x = 0; x < w && p.left < 0; ++x)
        if (isBrand(img, x, midY))
            p.left = x;
    for (int x = w - 1; x >= 0 && p.right < 0; --x)
        if (isBrand(img, x, midY))
            p.right = x;
    for (int y = header + 1; y < h && p.top < 0; ++y)
        if (isBrand(img, midX, y))
            p.top = y;
    for (int y = h - 1; y > header && p.bottom < 0; --y)
        if (isBrand(img, midX, y))
            p.bottom = y;
    if (p.left <= 0 || p.right >= w - 1 || p.top <= header || p.bottom >= h - 1 ||
        p.right - p.left < w / 3 || p.bottom - p.top < h / 3) {
        *why = QStringLiteral("no whole sign-in panel (border at x %1..%2, y %3..%4; header %5 px)")
                   .arg(p.left)
                   .arg(p.right)
                   .arg(p.top)
                   .arg(p.bottom)
                   .arg(header);
        return std::nullopt;
    }
    if (std::abs(p.left - (w - 1 - p.right)) > 2) {
        *why = QStringLiteral("the panel is off centre (margins %1 and %2 px): cut on one side")
                   .arg(p.left)
                   .arg(w - 1 - p.right);
        return std::nullopt;
    }
    if (!near(img.pixelColor(p.left + 8, p.top + 8), kPanel, 8)) {
        *why = QStringLiteral("the panel is not filled");
        return std::nullopt;
    }
    return p;
}

// The share of pixels that differ clearly (more than anti-aliasing moves them).
double difference(const QImage& a, const QImage& b) {
    long differing = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            if (!near(a.pixelColor(x, y), b.pixelColor(x, y), 64))
                ++differing;
    return double(differing) / double(a.width() * a.height());
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 5) {
        std::fprintf(stderr, "usage: %s FRAME WIDTHxHEIGHT REFERENCE_TH REFERENCE_EN\n", argv[0]);
        return 2;
    }
    const QStringList size = QString::fromLocal8Bit(argv[2]).split(QLatin1Char('x'));
    const int w = size.value(0).toInt(), h = size.value(1).toInt();
    const QImage frame =
        QImage(QString::fromLocal8Bit(argv[1])).convertToFormat(QImage::Format_RGB32);
    const QImage th = QImage(QString::fromLocal8Bit(argv[3])).convertToFormat(QImage::Format_RGB32);
    const QImage en = QImage(QString::fromLocal8Bit(argv[4])).convertToFormat(QImage::Format_RGB32);
    auto fail = [](const QString& what) {
        std::fprintf(stderr, "FAIL: %s\n", qPrintable(what));
        return 1;
    };
    if (frame.isNull() || th.isNull() || en.isNull())
        return fail(QStringLiteral("cannot read the frame or a reference"));
    for (const QImage* img : {&frame, &th, &en})
        if (img->width() != w || img->height() != h)
            return fail(QStringLiteral("a picture is %1x%2, the output %3x%4")
                            .arg(img->width())
                            .arg(img->height())
                            .arg(w)
                            .arg(h));
    QString why;
    const auto panel = signInPanel(frame, &why);
    if (!panel)
        return fail(QStringLiteral("the frame: ") + why);
    if (!signInPanel(th, &why) || !signInPanel(en, &why))
        return fail(QStringLiteral("a reference: ") + why);
    const double toThai = difference(frame, th), toEnglish = difference(frame, en);
    std::printf(
        "frame %dx%d: header across the width, sign-in panel at x %d..%d, y %d..%d; "
        "differs from the Thai render in %.2f%% of pixels, from the English in %.2f%%\n",
        w, h, panel->left, panel->right, panel->top, panel->bottom, toThai * 100, toEnglish * 100);
    if (toThai > 0.02)
        return fail(QStringLiteral("not the kiosk's Thai sign-in screen"));
    if (toEnglish < 2 * toThai || toEnglish < 0.005)
        return fail(QStringLiteral("cannot tell Thai from English: is the screen in Thai?"));
    return 0;
}
