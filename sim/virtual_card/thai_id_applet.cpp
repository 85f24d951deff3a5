#include "sim/virtual_card/thai_id_applet.h"

#include "smartcard/apdu.h"

namespace thaid::card::virtualcard {

namespace {

QByteArray sw(quint16 s) {
    QByteArray b(2, '\0');
    b[0] = static_cast<char>(s >> 8);
    b[1] = static_cast<char>(s & 0xFF);
    return b;
}

quint8 byteAt(const QByteArray& b, qsizetype i) {
    return static_cast<quint8>(b.at(i));
}

// The FCI a real card returns after SELECT; its content is never used.
const QByteArray kFci = QByteArray::fromHex("6F088406A00000005448");

}  // namespace

QByteArray ThaiIdApplet::defaultAtr() {
    return QByteArray::fromHex("3B799600005448204E4944203138");
}

ThaiIdApplet::ThaiIdApplet(QByteArray image, QByteArray atr, CardFault fault)
    : m_image(std::move(image)), m_atr(std::move(atr)), m_fault(fault) {}

void ThaiIdApplet::reset() {
    m_selected = false;
    m_pending.clear();
}

QByteArray ThaiIdApplet::pend(QByteArray data, quint8 announce) {
    m_pending = std::move(data);
    return sw(static_cast<quint16>(0x6100 | announce));
}

QByteArray ThaiIdApplet::process(const QByteArray& c) {
    if (c.size() < 4) {
        return sw(0x6700);
    }
    const quint8 cla = byteAt(c, 0);
    const quint8 ins = byteAt(c, 1);
    if (ins == 0xA4 && cla == 0x00) {
        return select(c);
    }
    if (ins == 0xC0 && cla == 0x00) {
        return getResponse(c);
    }
    m_pending.clear();
    if (ins == 0xB0 && cla == 0x80) {
        return read(c);
    }
    return cla == 0x00 || cla == 0x80 ? sw(0x6D00) : sw(0x6E00);
}

QByteArray ThaiIdApplet::select(const QByteArray& c) {
    m_pending.clear();
    if (m_fault == CardFault::NotThai || !apdu::isSelectThaiIdApplet(c)) {
        m_selected = false;
        return sw(0x6A82);
    }
    m_selected = true;
    return pend(kFci, static_cast<quint8>(kFci.size()));
}

QByteArray ThaiIdApplet::read(const QByteArray& c) {
    if (!m_selected) {
        return sw(0x6985);
    }
    if (c.size() != 7 || byteAt(c, 4) != 0x02 || byteAt(c, 5) != 0x00) {
        return sw(0x6700);
    }
    const int offset = (byteAt(c, 2) << 8) | byteAt(c, 3);
    const int length = byteAt(c, 6);
    if (length == 0) {
        return sw(0x6700);
    }
    if (offset + length > m_image.size()) {
        return sw(0x6B00);
    }
    ++m_reads;
    if (m_fault == CardFault::StatusWord && m_reads == 3) {
        return sw(0x6F00);
    }
    const quint8 announce = m_fault == CardFault::T0WrongLength ? 0 : static_cast<quint8>(length);
    return pend(m_image.mid(offset, length), announce);
}

QByteArray ThaiIdApplet::getResponse(const QByteArray& c) {
    if (c.size() != 5 || m_pending.isEmpty()) {
        return sw(0x6985);
    }
    const quint8 expectedP2 = m_atr.startsWith(QByteArray::fromHex("3B67")) ? 0x01 : 0x00;
    if (byteAt(c, 2) != 0x00 || byteAt(c, 3) != expectedP2) {
        return sw(0x6B00);
    }
    const int le = byteAt(c, 4) == 0 ? 256 : byteAt(c, 4);
    if (le > m_pending.size() || (byteAt(c, 4) == 0 && m_pending.size() != 256)) {
        // T=0: Le larger than what is available; tell the terminal the right length.
        return sw(static_cast<quint16>(0x6C00 | (m_pending.size() & 0xFF)));
    }
    QByteArray out = m_pending.left(le);
    m_pending.remove(0, le);
    if (!m_pending.isEmpty()) {
        return out + sw(static_cast<quint16>(0x6100 | std::min<qsizetype>(m_pending.size(), 0xFF)));
    }
    return out + sw(apdu::kSwOk);
}

}  // namespace thaid::card::virtualcard
