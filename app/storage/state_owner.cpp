#include "storage/state_owner.h"

#include <QFile>

#include <sys/stat.h>
#include <unistd.h>

namespace thaid::storage {

void handToStateOwner(const QString& stateDir, const QStringList& paths) {
    struct stat folder {};
    if (geteuid() != 0 || ::stat(QFile::encodeName(stateDir).constData(), &folder) != 0 ||
        folder.st_uid == 0)
        return;
    for (const QString& path : paths) {
        for (const QString& file :
             {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
            if (QFile::exists(file))
                (void)::chown(QFile::encodeName(file).constData(), folder.st_uid, folder.st_gid);
        }
    }
}

}  // namespace thaid::storage
