#pragma once

#include "common/result.h"

#include <QString>

namespace thaid::app {

// Where the station's private key lives, as `registry/key` names it: a PEM file path, or
// "tpm:0x81000010", a persistent handle in the owner hierarchy of the machine's TPM 2.0.
struct StationKeyLocation {
    static constexpr quint32 kFirstOwnerHandle = 0x81000000;
    static constexpr quint32 kLastOwnerHandle = 0x817FFFFF;

    QString file;        // empty for a TPM key
    quint32 handle = 0;  // 0 for a file key
    QString tcti;        // how to reach the TPM (`tpm/tcti`); empty: the TSS default device

    bool inTpm() const { return handle != 0; }
    QString describe() const;  // "the TPM (handle 0x81000010)" or the file path

    static StationKeyLocation inFile(const QString& path) { return {path, 0, {}}; }
    // `value` is `registry/key`; a value starting "tpm:" must name a handle in the owner range.
    static Result<StationKeyLocation, QString> parse(const QString& value, const QString& tcti);
};

}  // namespace thaid::app
