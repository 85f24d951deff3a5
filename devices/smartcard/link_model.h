#pragma once

namespace thaid::card {

// A model of the reader-to-card link: a fixed cost per exchange (USB CCID round trip plus the
// card's EEPROM time) and 12 bit times per byte (the ISO 7816-3 character frame).
struct LinkModel {
    double exchangeLatencyMs = 0;
    int baud = 0;  // 0 means bytes cost nothing

    double exchangeMs(int commandBytes, int responseBytes) const;
};

}  // namespace thaid::card
