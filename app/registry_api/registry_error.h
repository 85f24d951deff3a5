#pragma once

#include "protocol/registry_error.h"

#include <QCoreApplication>
#include <QString>

namespace thaid::app {

using protocol::ErrorCode;
using protocol::RegistryError;
using protocol::RegistryErrorKind;
using protocol::registryErrorKindId;

// What the officer should do, translated (Thai and English).
class RegistryErrorText {
    Q_DECLARE_TR_FUNCTIONS(RegistryErrorText)
public:
    static QString forError(const RegistryError& error);
};

}  // namespace thaid::app
