#include "station_key/station_key_location.h"

#include <QRegularExpression>

namespace thaid::app {

QString StationKeyLocation::describe() const {
    if (!inTpm())
        return file;
    return QStringLiteral("tpm:0x%1").arg(handle, 8, 16, QLatin1Char('0'));
}

Result<StationKeyLocation, QString> StationKeyLocation::parse(const QString& value,
                                                              const QString& tcti) {
    StationKeyLocation l;
    l.tcti = tcti;
    if (!value.startsWith(QLatin1String("tpm:"))) {
        l.file = value;
        return l;
    }
    static const QRegularExpression hex(QStringLiteral("^0x[0-9a-fA-F]{8}$"));
    const QString number = value.mid(4);
    bool ok = false;
    const uint handle = hex.match(number).hasMatch() ? number.mid(2).toUInt(&ok, 16) : 0;
    if (!ok || handle < kFirstOwnerHandle || handle > kLastOwnerHandle)
        return QStringLiteral(
                   "\"%1\" is not a TPM persistent handle: write tpm:0x81000000 to "
                   "tpm:0x817fffff")
            .arg(value);
    l.handle = handle;
    return l;
}

}  // namespace thaid::app
