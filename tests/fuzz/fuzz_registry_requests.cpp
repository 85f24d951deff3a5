// libFuzzer target: request bodies and session IDs as the registry receives them from kiosks
// and phones, and what agencies and phones send the OpenID Connect endpoints (the phone's
// decision, forms, Basic credentials, the login cookie), through every parser of the registry
// API. The first byte picks the parser.
#include "protocol/wire/kiosk_requests.h"
#include "protocol/wire/phone_messages.h"
#include "registry/oidc/oidc_requests.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace thaid::protocol;
    using namespace thaid::registry;
    if (size == 0)
        return 0;
    const QByteArray body(reinterpret_cast<const char*>(data + 1),
                          static_cast<qsizetype>(size - 1));
    switch (data[0] % 17) {
        case 0:
            (void)decodeOfficerSignInRequest(body);
            break;
        case 1:
            (void)decodeCardCheckRequest(body);
            break;
        case 2:
            (void)decodeCreateSessionRequest(body);
            break;
        case 3:
            (void)decodeConfirmationRequest(body);
            break;
        case 4:
            (void)decodeCancelRequest(body);
            break;
        case 5:
            (void)decodeAuditBatch(body);
            break;
        case 6:
            (void)decodeClaimRequest(body);
            break;
        case 7:
            (void)decodeBindRequest(body);
            break;
        case 8:
            (void)decodeCompleteRequest(body);
            break;
        case 9:
            (void)decodeVerificationRequest(body);
            break;
        case 10:
            (void)decodeOfficerSignOutRequest(body);
            break;
        case 11:
            (void)decodeExceptionRequest(body);
            break;
        case 12:
            (void)decodeLoginDecision(body);
            break;
        case 13:
            (void)parseForm(body).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
            break;
        case 14:
            (void)parseBasicAuthorization(body);
            break;
        case 15:
            (void)cookieValue(body, "thaid_login_0123456789abcdef");
            break;
        default:
            (void)decodeSessionId(QString::fromUtf8(body));
            break;
    }
    return 0;
}
