#include "fingerprint/print_vault.h"

#include "common/secure_wipe.h"

#include <memory>

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <openssl/evp.h>
#include <openssl/rand.h>
#include <sys/stat.h>

namespace thaid::fingerprint {

namespace {

const QByteArray kMagic("TFP1");
constexpr int kKeyBytes = 32;
constexpr int kNonceBytes = 12;
constexpr int kTagBytes = 16;

using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

FingerprintError keyError(const QString& detail) {
    return {FingerprintErrorCode::KeyFileError, detail};
}

}  // namespace

Result<PrintVault, FingerprintError> PrintVault::open(const QString& keyPath, bool create) {
    QFile f(keyPath);
    if (!f.exists()) {
        if (!create) {
            return keyError(QStringLiteral("key file %1 does not exist").arg(keyPath));
        }
        QByteArray key(kKeyBytes, '\0');
        if (RAND_bytes(reinterpret_cast<unsigned char*>(key.data()), kKeyBytes) != 1) {
            return keyError(QStringLiteral("no randomness for a new key"));
        }
        const mode_t old = umask(0077);
        QSaveFile out(keyPath);
        const bool ok =
            out.open(QIODevice::WriteOnly) && out.write(key) == kKeyBytes && out.commit();
        umask(old);
        if (!ok) {
            secureWipe(key);
            return keyError(QStringLiteral("cannot write key file %1").arg(keyPath));
        }
        QFile::setPermissions(keyPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return PrintVault(key);
    }
    const QFileDevice::Permissions p = QFileInfo(keyPath).permissions();
    if (p & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther |
             QFileDevice::WriteOther)) {
        return keyError(
            QStringLiteral("key file %1 is readable by others; chmod 600 it").arg(keyPath));
    }
    if (!f.open(QIODevice::ReadOnly)) {
        return keyError(QStringLiteral("cannot read key file %1").arg(keyPath));
    }
    QByteArray key = f.readAll();
    if (key.size() != kKeyBytes) {
        secureWipe(key);
        return keyError(QStringLiteral("key file %1 does not hold a 32-byte key").arg(keyPath));
    }
    return PrintVault(key);
}

PrintVault::PrintVault(PrintVault&& o) noexcept : m_key(std::move(o.m_key)) {}

PrintVault::~PrintVault() {
    secureWipe(m_key);
}

Result<QByteArray, FingerprintError> PrintVault::seal(const QByteArray& plain) const {
    QByteArray out = kMagic;
    QByteArray nonce(kNonceBytes, '\0');
    // A GCM nonce used twice under one key gives the key away: never seal without a fresh one.
    if (RAND_bytes(reinterpret_cast<unsigned char*>(nonce.data()), kNonceBytes) != 1)
        return keyError(QStringLiteral("no randomness for the nonce"));
    out += nonce;
    CipherCtx ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    QByteArray cipher(plain.size(), '\0');
    int len = 0;
    int total = 0;
    bool ok =
        ctx && EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr,
                                  reinterpret_cast<const unsigned char*>(m_key.constData()),
                                  reinterpret_cast<const unsigned char*>(nonce.constData())) == 1;
    ok = ok && EVP_EncryptUpdate(ctx.get(), nullptr, &len,
                                 reinterpret_cast<const unsigned char*>(kMagic.constData()),
                                 static_cast<int>(kMagic.size())) == 1;
    ok = ok && EVP_EncryptUpdate(ctx.get(), reinterpret_cast<unsigned char*>(cipher.data()), &len,
                                 reinterpret_cast<const unsigned char*>(plain.constData()),
                                 static_cast<int>(plain.size())) == 1;
    total = len;
    ok = ok && EVP_EncryptFinal_ex(
                   ctx.get(), reinterpret_cast<unsigned char*>(cipher.data()) + total, &len) == 1;
    QByteArray tag(kTagBytes, '\0');
    ok = ok && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagBytes, tag.data()) == 1;
    if (!ok) {
        return keyError(QStringLiteral("encryption failed"));
    }
    return out + cipher + tag;
}

Result<QByteArray, FingerprintError> PrintVault::open(const QByteArray& sealed) const {
    if (sealed.size() < kMagic.size() + kNonceBytes + kTagBytes || !sealed.startsWith(kMagic)) {
        return FingerprintError{FingerprintErrorCode::CorruptPrint,
                                QStringLiteral("not a sealed print")};
    }
    const QByteArray nonce = sealed.mid(kMagic.size(), kNonceBytes);
    const QByteArray cipher = sealed.mid(kMagic.size() + kNonceBytes,
                                         sealed.size() - kMagic.size() - kNonceBytes - kTagBytes);
    QByteArray tag = sealed.right(kTagBytes);
    CipherCtx ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    QByteArray plain(cipher.size(), '\0');
    int len = 0;
    bool ok =
        ctx && EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr,
                                  reinterpret_cast<const unsigned char*>(m_key.constData()),
                                  reinterpret_cast<const unsigned char*>(nonce.constData())) == 1;
    ok = ok && EVP_DecryptUpdate(ctx.get(), nullptr, &len,
                                 reinterpret_cast<const unsigned char*>(kMagic.constData()),
                                 static_cast<int>(kMagic.size())) == 1;
    ok = ok && EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char*>(plain.data()), &len,
                                 reinterpret_cast<const unsigned char*>(cipher.constData()),
                                 static_cast<int>(cipher.size())) == 1;
    const int total = len;
    ok = ok && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagBytes, tag.data()) == 1;
    ok = ok && EVP_DecryptFinal_ex(
                   ctx.get(), reinterpret_cast<unsigned char*>(plain.data()) + total, &len) == 1;
    if (!ok) {
        secureWipe(plain);
        return FingerprintError{
            FingerprintErrorCode::WrongKey,
            QStringLiteral("the print does not open with this key (another key, or altered)")};
    }
    return plain;
}

Result<bool, FingerprintError> PrintVault::writeFile(const QString& path,
                                                     const QByteArray& plain) const {
    auto sealed = seal(plain);
    if (!sealed) {
        return sealed.error();
    }
    const mode_t old = umask(0077);
    QSaveFile out(path);
    const bool ok = out.open(QIODevice::WriteOnly) &&
                    out.write(sealed.value()) == sealed.value().size() && out.commit();
    umask(old);
    if (!ok) {
        return keyError(QStringLiteral("cannot write %1").arg(path));
    }
    return true;
}

Result<QByteArray, FingerprintError> PrintVault::readFile(const QString& path) const {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return FingerprintError{FingerprintErrorCode::CorruptPrint,
                                QStringLiteral("cannot read %1").arg(path)};
    }
    return open(f.readAll());
}

}  // namespace thaid::fingerprint
