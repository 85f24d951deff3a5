#include "registry/http/http_limits.h"

#include <QSettings>

namespace thaid::registry {

HttpLimits HttpLimits::fromFile(const QString& path, QString* error) {
    HttpLimits l;
    QSettings ini(path, QSettings::IniFormat);
    if (ini.status() != QSettings::NoError) {
        *error = QStringLiteral("%1: cannot be read").arg(path);
        return l;
    }
    struct Key {
        const char* name;
        qint64 min;
        qint64 max;
        std::function<void(qint64)> set;
    };
    const Key keys[] = {
        {"max_request_line_bytes", 256, 65536, [&](qint64 v) { l.maxRequestLineBytes = int(v); }},
        {"max_header_count", 8, 512, [&](qint64 v) { l.maxHeaderCount = int(v); }},
        {"max_header_bytes", 1024, 1 << 20, [&](qint64 v) { l.maxHeaderBytes = int(v); }},
        {"max_body_bytes", 1024, 1 << 24, [&](qint64 v) { l.maxBodyBytes = v; }},
        {"handshake_timeout_ms", 100, 600000, [&](qint64 v) { l.handshakeTimeoutMs = int(v); }},
        {"header_timeout_ms", 100, 600000, [&](qint64 v) { l.headerTimeoutMs = int(v); }},
        {"body_timeout_ms", 100, 600000, [&](qint64 v) { l.bodyTimeoutMs = int(v); }},
        {"idle_timeout_ms", 100, 3600000, [&](qint64 v) { l.idleTimeoutMs = int(v); }},
        {"max_connections", 1, 1000000, [&](qint64 v) { l.maxConnections = int(v); }},
        {"max_connections_per_address", 1, 1000000,
         [&](qint64 v) { l.maxConnectionsPerAddress = int(v); }},
        {"max_long_polls", 1, 1000000, [&](qint64 v) { l.maxLongPolls = int(v); }},
        {"max_long_polls_per_address", 1, 1000000,
         [&](qint64 v) { l.maxLongPollsPerAddress = int(v); }},
    };
    ini.beginGroup(QStringLiteral("http"));
    for (const QString& k : ini.childKeys()) {
        const Key* key = nullptr;
        for (const Key& candidate : keys) {
            if (k == QLatin1String(candidate.name))
                key = &candidate;
        }
        bool ok = false;
        const qint64 v = ini.value(k).toLongLong(&ok);
        if (!key) {
            *error = QStringLiteral("%1: [http] %2 is not a known setting").arg(path, k);
        } else if (!ok || v < key->min || v > key->max) {
            *error = QStringLiteral("%1: [http] %2 must be a number from %3 to %4")
                         .arg(path, k)
                         .arg(key->min)
                         .arg(key->max);
        } else {
            key->set(v);
        }
    }
    return l;
}

}  // namespace thaid::registry
