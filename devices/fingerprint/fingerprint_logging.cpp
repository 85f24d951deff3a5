#include "fingerprint/fingerprint_logging.h"

Q_LOGGING_CATEGORY(lcFingerprint, "thaid.fingerprint", QtInfoMsg)
