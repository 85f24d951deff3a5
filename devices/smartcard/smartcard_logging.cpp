#include "smartcard/smartcard_logging.h"

Q_LOGGING_CATEGORY(lcSmartcard, "thaid.smartcard", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSmartcardApdu, "thaid.smartcard.apdu", QtCriticalMsg)
