#pragma once

#include <QStringList>

namespace thaid::storage {

// Files that a root-run thaid-kioskctl creates in the kiosk's state folder (officer database,
// print key, station key) must stay usable by the kiosk, which runs as its own user: they are
// handed to whoever owns the folder (thaid-kiosk on an installed kiosk). A SQLite file's -wal
// and -shm companions go with it. Does nothing unless run as root.
void handToStateOwner(const QString& stateDir, const QStringList& paths);

}  // namespace thaid::storage
