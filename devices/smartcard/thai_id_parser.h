#pragma once

#include "smartcard/thai_id_record.h"

#include <QByteArray>

namespace thaid::card {

// Pure functions from card bytes to the record. They never fail: whatever is wrong becomes a
// DataIssue, so a hostile card cannot crash the kiosk (see tests/fuzz).
ThaiIdIdentity parseIdentity(const QByteArray& textRegion, QList<DataIssue>* issues);
void parseAddressBlock(const QByteArray& block, ThaiAddress* address, QString* photoNumber,
                       QList<DataIssue>* issues);
// photoRegion starts at the photo offset; returns SOI..EOI or empty with an issue.
QByteArray extractPhoto(const QByteArray& photoRegion, QList<DataIssue>* issues);
// The whole file image from offset 0, as one read would return it.
ThaiIdRecord parseThaiIdFile(const QByteArray& image);

}  // namespace thaid::card
