#pragma once

#include <QLoggingCategory>

// Logging categories of the app library. Citizens never appear in logs except as an HMAC.
Q_DECLARE_LOGGING_CATEGORY(lcCli)
Q_DECLARE_LOGGING_CATEGORY(lcRegistryClient)
Q_DECLARE_LOGGING_CATEGORY(lcWorkflow)
