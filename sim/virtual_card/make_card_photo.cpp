// thaid-make-card-photo: draws a synthetic portrait and writes it as a JPEG of an exact size,
// so the virtual card's profiles cover photos up to the card's 5,118-byte maximum.
#include <cstdio>

#include <QBuffer>
#include <QCommandLineParser>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QRandomGenerator>

namespace {

QImage portrait(quint32 seed) {
    QRandomGenerator rng(seed);
    QImage img(180, 216, QImage::Format_Grayscale8);
    img.fill(QColor(215, 215, 215));
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    const int hue = 60 + rng.bounded(60);
    p.setBrush(QColor(hue, hue, hue));
    p.setPen(Qt::NoPen);
    QPainterPath shoulders;
    shoulders.addRoundedRect(QRectF(20, 150, 140, 90), 50, 50);
    p.drawPath(shoulders);
    const int skin = 150 + rng.bounded(50);
    p.setBrush(QColor(skin, skin, skin));
    const int w = 70 + rng.bounded(16);
    p.drawEllipse(QRectF(90 - w / 2.0, 48, w, 96));
    p.setBrush(QColor(35, 35, 35));
    p.drawChord(QRectF(90 - w / 2.0 - 4, 38, w + 8, 70), 0, 180 * 16);
    p.setBrush(QColor(40, 40, 40));
    p.drawEllipse(QRectF(72, 88, 8, 5));
    p.drawEllipse(QRectF(100, 88, 8, 5));
    p.setPen(QPen(QColor(90, 90, 90), 2));
    p.drawArc(QRectF(78, 108, 24, 14), 200 * 16, 140 * 16);
    p.end();
    // Texture, so the JPEG has realistic entropy rather than flat areas.
    for (int y = 0; y < img.height(); ++y) {
        uchar* line = img.scanLine(y);
        for (int x = 0; x < img.width(); ++x) {
            line[x] = static_cast<uchar>(qBound(0, line[x] + rng.bounded(-6, 7), 255));
        }
    }
    return img;
}

QByteArray encode(const QImage& img, int quality) {
    QByteArray out;
    QBuffer buf(&out);
    buf.open(QIODevice::WriteOnly);
    img.save(&buf, "JPEG", quality);
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    QGuiApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("out"), QStringLiteral("Output JPEG."));
    const QCommandLineOption sizeOpt(QStringLiteral("bytes"), QStringLiteral("Exact size."),
                                     QStringLiteral("N"));
    const QCommandLineOption seedOpt(QStringLiteral("seed"), QStringLiteral("Portrait variant."),
                                     QStringLiteral("N"), QStringLiteral("1"));
    p.addOptions({sizeOpt, seedOpt});
    p.process(app);
    if (p.positionalArguments().size() != 1 || !p.isSet(sizeOpt)) {
        p.showHelp(1);
    }
    const int target = p.value(sizeOpt).toInt();
    const QImage img = portrait(p.value(seedOpt).toUInt());
    for (int q = 95; q >= 5; --q) {
        QByteArray jpeg = encode(img, q);
        const int pad = target - static_cast<int>(jpeg.size());
        if (pad == 0 || pad >= 4) {
            if (pad >= 4) {
                // A COM segment right after SOI brings the file to the exact size.
                QByteArray com("\xFF\xFE", 2);
                com.append(static_cast<char>((pad - 2) >> 8));
                com.append(static_cast<char>((pad - 2) & 0xFF));
                com.append(QByteArray(pad - 4, 'x'));
                jpeg.insert(2, com);
            }
            QFile f(p.positionalArguments().first());
            if (!f.open(QIODevice::WriteOnly) || f.write(jpeg) != jpeg.size()) {
                std::fprintf(stderr, "cannot write %s\n", qPrintable(f.fileName()));
                return 1;
            }
            std::printf("%s: %d bytes at quality %d\n", qPrintable(f.fileName()), target, q);
            return 0;
        }
    }
    std::fprintf(stderr, "cannot fit the portrait into %d bytes\n", target);
    return 1;
}
