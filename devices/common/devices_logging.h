#pragma once

#include <QLoggingCategory>

// All logging categories of the devices library, in one place so that qtlogging.ini can be
// written from a single list. None of them carries personal data, except thaid.smartcard.apdu,
// which logs raw card bytes and is therefore off unless explicitly enabled.
Q_DECLARE_LOGGING_CATEGORY(lcSmartcard)
Q_DECLARE_LOGGING_CATEGORY(lcSmartcardApdu)
Q_DECLARE_LOGGING_CATEGORY(lcVirtualCard)
Q_DECLARE_LOGGING_CATEGORY(lcFingerprint)
