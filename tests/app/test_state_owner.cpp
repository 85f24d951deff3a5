#include "storage/state_owner.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace thaid::storage;

namespace {

uid_t ownerOf(const QString& path) {
    struct stat st {};
    ::stat(QFile::encodeName(path).constData(), &st);
    return st.st_uid;
}

}  // namespace

// What root creates in the kiosk's state folder goes to the folder's owner, so the kiosk (its
// own user) can use it.
TEST(StateOwner, RootMadeFilesGoToTheStateFoldersOwner) {
    if (geteuid() != 0)
        GTEST_SKIP() << "needs root to change owners";
    QTemporaryDir dir;
    const uid_t kioskUser = 65534;  // nobody, standing in for thaid-kiosk
    ASSERT_EQ(::chown(QFile::encodeName(dir.path()).constData(), kioskUser, kioskUser), 0);
    const QString db = dir.filePath(QStringLiteral("officers.db"));
    for (const QString& f : {db, db + QStringLiteral("-wal"), dir.filePath(QStringLiteral("x"))}) {
        QFile file(f);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    }
    handToStateOwner(dir.path(), {db});
    EXPECT_EQ(ownerOf(db), kioskUser);
    EXPECT_EQ(ownerOf(db + QStringLiteral("-wal")), kioskUser);
    EXPECT_EQ(ownerOf(dir.filePath(QStringLiteral("x"))), 0u) << "only the files named";
}
