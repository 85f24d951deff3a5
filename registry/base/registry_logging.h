#pragma once

#include <QLoggingCategory>

// The reference registry's logging: session IDs are shortened and citizen IDs never appear.
Q_DECLARE_LOGGING_CATEGORY(lcRegistry)
