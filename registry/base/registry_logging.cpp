#include "registry/base/registry_logging.h"

Q_LOGGING_CATEGORY(lcRegistry, "thaid.registry", QtInfoMsg)
