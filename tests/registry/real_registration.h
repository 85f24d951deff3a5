#pragma once

// A registration through the real executables, for tests that need a citizen with a phone
// bound by thaid-registryd and thaid-citizen-sim: the kiosk's registry client over mutual TLS,
// the QR in a screenshot-sized image, the simulator's sealed device key in a file.
#include "registry_client/registry_client.h"
#include "running_registry.h"

#include <QJsonObject>
#include <QProcess>

namespace thaid::testing {

// The QR as the citizen's phone camera would see the kiosk: a full-screen image with other
// things around the code.
QString screenshotWithQr(const QString& text, const QString& path);
// The demo citizen's finger matched by the registry: the verification ID.
QString verifiedFinger(app::RegistryClient& kiosk, const QString& token, const QString& image);
// The simulator's next JSON event of that name, or an empty object.
QJsonObject nextEvent(QProcess& sim, const QString& name, int ms = 20000);
// The demo citizen registers the phone whose key goes to `keyFile` (passcode 13572468),
// replacing the binding `replaces` if given. True when the simulator completed.
bool registerWithSimulator(const RunningRegistry& registry, app::RegistryClient& kiosk,
                           const QString& officerToken, const QString& verificationId,
                           const QString& keyFile, const QString& replaces = {});

}  // namespace thaid::testing
