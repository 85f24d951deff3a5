#include "registry_api/binding_state.h"
#include "registry_client/registry_client.h"

#include <QCoreApplication>

#include <gtest/gtest.h>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    qRegisterMetaType<thaid::app::SessionInfo>();
    qRegisterMetaType<thaid::app::RegistryError>();
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
