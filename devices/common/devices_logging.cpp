#include "common/devices_logging.h"

Q_LOGGING_CATEGORY(lcSmartcard, "thaid.smartcard", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSmartcardApdu, "thaid.smartcard.apdu", QtCriticalMsg)
Q_LOGGING_CATEGORY(lcVirtualCard, "thaid.virtualcard", QtInfoMsg)
Q_LOGGING_CATEGORY(lcFingerprint, "thaid.fingerprint", QtInfoMsg)
