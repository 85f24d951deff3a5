#include "smartcard/jpeg_extent.h"
#include "support/card_fixtures.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace thaid::card;
using thaid::testing::makeJpeg;

TEST(JpegExtent, FindsTheEndAndIgnoresPadding) {
    const QByteArray jpeg = makeJpeg(700);
    const JpegExtent e = findJpegExtent(jpeg + QByteArray(300, ' '));
    EXPECT_EQ(e.state, JpegExtent::State::Complete);
    EXPECT_EQ(e.length, 700);
}

TEST(JpegExtent, NeedsMoreUntilTheEndMarkerArrives) {
    const QByteArray jpeg = makeJpeg(700);
    for (int n = 0; n < jpeg.size(); ++n) {
        EXPECT_EQ(findJpegExtent(jpeg.left(n)).state, JpegExtent::State::NeedMore) << n;
    }
    // Trailing spaces after a truncated stream (the peers' "trim 0x20" bug) are not an end.
    EXPECT_EQ(findJpegExtent(jpeg.left(650) + QByteArray(500, ' ')).state,
              JpegExtent::State::NeedMore);
}

TEST(JpegExtent, PhotoWithSpacesInsideIsKeptWhole) {
    QByteArray jpeg = makeJpeg(700);
    jpeg[jpeg.size() - 6] = ' ';  // 0x20 inside entropy data is ordinary data
    EXPECT_EQ(findJpegExtent(jpeg).length, 700);
}

TEST(JpegExtent, RealEncoderOutput) {
    QFile f(thaid::testing::profilesDir() + QStringLiteral("/somchai.jpg"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray jpeg = f.readAll();
    EXPECT_EQ(findJpegExtent(jpeg + QByteArray(10, ' ')).length, jpeg.size());
}

TEST(JpegExtent, RejectsWhatIsNotAJpeg) {
    EXPECT_EQ(findJpegExtent(QByteArray::fromHex("0000FFD9")).state, JpegExtent::State::Invalid);
    EXPECT_EQ(findJpegExtent(QByteArray::fromHex("FFD8FFFE0001")).state,
              JpegExtent::State::Invalid);
    EXPECT_EQ(findJpegExtent(QByteArray::fromHex("FFD812")).state, JpegExtent::State::Invalid);
}
