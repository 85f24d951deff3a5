#include "pcsc_environment.h"

#include <QCoreApplication>

#include <gtest/gtest.h>

namespace thaid::testing {

namespace {
PcscdProcess* g_pcscd = nullptr;

class PcscEnvironment : public ::testing::Environment {
public:
    void SetUp() override {
        QString error;
        ASSERT_TRUE(g_pcscd->start(&error)) << error.toStdString();
    }
    void TearDown() override { g_pcscd->stop(); }
};
}  // namespace

PcscdProcess& pcscd() {
    return *g_pcscd;
}

}  // namespace thaid::testing

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    thaid::testing::PcscdProcess pcscd;
    thaid::testing::g_pcscd = &pcscd;
    ::testing::AddGlobalTestEnvironment(new thaid::testing::PcscEnvironment);
    return RUN_ALL_TESTS();
}
