#include "smartcard/jpeg_extent.h"

namespace thaid::card {

namespace {

using State = JpegExtent::State;

quint8 at(const QByteArray& b, qsizetype i) {
    return static_cast<quint8>(b.at(i));
}

bool isStandalone(quint8 marker) {
    return marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7);
}

// Scans entropy-coded data from pos; returns the position of the next real marker's FF,
// or -1 when the data runs out first.
qsizetype skipEntropyData(const QByteArray& b, qsizetype pos) {
    while (pos + 1 < b.size()) {
        if (at(b, pos) != 0xFF) {
            ++pos;
            continue;
        }
        const quint8 next = at(b, pos + 1);
        if (next == 0x00 || (next >= 0xD0 && next <= 0xD7)) {
            pos += 2;  // stuffed byte or restart marker: still inside the scan
        } else if (next == 0xFF) {
            ++pos;  // fill byte
        } else {
            return pos;
        }
    }
    return -1;
}

}  // namespace

JpegExtent findJpegExtent(const QByteArray& b) {
    if (b.size() < 2) {
        return {State::NeedMore, 0};
    }
    if (at(b, 0) != 0xFF || at(b, 1) != 0xD8) {
        return {State::Invalid, 0};
    }
    qsizetype pos = 2;
    while (true) {
        if (pos >= b.size()) {
            return {State::NeedMore, 0};
        }
        if (at(b, pos) != 0xFF) {
            return {State::Invalid, 0};
        }
        while (pos < b.size() && at(b, pos) == 0xFF) {
            ++pos;  // fill bytes before a marker
        }
        if (pos >= b.size()) {
            return {State::NeedMore, 0};
        }
        const quint8 marker = at(b, pos);
        ++pos;
        if (marker == 0xD9) {
            return {State::Complete, pos};
        }
        if (marker == 0x00 || marker == 0xD8) {
            return {State::Invalid, 0};
        }
        if (isStandalone(marker)) {
            continue;
        }
        if (pos + 2 > b.size()) {
            return {State::NeedMore, 0};
        }
        const int segLen = (at(b, pos) << 8) | at(b, pos + 1);
        if (segLen < 2) {
            return {State::Invalid, 0};
        }
        pos += segLen;
        if (marker == 0xDA) {
            if (pos > b.size()) {
                return {State::NeedMore, 0};
            }
            pos = skipEntropyData(b, pos);
            if (pos < 0) {
                return {State::NeedMore, 0};
            }
        }
    }
}

}  // namespace thaid::card
