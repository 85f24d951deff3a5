#pragma once

#include "common/result.h"
#include "registry/store/registry_store.h"

#include <QList>
#include <QString>

namespace thaid::registry {

struct DemoOfficer {
    OfficerEntry entry;
    QString fingerImage;
};

struct DemoCitizen {
    CitizenEntry entry;   // without the reference print, which is enrolled from the image
    QString fingerImage;  // file name in the images folder
    // The other index finger, so a citizen whose first finger will not read can use it.
    QString secondFingerImage;
    QStringList supersededRequestNumbers;
    // What the citizen's card prints ("card": a virtual card profile, beside the file).
    std::optional<CitizenCard> card;
};

struct DemoData {
    QList<DemoCitizen> citizens;
    QList<DemoOfficer> officers;
    QList<StationEntry> stations;  // offices by name
};

// Reads resources/demo/registry/demo-registry.json: {"citizens": [...], "officers": [...]}.
Result<DemoData, QString> readDemoData(const QString& path);

}  // namespace thaid::registry
