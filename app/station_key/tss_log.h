#pragma once

#include <QtGlobal>

namespace thaid::app {

// The TSS writes its own log lines to stderr (every TCTI it tried, in its format); the station
// key's errors already say what failed and what to do. TSS2_LOG set by the user wins.
inline void quietTssLog() {
    if (qEnvironmentVariableIsEmpty("TSS2_LOG"))
        qputenv("TSS2_LOG", "all+none");
}

}  // namespace thaid::app
