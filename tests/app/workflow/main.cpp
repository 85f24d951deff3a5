#include <QCoreApplication>

#include <gtest/gtest.h>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);  // timers and queued signals need one
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
