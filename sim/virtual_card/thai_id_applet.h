#pragma once

#include "sim/virtual_card/card_fault.h"

#include <QByteArray>

namespace thaid::card::virtualcard {

// The Thai ID applet as a T=0 card shows it: SELECT answers 61 0A, READ answers 61 <len>, and
// the data comes with GET RESPONSE (P2 01 on cards whose ATR starts 3B 67, else 00).
class ThaiIdApplet {
public:
    static QByteArray defaultAtr();

    ThaiIdApplet(QByteArray image, QByteArray atr, CardFault fault);

    QByteArray atr() const { return m_atr; }
    void reset();
    QByteArray process(const QByteArray& command);

private:
    QByteArray select(const QByteArray& command);
    QByteArray read(const QByteArray& command);
    QByteArray getResponse(const QByteArray& command);
    QByteArray pend(QByteArray data, quint8 announce);

    QByteArray m_image;
    QByteArray m_atr;
    CardFault m_fault;
    bool m_selected = false;
    QByteArray m_pending;
    int m_reads = 0;
};

}  // namespace thaid::card::virtualcard
