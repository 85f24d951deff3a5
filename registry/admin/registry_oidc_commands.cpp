// thaid-registryd client add|list|remove and oidc-keys rotate: an agency's registration as a
// relying party, and the ID-token keys.
#include "registry/admin/registry_commands.h"
#include "registry/base/registry_files.h"
#include "registry/base/registry_support.h"
#include "registry/oidc/oidc_provider.h"

#include <cstdio>

#include <QCommandLineParser>
#include <QDateTime>
#include <QRegularExpression>

namespace thaid::registry {

namespace {

struct Opened {
    std::unique_ptr<RegistryStore> store;
    QString error;
};

Opened openStore(QCommandLineParser& p, const QCommandLineOption& db,
                 const QCommandLineOption& dir) {
    if (!p.isSet(db) && !p.isSet(dir))
        return {nullptr, QStringLiteral("--db or --dir is required")};
    auto store = RegistryStore::open(p.isSet(db) ? p.value(db)
                                                 : RegistryFiles{QDir(p.value(dir))}.database());
    if (!store)
        return {nullptr, store.error()};
    return {std::move(store.value()), {}};
}

// An https URI, or http on loopback for an agency's own test set-up; no fragment.
bool acceptableRedirect(const QString& text) {
    const QUrl u(text, QUrl::StrictMode);
    if (!u.isValid() || u.host().isEmpty() || u.hasFragment())
        return false;
    return u.scheme() == QLatin1String("https") ||
           (u.scheme() == QLatin1String("http") &&
            (u.host() == QLatin1String("127.0.0.1") || u.host() == QLatin1String("localhost")));
}

}  // namespace

int runClient(const QStringList& args) {
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Registers agencies (OpenID Connect relying parties).\n"
        "  client add --id ID --name-th NAME --name-en NAME --redirect-uri URI [--redirect-uri "
        "URI…] [--scopes \"openid pid name …\"]   prints the secret, once\n"
        "  client list\n"
        "  client remove --id ID"));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("action"), QStringLiteral("add, list or remove"));
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("SQLite file or URL."),
                                QStringLiteral("LOCATION"));
    const QCommandLineOption dir(QStringLiteral("dir"), QStringLiteral("Registry folder."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption id(QStringLiteral("id"), QStringLiteral("Client ID."),
                                QStringLiteral("ID"));
    const QCommandLineOption nameTh(QStringLiteral("name-th"),
                                    QStringLiteral("The agency's name in Thai."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption nameEn(QStringLiteral("name-en"),
                                    QStringLiteral("The agency's name in English."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption redirect(QStringLiteral("redirect-uri"),
                                      QStringLiteral("Where codes go (exact match)."),
                                      QStringLiteral("URI"));
    const QCommandLineOption scopes(
        QStringLiteral("scopes"), QStringLiteral("Scopes it may ask for."), QStringLiteral("LIST"),
        OidcProvider::supportedScopes().join(QLatin1Char(' ')));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("list as JSON lines"));
    p.addOptions({db, dir, id, nameTh, nameEn, redirect, scopes, json});
    p.process(QStringList{QStringLiteral("thaid-registryd client")} + args);
    const QString action = p.positionalArguments().value(0);
    Opened opened = openStore(p, db, dir);
    if (!opened.store)
        return fail(opened.error);
    OidcStore oidc(*opened.store);
    if (action == QLatin1String("list")) {
        for (const OidcClient& c : oidc.clients())
            std::printf("%s\t%s\t%s\t%s\t%s\n", qPrintable(c.clientId), qPrintable(c.nameEn),
                        qPrintable(c.nameTh), qPrintable(c.redirectUris.join(QLatin1Char(','))),
                        qPrintable(c.scopes.join(QLatin1Char(' '))));
        return oidc.failed() ? fail(QStringLiteral("cannot read the clients")) : 0;
    }
    if (action == QLatin1String("remove")) {
        if (!p.isSet(id))
            return fail(QStringLiteral("client remove needs --id"));
        if (!oidc.removeClient(p.value(id)))
            return fail(QStringLiteral("no client %1").arg(p.value(id)));
        std::printf("removed %s\n", qPrintable(p.value(id)));
        return 0;
    }
    if (action != QLatin1String("add"))
        return fail(QStringLiteral("client takes add, list or remove"));
    static const QRegularExpression kId(QStringLiteral("^[A-Za-z0-9._-]{3,64}$"));
    if (!kId.match(p.value(id)).hasMatch())
        return fail(QStringLiteral("--id: 3 to 64 of A-Z a-z 0-9 . _ -"));
    if (p.value(nameTh).isEmpty() || p.value(nameEn).isEmpty())
        return fail(QStringLiteral("--name-th and --name-en are required: the phone shows them"));
    const QStringList uris = p.values(redirect);
    if (uris.isEmpty())
        return fail(QStringLiteral("at least one --redirect-uri is required"));
    for (const QString& u : uris) {
        if (!acceptableRedirect(u))
            return fail(
                QStringLiteral("%1: an https URI (http only on loopback), no fragment").arg(u));
    }
    const QStringList asked = p.value(scopes).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& s : asked) {
        if (!OidcProvider::supportedScopes().contains(s))
            return fail(QStringLiteral("unknown scope %1").arg(s));
    }
    if (!asked.contains(QStringLiteral("openid")))
        return fail(QStringLiteral("--scopes must include openid"));
    const QByteArray secret = base64Url(randomBytes(32));
    const OidcClient c{p.value(id),
                       sha256(secret),
                       p.value(nameTh),
                       p.value(nameEn),
                       uris,
                       asked,
                       QDateTime::currentMSecsSinceEpoch()};
    if (oidc.client(c.clientId))
        return fail(QStringLiteral("client %1 exists; remove it first").arg(c.clientId));
    if (!oidc.putClient(c))
        return fail(QStringLiteral("cannot store the client"));
    if (p.isSet(json))
        std::printf("{\"client_id\":\"%s\",\"client_secret\":\"%s\"}\n", qPrintable(c.clientId),
                    secret.constData());
    else
        std::printf("client_id %s\nclient_secret %s\n(the secret is shown only now)\n",
                    qPrintable(c.clientId), secret.constData());
    return 0;
}

int runOidcKeys(const QStringList& args) {
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "oidc-keys rotate: a new ID-token signing key now; the previous ones stay in the JWKS "
        "until no token they signed can still be valid.\noidc-keys list: the published keys."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("action"), QStringLiteral("rotate or list"));
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("SQLite file or URL."),
                                QStringLiteral("LOCATION"));
    const QCommandLineOption dir(QStringLiteral("dir"), QStringLiteral("Registry folder."),
                                 QStringLiteral("DIR"));
    p.addOptions({db, dir});
    p.process(QStringList{QStringLiteral("thaid-registryd oidc-keys")} + args);
    Opened opened = openStore(p, db, dir);
    if (!opened.store)
        return fail(opened.error);
    OidcStore oidc(*opened.store);
    const OidcSettings defaults;
    IdTokenKeyRing ring(oidc, defaults.keyRotationMs, defaults.tokenTtlMs + 24LL * 3600 * 1000,
                        [] { return QDateTime::currentMSecsSinceEpoch(); });
    const QString action = p.positionalArguments().value(0);
    if (action == QLatin1String("rotate")) {
        const auto key = ring.rotate();
        if (!key)
            return fail(QStringLiteral("cannot store a new key"));
        std::printf("signing with %s\n", qPrintable(key->kid()));
        return 0;
    }
    if (action != QLatin1String("list"))
        return fail(QStringLiteral("oidc-keys takes rotate or list"));
    for (const SigningKeyEntry& k : oidc.signingKeys())
        std::printf("%s\tcreated %s\t%s\n", qPrintable(k.kid), qPrintable(isoTime(k.createdAtMs)),
                    k.retiredAtMs ? "retired" : "published");
    return 0;
}

}  // namespace thaid::registry
