#include "registry/oidc/oidc_provider.h"

#include <QSettings>

namespace thaid::registry {

OidcSettings OidcSettings::fromFile(const QString& path, QString* error) {
    OidcSettings s;
    QSettings ini(path, QSettings::IniFormat);
    ini.beginGroup(QStringLiteral("oidc"));
    struct Key {
        const char* name;
        qint64 min, max, unitMs;
        qint64* target;
    };
    const Key keys[] = {
        {"request_seconds", 1, 3600, 1000, &s.requestTtlMs},
        {"code_seconds", 1, 600, 1000, &s.codeTtlMs},
        {"token_seconds", 1, 86400, 1000, &s.tokenTtlMs},
        {"key_rotation_days", 1, 365, 24LL * 3600 * 1000, &s.keyRotationMs},
    };
    for (const QString& k : ini.childKeys()) {
        if (k == QLatin1String("issuer")) {
            s.issuer = ini.value(k).toString();
            continue;
        }
        const Key* key = nullptr;
        for (const Key& candidate : keys) {
            if (k == QLatin1String(candidate.name))
                key = &candidate;
        }
        bool ok = false;
        const qint64 v = ini.value(k).toLongLong(&ok);
        if (!key)
            *error = QStringLiteral("%1: [oidc] %2 is not a known setting").arg(path, k);
        else if (!ok || v < key->min || v > key->max)
            *error = QStringLiteral("%1: [oidc] %2 must be a number from %3 to %4")
                         .arg(path, k)
                         .arg(key->min)
                         .arg(key->max);
        else
            *key->target = v * key->unitMs;
    }
    return s;
}

}  // namespace thaid::registry
