#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace thaid::registry {

// Enrols fixture finger images into NBIS reference prints, as a card-issuing office would at
// card issuance: real libfprint on its virtual_image driver, fed by the virtual finger. The
// process must start with QT_NO_GLIB=1 and FP_VIRTUAL_IMAGE set (see thaid-registryd init).
class ReferenceEnroller {
public:
    ReferenceEnroller();
    ~ReferenceEnroller();
    ReferenceEnroller(const ReferenceEnroller&) = delete;
    ReferenceEnroller& operator=(const ReferenceEnroller&) = delete;

    // Serialized FpPrint (fp_print_serialize), enrolled from five placements of the image.
    Result<QByteArray, QString> enroll(const QString& pngPath);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

}  // namespace thaid::registry
