#include "protocol/registry_error.h"

namespace thaid::protocol {

QString registryErrorKindId(RegistryErrorKind kind) {
    switch (kind) {
        case RegistryErrorKind::Unreachable:
            return QStringLiteral("registry_unreachable");
        case RegistryErrorKind::Tls:
            return QStringLiteral("registry_tls");
        case RegistryErrorKind::Rejected:
            return QStringLiteral("registry_rejected");
        case RegistryErrorKind::ServerError:
            return QStringLiteral("registry_server_error");
        case RegistryErrorKind::MalformedAnswer:
            return QStringLiteral("registry_malformed_answer");
        case RegistryErrorKind::Timeout:
            return QStringLiteral("registry_timeout");
        case RegistryErrorKind::UntrustedQr:
            return QStringLiteral("registry_untrusted_qr");
    }
    return {};
}

}  // namespace thaid::protocol
