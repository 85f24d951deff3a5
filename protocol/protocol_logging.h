#pragma once

#include <QLoggingCategory>

// The API's client transport (JSON over HTTPS), shared by the kiosk and the phone simulator.
// Paths can hold a citizen ID, so calls are logged by label only.
Q_DECLARE_LOGGING_CATEGORY(lcApiClient)
