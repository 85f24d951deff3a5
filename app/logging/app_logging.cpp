#include "logging/app_logging.h"

Q_LOGGING_CATEGORY(lcCli, "thaid.cli", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRegistryClient, "thaid.registry.client", QtInfoMsg)
Q_LOGGING_CATEGORY(lcWorkflow, "thaid.workflow", QtInfoMsg)
