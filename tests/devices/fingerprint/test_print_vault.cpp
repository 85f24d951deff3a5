#include "fingerprint/print_vault.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace thaid::fingerprint;

TEST(PrintVault, SealsAndOpensWithOwnerOnlyFiles) {
    QTemporaryDir dir;
    const QString key = dir.filePath(QStringLiteral("print.key"));
    auto vault = PrintVault::open(key, true);
    ASSERT_TRUE(vault.ok());
    const auto perms = QFile::permissions(key);
    EXPECT_TRUE(perms.testFlag(QFileDevice::ReadOwner) && perms.testFlag(QFileDevice::WriteOwner));
    EXPECT_FALSE(perms & (QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                          QFileDevice::ReadOther | QFileDevice::WriteOther));
    const QByteArray print("serialized FpPrint bytes");
    ASSERT_TRUE(vault.value().writeFile(dir.filePath(QStringLiteral("p")), print).ok());
    EXPECT_EQ(QFile::permissions(dir.filePath(QStringLiteral("p"))) &
                  (QFileDevice::ReadOther | QFileDevice::ReadGroup),
              QFileDevice::Permissions());
    auto back = PrintVault::open(key, false).value().readFile(dir.filePath(QStringLiteral("p")));
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back.value(), print);
    // Two seals of the same print differ (fresh nonce), and neither contains it in clear.
    const QByteArray a = vault.value().seal(print).value();
    EXPECT_NE(a, vault.value().seal(print).value());
    EXPECT_FALSE(a.contains(print));
}

TEST(PrintVault, WrongKeyAlteredAndCorruptAreDistinct) {
    QTemporaryDir dir;
    auto mine = PrintVault::open(dir.filePath(QStringLiteral("a.key")), true);
    auto other = PrintVault::open(dir.filePath(QStringLiteral("b.key")), true);
    const QByteArray sealed = mine.value().seal(QByteArray("template")).value();
    EXPECT_EQ(other.value().open(sealed).error().code, FingerprintErrorCode::WrongKey);
    QByteArray altered = sealed;
    altered[20] = static_cast<char>(altered[20] ^ 1);
    EXPECT_EQ(mine.value().open(altered).error().code, FingerprintErrorCode::WrongKey);
    EXPECT_EQ(mine.value().open(QByteArray("junk")).error().code,
              FingerprintErrorCode::CorruptPrint);
    EXPECT_EQ(mine.value().open(sealed.left(20)).error().code, FingerprintErrorCode::CorruptPrint);
}

TEST(PrintVault, RefusesMissingShortOrExposedKeys) {
    QTemporaryDir dir;
    EXPECT_EQ(PrintVault::open(dir.filePath(QStringLiteral("none")), false).error().code,
              FingerprintErrorCode::KeyFileError);
    QFile shortKey(dir.filePath(QStringLiteral("short")));
    ASSERT_TRUE(shortKey.open(QIODevice::WriteOnly));
    shortKey.write("0123");
    shortKey.close();
    shortKey.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    EXPECT_EQ(PrintVault::open(shortKey.fileName(), false).error().code,
              FingerprintErrorCode::KeyFileError);
    ASSERT_TRUE(PrintVault::open(dir.filePath(QStringLiteral("k")), true).ok());
    QFile::setPermissions(dir.filePath(QStringLiteral("k")), QFileDevice::ReadOwner |
                                                                 QFileDevice::WriteOwner |
                                                                 QFileDevice::ReadOther);
    EXPECT_EQ(PrintVault::open(dir.filePath(QStringLiteral("k")), false).error().code,
              FingerprintErrorCode::KeyFileError);
}
