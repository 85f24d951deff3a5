#pragma once

namespace thaid::app {

// The officer's workflow's timings and limits, from the kiosk's configuration.
struct WorkflowSettings {
    int idleLockSeconds = 300;
    int fingerprintSeconds = 30;
    int maxFingerAttempts = 3;
    int maxCodeAttempts = 3;  // the registry's rule; its answers say how many are left
    // How long the QR waits for a phone to scan it; the registry's own session life still applies.
    int qrSeconds = 300;
    // A card photo this many years old (from the issue date) is flagged on the review screen.
    int oldPhotoYears = 10;
};

}  // namespace thaid::app
