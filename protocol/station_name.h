#pragma once

#include <QString>

namespace thaid::protocol {

// A station's name in its client certificate's common name: "station-<id>".
QString stationCommonName(quint32 stationId);

// "station-<id>" from a certificate's common name, exactly: digits without leading zeros,
// nothing before or after, within 32 bits. 0 if it is not one, so "station-0010501",
// "station- 10501" and "station-10501 " never pass for station 10501.
quint32 stationIdFromCommonName(const QString& commonName);

}  // namespace thaid::protocol
