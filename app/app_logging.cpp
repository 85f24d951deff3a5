#include "app_logging.h"

Q_LOGGING_CATEGORY(lcCli, "thaid.cli", QtInfoMsg)
