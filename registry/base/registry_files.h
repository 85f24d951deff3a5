#pragma once

#include <QDir>
#include <QString>

namespace thaid::registry {

// Where `thaid-registryd init` puts what it creates, and where `serve --dir` finds it.
struct RegistryFiles {
    QDir dir;

    QString caCertificate() const { return dir.filePath(QStringLiteral("ca.pem")); }
    QString caKey() const { return dir.filePath(QStringLiteral("ca-key.pem")); }
    QString serverCertificate() const { return dir.filePath(QStringLiteral("server.pem")); }
    QString serverKey() const { return dir.filePath(QStringLiteral("server-key.pem")); }
    QString signingKey() const { return dir.filePath(QStringLiteral("signing-key.pem")); }
    // The raw Ed25519 public key in hex: what kiosks and phones are given to trust.
    QString signingPublicKey() const { return dir.filePath(QStringLiteral("signing-key.pub")); }
    // nginx's client certificate for the hop to the registry processes (DemoPki::issueProxy).
    QString proxyCertificate() const { return dir.filePath(QStringLiteral("proxy.pem")); }
    QString proxyKey() const { return dir.filePath(QStringLiteral("proxy-key.pem")); }
    static QString proxyName() { return QStringLiteral("thaid-proxy"); }
    QString database() const { return dir.filePath(QStringLiteral("registry.db")); }
    QString stationCertificate(quint32 id) const {
        return dir.filePath(QStringLiteral("stations/station-%1.pem").arg(id));
    }
    QString stationKey(quint32 id) const {
        return dir.filePath(QStringLiteral("stations/station-%1-key.pem").arg(id));
    }
};

}  // namespace thaid::registry
