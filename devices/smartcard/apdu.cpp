#include "smartcard/apdu.h"

namespace thaid::card {

ResponseApdu ResponseApdu::fromRaw(const QByteArray& raw) {
    ResponseApdu r;
    if (raw.size() < 2) {
        return r;
    }
    r.data = raw.left(raw.size() - 2);
    r.sw = static_cast<quint16>((static_cast<quint8>(raw.at(raw.size() - 2)) << 8) |
                                static_cast<quint8>(raw.at(raw.size() - 1)));
    return r;
}

QByteArray ResponseApdu::toRaw() const {
    QByteArray raw = data;
    raw.append(static_cast<char>(sw1()));
    raw.append(static_cast<char>(sw2()));
    return raw;
}

namespace apdu {

namespace {
const QByteArray kSelect = QByteArray::fromHex("00A4040008A000000054480001");
}

QByteArray selectThaiIdApplet() {
    return kSelect;
}

QByteArray readBinary(quint16 offset, quint8 length) {
    QByteArray c(7, '\0');
    c[0] = '\x80';
    c[1] = '\xB0';
    c[2] = static_cast<char>(offset >> 8);
    c[3] = static_cast<char>(offset & 0xFF);
    c[4] = '\x02';
    c[5] = '\x00';
    c[6] = static_cast<char>(length);
    return c;
}

QByteArray getResponse(quint8 p2, quint8 le) {
    QByteArray c(5, '\0');
    c[1] = '\xC0';
    c[3] = static_cast<char>(p2);
    c[4] = static_cast<char>(le);
    return c;
}

bool isSelectThaiIdApplet(const QByteArray& command) {
    return command == kSelect;
}

}  // namespace apdu

QString toHex(const QByteArray& bytes) {
    return QString::fromLatin1(bytes.toHex(' ').toUpper());
}

QString swToHex(quint16 sw) {
    return QStringLiteral("%1").arg(sw, 4, 16, QLatin1Char('0')).toUpper();
}

}  // namespace thaid::card
