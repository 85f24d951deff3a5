#include "common/secure_wipe.h"

#include <openssl/crypto.h>

namespace thaid {

void secureWipe(QByteArray& bytes) {
    if (!bytes.isEmpty() && !bytes.isDetached()) {
        // Another copy shares this buffer; wiping it would corrupt the other owner, and the
        // other owner is responsible for its own wipe.
        bytes.clear();
        return;
    }
    if (!bytes.isEmpty()) {
        OPENSSL_cleanse(bytes.data(), static_cast<size_t>(bytes.size()));
    }
    bytes.clear();
}

void secureWipe(QString& text) {
    if (!text.isEmpty() && text.isDetached()) {
        OPENSSL_cleanse(text.data(), static_cast<size_t>(text.size()) * sizeof(QChar));
    }
    text.clear();
}

}  // namespace thaid
