#pragma once

#include <optional>

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

namespace thaid::registry {

// What the OpenID Connect endpoints read from the network, parsed before anything is looked
// up: each parser takes any bytes and answers with nothing rather than a guess. (The phone's
// decision on a login is the contract's LoginDecision, protocol/wire/phone_messages.h.)

// application/x-www-form-urlencoded, where '+' is a space (QUrlQuery alone keeps it).
QUrlQuery parseForm(const QByteArray& body);

// HTTP Basic credentials as RFC 6749 §2.3.1 has a client send them: each half form-encoded.
struct ClientCredentials {
    QString clientId;
    QByteArray secret;
};
std::optional<ClientCredentials> parseBasicAuthorization(const QByteArray& header);

// One cookie's value from a Cookie header; empty when absent.
QByteArray cookieValue(const QByteArray& header, const QByteArray& name);

}  // namespace thaid::registry
