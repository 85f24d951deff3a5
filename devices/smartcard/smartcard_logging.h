#pragma once

#include <QLoggingCategory>

// The card stack's categories. None carries personal data except thaid.smartcard.apdu, which
// logs raw card bytes and is therefore off unless explicitly enabled.
Q_DECLARE_LOGGING_CATEGORY(lcSmartcard)
Q_DECLARE_LOGGING_CATEGORY(lcSmartcardApdu)
