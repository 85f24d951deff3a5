#include "protocol/station_name.h"

#include <QRegularExpression>

namespace thaid::protocol {

QString stationCommonName(quint32 stationId) {
    return QStringLiteral("station-%1").arg(stationId);
}

quint32 stationIdFromCommonName(const QString& commonName) {
    static const QRegularExpression exact(QStringLiteral("^station-([1-9][0-9]{0,9})$"));
    const auto m = exact.match(commonName);
    if (!m.hasMatch())
        return 0;
    bool ok = false;
    const qulonglong id = m.captured(1).toULongLong(&ok);
    return ok && id <= 0xffffffffULL ? static_cast<quint32>(id) : 0;
}

}  // namespace thaid::protocol
