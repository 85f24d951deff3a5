#include "smartcard/tis620.h"

#include <array>

namespace thaid::card {

namespace {

constexpr char16_t kReplacement = 0xFFFD;

// cp874 additions in the C1 range; zero means undefined.
constexpr std::array<char16_t, 0x21> kHigh80 = {
    0x20AC, 0,      0,      0,      0,      0x2026, 0,      0, 0, 0, 0, 0, 0, 0, 0, 0,      0,
    0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0, 0, 0, 0, 0, 0, 0, 0, 0x00A0,
};

}  // namespace

char16_t tis620ToUnicode(quint8 b) {
    if (b == 0x09 || b == 0x0A || b == 0x0D || (b >= 0x20 && b < 0x7F)) {
        return b;
    }
    if (b >= 0x80 && b <= 0xA0) {
        return kHigh80[b - 0x80];
    }
    // Thai block: 0xA1-0xDA -> U+0E01-U+0E3A, 0xDF-0xFB -> U+0E3F-U+0E5B.
    if ((b >= 0xA1 && b <= 0xDA) || (b >= 0xDF && b <= 0xFB)) {
        return static_cast<char16_t>(0x0E00 + (b - 0xA0));
    }
    return 0;
}

DecodedText decodeTis620(const QByteArray& bytes) {
    DecodedText out;
    out.text.reserve(bytes.size());
    for (char c : bytes) {
        const auto b = static_cast<quint8>(c);
        if (b == 0x00) {
            continue;  // NUL padding seen on some cards
        }
        const char16_t u = tis620ToUnicode(b);
        if (u == 0) {
            out.valid = false;
            out.text.append(QChar(kReplacement));
        } else {
            out.text.append(QChar(u));
        }
    }
    return out;
}

bool encodeTis620(const QString& text, QByteArray* out) {
    out->clear();
    out->reserve(text.size());
    for (QChar ch : text) {
        const char16_t u = ch.unicode();
        int byte = -1;
        if (u < 0x80) {
            byte = u;
        } else if (u >= 0x0E01 && u <= 0x0E5B &&
                   tis620ToUnicode(static_cast<quint8>(u - 0x0E00 + 0xA0)) == u) {
            byte = u - 0x0E00 + 0xA0;
        } else {
            for (int i = 0; i < static_cast<int>(kHigh80.size()); ++i) {
                if (kHigh80[i] != 0 && kHigh80[i] == u) {
                    byte = 0x80 + i;
                }
            }
        }
        if (byte < 0) {
            return false;
        }
        out->append(static_cast<char>(byte));
    }
    return true;
}

}  // namespace thaid::card
