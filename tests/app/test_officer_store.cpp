#include "officers/officer_store.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace thaid::app;

TEST(OfficerStore, EnrolListFindUnsealAndRemove) {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("officers.db"));
    const QString key = dir.filePath(QStringLiteral("print.key"));
    {
        auto store = OfficerStore::open(db, key, true).value();
        ASSERT_TRUE(store
                        ->enroll({QStringLiteral("3101700555018"),
                                  QStringLiteral("1017-01-00555018"),
                                  QStringLiteral("Kanya"),
                                  QStringLiteral("right-index"),
                                  {}},
                                 QByteArray("template-bytes"))
                        .ok());
    }
    auto store = OfficerStore::open(db, key, false).value();
    ASSERT_EQ(store->list().size(), 1);
    EXPECT_EQ(store->find(QStringLiteral("3101700555018"))->displayName, QStringLiteral("Kanya"));
    EXPECT_EQ(store->print(QStringLiteral("3101700555018")).value(), QByteArray("template-bytes"));
    EXPECT_FALSE(store->print(QStringLiteral("1101700230708")).ok());
    EXPECT_TRUE(store->remove(QStringLiteral("3101700555018")));
    EXPECT_FALSE(store->remove(QStringLiteral("3101700555018")));
    EXPECT_TRUE(store->list().isEmpty());
}

TEST(OfficerStore, TemplatesAreSealedAtRest) {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("officers.db"));
    {
        auto store = OfficerStore::open(db, dir.filePath(QStringLiteral("a.key")), true).value();
        ASSERT_TRUE(store
                        ->enroll({QStringLiteral("3101700555018"),
                                  QStringLiteral("r"),
                                  QStringLiteral("K"),
                                  QStringLiteral("right-index"),
                                  {}},
                                 QByteArray("SECRET-TEMPLATE"))
                        .ok());
    }
    QFile f(db);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_FALSE(f.readAll().contains("SECRET-TEMPLATE"));
    // Another kiosk's key cannot open it.
    auto other = OfficerStore::open(db, dir.filePath(QStringLiteral("b.key")), true).value();
    EXPECT_FALSE(other->print(QStringLiteral("3101700555018")).ok());
    EXPECT_FALSE(OfficerStore::open(db, dir.filePath(QStringLiteral("none.key")), false).ok());
}
