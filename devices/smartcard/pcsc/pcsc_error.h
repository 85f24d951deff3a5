#pragma once

#include "smartcard/card_error.h"

#include <QString>

namespace thaid::card::pcsc {

// PC/SC return codes are LONG; kept as long here so that <winscard.h> stays out of headers.
QString pcscErrorName(long rv);
// pcscd died, restarted or is not running yet: the context has to be re-established.
bool isServiceLost(long rv);
bool isCardGone(long rv);
CardError toCardError(long rv, const QString& what);

}  // namespace thaid::card::pcsc
