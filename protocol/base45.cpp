#include "protocol/base45.h"

namespace thaid::protocol {

namespace {
constexpr char kAlphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

int valueOf(QChar c) {
    for (int i = 0; i < 45; ++i) {
        if (c == QLatin1Char(kAlphabet[i]))
            return i;
    }
    return -1;
}
}  // namespace

QString base45Encode(const QByteArray& bytes) {
    QString out;
    out.reserve((bytes.size() / 2) * 3 + 2);
    qsizetype i = 0;
    for (; i + 1 < bytes.size(); i += 2) {
        int n = static_cast<quint8>(bytes[i]) * 256 + static_cast<quint8>(bytes[i + 1]);
        out += QLatin1Char(kAlphabet[n % 45]);
        n /= 45;
        out += QLatin1Char(kAlphabet[n % 45]);
        out += QLatin1Char(kAlphabet[n / 45]);
    }
    if (i < bytes.size()) {
        const int n = static_cast<quint8>(bytes[i]);
        out += QLatin1Char(kAlphabet[n % 45]);
        out += QLatin1Char(kAlphabet[n / 45]);
    }
    return out;
}

std::optional<QByteArray> base45Decode(QStringView text) {
    if (text.size() % 3 == 1)
        return std::nullopt;
    QByteArray out;
    out.reserve(text.size() / 3 * 2 + 1);
    for (qsizetype i = 0; i < text.size(); i += 3) {
        const qsizetype chunk = std::min<qsizetype>(3, text.size() - i);
        int n = 0;
        int weight = 1;
        for (qsizetype k = 0; k < chunk; ++k) {
            const int v = valueOf(text[i + k]);
            if (v < 0)
                return std::nullopt;
            n += v * weight;
            weight *= 45;
        }
        if (chunk == 3) {
            if (n > 0xFFFF)
                return std::nullopt;
            out.append(static_cast<char>(n >> 8));
            out.append(static_cast<char>(n & 0xFF));
        } else {
            if (n > 0xFF)
                return std::nullopt;
            out.append(static_cast<char>(n));
        }
    }
    return out;
}

}  // namespace thaid::protocol
