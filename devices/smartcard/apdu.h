#pragma once

#include <QByteArray>
#include <QString>

namespace thaid::card {

struct ResponseApdu {
    QByteArray data;
    quint16 sw = 0;

    quint8 sw1() const { return static_cast<quint8>(sw >> 8); }
    quint8 sw2() const { return static_cast<quint8>(sw & 0xFF); }
    // An answer shorter than two bytes has no status word; it maps to sw 0.
    static ResponseApdu fromRaw(const QByteArray& raw);
    QByteArray toRaw() const;
};

namespace apdu {
constexpr quint16 kSwOk = 0x9000;
constexpr quint8 kSw1MoreData = 0x61;
constexpr quint8 kSw1WrongLe = 0x6C;

QByteArray selectThaiIdApplet();
// The Thai ID applet's proprietary READ: 80 B0 <off hi> <off lo> 02 00 <len>.
QByteArray readBinary(quint16 offset, quint8 length);
QByteArray getResponse(quint8 p2, quint8 le);
bool isSelectThaiIdApplet(const QByteArray& command);
}  // namespace apdu

QString toHex(const QByteArray& bytes);
QString swToHex(quint16 sw);

}  // namespace thaid::card
