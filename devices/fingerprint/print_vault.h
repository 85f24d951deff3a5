#pragma once

#include "common/result.h"
#include "fingerprint/fingerprint_types.h"

#include <QByteArray>
#include <QString>

namespace thaid::fingerprint {

// Prints at rest: AES-256-GCM under a 32-byte key kept in a file readable only by its owner.
// File format: "TFP1" | 12-byte nonce | ciphertext | 16-byte tag, with "TFP1" as associated data.
class PrintVault {
public:
    // Loads the key; with create=true, makes a new random key (mode 0600) if the file is missing.
    static Result<PrintVault, FingerprintError> open(const QString& keyPath, bool create);
    ~PrintVault();
    PrintVault(PrintVault&&) noexcept;
    PrintVault(const PrintVault&) = delete;
    PrintVault& operator=(const PrintVault&) = delete;
    PrintVault& operator=(PrintVault&&) = delete;

    Result<QByteArray, FingerprintError> seal(const QByteArray& plain) const;
    // WrongKey when the tag does not verify (another key, or altered bytes); CorruptPrint when
    // the envelope itself is malformed.
    Result<QByteArray, FingerprintError> open(const QByteArray& sealed) const;

    Result<bool, FingerprintError> writeFile(const QString& path, const QByteArray& plain) const;
    Result<QByteArray, FingerprintError> readFile(const QString& path) const;

private:
    explicit PrintVault(QByteArray key) : m_key(std::move(key)) {}
    QByteArray m_key;
};

}  // namespace thaid::fingerprint
