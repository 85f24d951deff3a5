#include "protocol/wire/kiosk_requests.h"

#include "common/secure_wipe.h"
#include "protocol/exception_reason.h"

#include <array>

namespace thaid::protocol {

namespace {

FingerSample fingerSample(JsonFields& outer, const QJsonObject& o) {
    JsonFields f(o, {"finger", "sample"}, outer.unknown());
    static const QRegularExpression finger = oneOf(allIndexFingers(), indexFingerName);
    FingerSample v;
    v.finger = f.string("finger", 16, &finger);
    JsonFields image(f.object("sample"), {"width", "height", "pixels"}, outer.unknown());
    v.sample.width = static_cast<int>(image.integer("width", 16, 1024));
    v.sample.height = static_cast<int>(image.integer("height", 16, 1024));
    v.sample.pixels = image.base64("pixels", (kMaxSamplePixels + 2) / 3 * 4);
    if (!image.error() && !v.sample.isValid())
        image.fail(QStringLiteral("pixels"), QStringLiteral("must hold width × height bytes"));
    f.adopt(image.error());
    outer.adopt(f.error());
    return v;
}

}  // namespace

void FingerImage::wipe() {
    secureWipe(pixels);
    pixels.clear();
    width = height = 0;
}

std::span<const CancelReason> allCancelReasons() {
    static constexpr std::array all{CancelReason::CardRemoved, CancelReason::OfficerCancelled,
                                    CancelReason::NotScanned, CancelReason::Fault,
                                    CancelReason::IdleLock};
    return all;
}

QString cancelReasonName(CancelReason reason) {
    switch (reason) {
        case CancelReason::CardRemoved:
            return QStringLiteral("card_removed");
        case CancelReason::OfficerCancelled:
            return QStringLiteral("officer_cancelled");
        case CancelReason::NotScanned:
            return QStringLiteral("not_scanned");
        case CancelReason::Fault:
            return QStringLiteral("fault");
        case CancelReason::IdleLock:
            return QStringLiteral("idle_lock");
    }
    return {};
}

QJsonObject toJson(const FingerSample& v) {
    return {
        {QStringLiteral("finger"), v.finger},
        {QStringLiteral("sample"),
         QJsonObject{{QStringLiteral("width"), v.sample.width},
                     {QStringLiteral("height"), v.sample.height},
                     {QStringLiteral("pixels"), QString::fromLatin1(v.sample.pixels.toBase64())}}}};
}

QJsonObject toJson(const OfficerSignInRequest& v) {
    return {{QStringLiteral("officer_cid"), v.officerCid},
            {QStringLiteral("card_request_number"), v.cardRequestNumber},
            {QStringLiteral("fingerprint"), toJson(v.fingerprint)},
            {QStringLiteral("station_id"), static_cast<qint64>(v.stationId)}};
}

QJsonObject toJson(const OfficerSignOutRequest& v) {
    return {{QStringLiteral("officer_token"), v.officerToken}};
}

QJsonObject toJson(const CardCheckRequest& v) {
    return {{QStringLiteral("cid"), v.cid},
            {QStringLiteral("request_number"), v.requestNumber},
            {QStringLiteral("officer_token"), v.officerToken}};
}

QJsonObject toJson(const VerificationRequest& v) {
    return {{QStringLiteral("cid"), v.cid},
            {QStringLiteral("request_number"), v.requestNumber},
            {QStringLiteral("officer_token"), v.officerToken},
            {QStringLiteral("fingerprint"), toJson(v.fingerprint)}};
}

QJsonObject toJson(const ExceptionRequest& v) {
    return {{QStringLiteral("cid"), v.cid},
            {QStringLiteral("request_number"), v.requestNumber},
            {QStringLiteral("officer_token"), v.officerToken},
            {QStringLiteral("station_id"), static_cast<qint64>(v.stationId)},
            {QStringLiteral("reason"), v.reason},
            {QStringLiteral("supervisor_cid"), v.supervisorCid},
            {QStringLiteral("supervisor_card_request_number"), v.supervisorCardRequestNumber},
            {QStringLiteral("supervisor_fingerprint"), toJson(v.supervisorFingerprint)}};
}

QJsonObject toJson(const CreateSessionRequest& v) {
    QJsonObject o{{QStringLiteral("cid"), v.cid},
                  {QStringLiteral("request_number"), v.requestNumber},
                  {QStringLiteral("verification_id"), v.verificationId},
                  {QStringLiteral("officer_token"), v.officerToken},
                  {QStringLiteral("station_id"), static_cast<qint64>(v.stationId)}};
    if (!v.replacesBinding.isEmpty())
        o.insert(QStringLiteral("replaces_binding"), v.replacesBinding);
    return o;
}

QJsonObject toJson(const ConfirmationRequest& v) {
    return {{QStringLiteral("code"), v.code}};
}

QJsonObject toJson(const CancelRequest& v) {
    return {{QStringLiteral("reason"), cancelReasonName(v.reason)}};
}

QJsonObject toJson(const AuditRow& v) {
    QJsonObject o{{QStringLiteral("seq"), v.seq},
                  {QStringLiteral("at"), v.at},
                  {QStringLiteral("kind"), v.kind},
                  {QStringLiteral("hash"), v.hash},
                  {QStringLiteral("signature"), QString::fromLatin1(v.signature.toBase64())}};
    if (!v.citizenHmac.isEmpty())
        o.insert(QStringLiteral("citizen_hmac"), v.citizenHmac);
    if (!v.detail.isEmpty())
        o.insert(QStringLiteral("detail"), v.detail);
    if (!v.prevHash.isEmpty())
        o.insert(QStringLiteral("prev_hash"), v.prevHash);
    return o;
}

QJsonObject toJson(const AuditBatch& v) {
    QJsonArray rows;
    for (const AuditRow& row : v.rows)
        rows.append(toJson(row));
    return {{QStringLiteral("station_id"), static_cast<qint64>(v.stationId)},
            {QStringLiteral("rows"), rows}};
}

Result<OfficerSignInRequest, WireError> decodeOfficerSignInRequest(const QByteArray& body) {
    auto o = jsonObject(body, kMaxSampleBodyBytes);
    if (!o)
        return o.error();
    JsonFields f(o.value(), {"officer_cid", "card_request_number", "fingerprint", "station_id"},
                 kStrict);
    OfficerSignInRequest r;
    r.officerCid = f.citizenId("officer_cid");
    r.cardRequestNumber = f.string("card_request_number", 20);
    r.fingerprint = fingerSample(f, f.object("fingerprint"));
    r.stationId = static_cast<quint32>(f.integer("station_id", 1, kMaxStationId));
    return finish(f, r);
}

Result<OfficerSignOutRequest, WireError> decodeOfficerSignOutRequest(const QByteArray& body) {
    auto o = jsonObject(body, kMaxBodyBytes);
    if (!o)
        return o.error();
    JsonFields f(o.value(), {"officer_token"}, kStrict);
    OfficerSignOutRequest r;
    r.officerToken = f.string("officer_token", 48, &officerTokenForm());
    return finish(f, r);
}

Result<CardCheckRequest, WireError> decodeCardCheckRequest(const QByteArray& body) {
    auto o = jsonObject(body, kMaxBodyBytes);
    if (!o)
        return o.error();
    JsonFields f(o.value(), {"cid", "request_number", "officer_token"}, kStrict);
    CardCheckRequest r;
    r.cid = f.citizenId("cid");
    r.requestNumber = f.string("request_number", 20);
    r.officerToken = f.string("officer_token", 48, &officerTokenForm());
    return finish(f, r);
}

Result<VerificationRequest, WireError> decodeVerificationRequest(const QByteArray& body) {
    auto o = jsonObject(body, kMaxSampleBodyBytes);
    if (!o)
        return o.error();
    JsonFields f(o.value(), {"cid", "request_number", "officer_token", "fingerprint"}, kStrict);
    VerificationRequest r;
    r.cid = f.citizenId("cid");
    r.requestNumber = f.string("request_number", 20);
    r.officerToken = f.string("officer_token", 48, &officerTokenForm());
    r.fingerprint = fingerSample(f, f.object("fingerprint"));
    return finish(f, r);
}

Result<ExceptionRequest, WireError> decodeExceptionRequest(const QByteArray& body) {
    auto o = jsonObject(body, kMaxSampleBodyBytes);
    if (!o)
        return o.error();
    JsonFields f(o.value(),
                 {"cid", "request_number", "officer_token", "station_id", "reason",
                  "supervisor_cid", "supervisor_card_request_number", "supervisor_fingerprint"},
                 kStrict);
    static const QRegularExpression reason = oneOf(allExceptionReasons(), exceptionReasonName);
    ExceptionRequest r;
    r.cid = f.citizenId("cid");
    r.requestNumber = f.string("request_number", 20);
    r.officerToken = f.string("officer_token", 48, &officerTokenForm());
    r.stationId = static_cast<quint32>(f.integer("station_id", 1, kMaxStationId));
    r.reason = f.string("reason", 32, &reason);
    r.supervisorCid = f.citizenId("supervisor_cid");
    r.supervisorCardRequestNumber = f.string("supervisor_card_request_number", 20);
    r.supervisorFingerprint = fingerSample(f, f.object("supervisor_fingerprint"));
    return finish(f, r);
}

Result<CreateSessionRequest, WireError> decodeCreateSessionRequest(const QByteArray& body) {
    auto o = jsonObject(body, kMaxBodyBytes);
    if (!o)
        return o.error();
    JsonFields f(o.value(),
                 {"cid", "request_number", "verification_id", "officer_token", "station_id",
                  "replaces_binding"},
                 kStrict);
    CreateSessionRequest r;
    r.cid = f.citizenId("cid");
    r.requestNumber = f.string("request_number", 20);
    r.verificationId = f.string("verification_id", 32, &hex32Form());
    r.officerToken = f.string("officer_token", 48, &officerTokenForm());
    r.stationId = static_cast<quint32>(f.integer("station_id", 1, kMaxStationId));
    r.replacesBinding = f.optionalString("replaces_binding", 32, &hex32Form());
    return finish(f, r);
}

Result<ConfirmationRequest, WireError> decodeConfirmationRequest(const QByteArray& body) {
    auto o = jsonObject(body, kMaxBodyBytes);
    if (!o)
        return o.error();
    JsonFields f(o.value(), {"code"}, kStrict);
    static const QRegularExpression sixDigits(QStringLiteral("^[0-9]{6}$"));
    ConfirmationRequest r;
    r.code = f.string("code", 6, &sixDigits);
    return finish(f, r);
}

Result<CancelRequest, WireError> decodeCancelRequest(const QByteArray& body) {
    auto o = jsonObject(body, kMaxBodyBytes);
    if (!o)
        return o.error();
    JsonFields f(o.value(), {"reason"}, kStrict);
    const QString name = f.string("reason", 32);
    CancelRequest r;
    bool known = false;
    for (CancelReason reason : allCancelReasons()) {
        if (cancelReasonName(reason) == name) {
            r.reason = reason;
            known = true;
        }
    }
    if (!known)
        f.fail(QStringLiteral("reason"), QStringLiteral("has the wrong form"));
    return finish(f, r);
}

Result<AuditBatch, WireError> decodeAuditBatch(const QByteArray& body) {
    auto o = jsonObject(body, kMaxAuditBodyBytes);
    if (!o)
        return o.error();
    JsonFields f(o.value(), {"station_id", "rows"}, kStrict);
    AuditBatch r;
    r.stationId = static_cast<quint32>(f.integer("station_id", 1, kMaxStationId));
    const QJsonArray rows = f.array("rows", kMaxAuditRows);
    for (const QJsonValue v : rows) {
        if (!v.isObject()) {
            f.fail(QStringLiteral("rows"), QStringLiteral("must hold objects"));
            break;
        }
        JsonFields rf(
            v.toObject(),
            {"seq", "at", "kind", "citizen_hmac", "detail", "prev_hash", "hash", "signature"},
            kStrict);
        AuditRow row;
        row.seq = rf.integer("seq", 1, (1LL << 53));
        row.at = rf.string("at", 40);
        row.kind = rf.string("kind", 64);
        row.citizenHmac = rf.optionalString("citizen_hmac", 64, &hex64Form());
        row.detail = rf.optionalString("detail", 500);
        row.prevHash = rf.optionalString("prev_hash", 64, &hex64Form());
        row.hash = rf.string("hash", 64, &hex64Form());
        row.signature = rf.base64("signature", 160);
        f.adopt(rf.error());
        r.rows.append(row);
    }
    return finish(f, r);
}

std::optional<QByteArray> decodeSessionId(QStringView text) {
    if (!hex32Form().match(text.toString()).hasMatch())
        return std::nullopt;
    return QByteArray::fromHex(text.toLatin1());
}

}  // namespace thaid::protocol
