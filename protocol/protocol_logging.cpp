#include "protocol/protocol_logging.h"

Q_LOGGING_CATEGORY(lcApiClient, "thaid.api.client", QtInfoMsg)
