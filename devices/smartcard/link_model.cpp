#include "smartcard/link_model.h"

namespace thaid::card {

double LinkModel::exchangeMs(int commandBytes, int responseBytes) const {
    double ms = exchangeLatencyMs;
    if (baud > 0) {
        ms += (commandBytes + responseBytes) * 12.0 * 1000.0 / baud;
    }
    return ms;
}

}  // namespace thaid::card
