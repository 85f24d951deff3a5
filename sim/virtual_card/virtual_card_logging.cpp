#include "sim/virtual_card/virtual_card_logging.h"

Q_LOGGING_CATEGORY(lcVirtualCard, "thaid.virtualcard", QtInfoMsg)
