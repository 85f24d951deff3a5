#pragma once

#include <QByteArray>

namespace thaid::card {

// Where a JPEG stream ends, found by walking its marker segments and then the entropy-coded data,
// so that an FF D9 inside an embedded thumbnail or an APP segment is not mistaken for the end,
// and padding after the end is never part of the photo.
struct JpegExtent {
    enum class State { Complete, NeedMore, Invalid };
    State state = State::NeedMore;
    qsizetype length = 0;  // bytes up to and including EOI when Complete
};

JpegExtent findJpegExtent(const QByteArray& bytes);

}  // namespace thaid::card
