// The wire types' codecs held to the OpenAPI document (protocol/api/registry-api.yaml, read as
// JSON): for every schema with a codec, the encoder writes exactly the documented properties and
// always the required ones, the decoder takes what the encoder writes, refuses the body without
// any one required property and takes it without any optional one; the registry's decoders also
// refuse a property the document does not list.
#include "protocol/wire/kiosk_answers.h"
#include "protocol/wire/kiosk_requests.h"
#include "protocol/wire/phone_messages.h"

#include <functional>
#include <set>
#include <string>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace thaid::protocol;
using thaid::Result;

namespace {

using Keys = std::set<std::string>;

QJsonObject schemas() {
    QFile f(QStringLiteral(THAID_API_DOCUMENT_JSON));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll())
        .object()
        .value(QStringLiteral("components"))
        .toObject()
        .value(QStringLiteral("schemas"))
        .toObject();
}

Keys keysOf(const QJsonObject& o) {
    Keys k;
    for (auto it = o.begin(); it != o.end(); ++it)
        k.insert(it.key().toStdString());
    return k;
}

Keys documented(const char* schema, const char* part) {
    const QJsonObject s = schemas().value(QLatin1String(schema)).toObject();
    if (QLatin1String(part) == QLatin1String("required")) {
        Keys k;
        for (const QJsonValue v : s.value(QStringLiteral("required")).toArray())
            k.insert(v.toString().toStdString());
        return k;
    }
    return keysOf(s.value(QStringLiteral("properties")).toObject());
}

QByteArray bytes(const QJsonObject& o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// One schema's codec: a value with every field set, one with only what is required, and
// whether the decoder takes a body.
struct Codec {
    const char* schema;
    QJsonObject full;
    QJsonObject minimal;
    std::function<bool(const QByteArray&)> decodes;
    bool refusesUnknown;  // the registry's side reads strictly
    // Optional in the schema but required under a condition its description states ("present
    // exactly when status is latest"): the full value meets the condition, the minimal one not.
    Keys conditional = {};
};

template <typename T>
std::function<bool(const QByteArray&)> request(Result<T, WireError> (*decode)(const QByteArray&)) {
    return [decode](const QByteArray& b) { return decode(b).ok(); };
}

template <typename T>
std::function<bool(const QByteArray&)> answer(Result<T, WireError> (*decode)(const QJsonObject&)) {
    return [decode](const QByteArray& b) {
        const QJsonDocument doc = QJsonDocument::fromJson(b);
        return doc.isObject() && decode(doc.object()).ok();
    };
}

const QString kCid = QStringLiteral("1101700230708");
const QString kToken = QString::fromLatin1(QByteArray(24, '\xab').toHex());
const QString kId = QStringLiteral("0123456789abcdef0123456789abcdef");
const QString kHash = QString(64, QLatin1Char('a'));
const QDateTime kTime = QDateTime::fromMSecsSinceEpoch(1796601600000LL, Qt::UTC);

FingerSample finger() {
    return {QStringLiteral("right-index"), FingerImage{16, 16, QByteArray(256, '\x42')}};
}

AuditRow row(bool full) {
    AuditRow r{1,
               QStringLiteral("2026-12-07T10:00:00.000Z"),
               QStringLiteral("card_read"),
               {},
               {},
               {},
               kHash,
               QByteArray(70, '\x30')};
    if (full) {
        r.citizenHmac = kHash;
        r.detail = QStringLiteral("officer 7");
        r.prevHash = kHash;
    }
    return r;
}

BoundPhone phone() {
    return {kId,
            kTime,
            10501,
            QStringLiteral("สำนักงานเขตบางรัก"),
            QStringLiteral("Bang Rak"),
            QStringLiteral("high"),
            {QStringLiteral("bound_recently_here")}};
}

std::vector<Codec> codecs() {
    const QByteArray key(91, '\x04');
    const QString qr(148, QLatin1Char('Q'));
    return {
        {"OfficerSignInRequest",
         toJson(OfficerSignInRequest{kCid, QStringLiteral("1"), finger(), 7}),
         toJson(OfficerSignInRequest{kCid, QStringLiteral("1"), finger(), 7}),
         request(decodeOfficerSignInRequest), true},
        {"OfficerSignOutRequest", toJson(OfficerSignOutRequest{kToken}),
         toJson(OfficerSignOutRequest{kToken}), request(decodeOfficerSignOutRequest), true},
        {"CardCheckRequest", toJson(CardCheckRequest{kCid, QStringLiteral("1"), kToken}),
         toJson(CardCheckRequest{kCid, QStringLiteral("1"), kToken}),
         request(decodeCardCheckRequest), true},
        {"VerificationRequest",
         toJson(VerificationRequest{kCid, QStringLiteral("1"), kToken, finger()}),
         toJson(VerificationRequest{kCid, QStringLiteral("1"), kToken, finger()}),
         request(decodeVerificationRequest), true},
        {"ExceptionRequest",
         toJson(ExceptionRequest{kCid, QStringLiteral("1"), kToken, 7,
                                 QStringLiteral("fingers_worn"), QStringLiteral("3100400123456"),
                                 QStringLiteral("2"), finger()}),
         toJson(ExceptionRequest{kCid, QStringLiteral("1"), kToken, 7,
                                 QStringLiteral("fingers_worn"), QStringLiteral("3100400123456"),
                                 QStringLiteral("2"), finger()}),
         request(decodeExceptionRequest), true},
        {"CreateSessionRequest",
         toJson(CreateSessionRequest{kCid, QStringLiteral("1"), kId, kToken, 7, kId}),
         toJson(CreateSessionRequest{kCid, QStringLiteral("1"), kId, kToken, 7, {}}),
         request(decodeCreateSessionRequest), true},
        {"ConfirmationRequest", toJson(ConfirmationRequest{QStringLiteral("123456")}),
         toJson(ConfirmationRequest{QStringLiteral("123456")}), request(decodeConfirmationRequest),
         true},
        {"CancelRequest", toJson(CancelRequest{CancelReason::CardRemoved}),
         toJson(CancelRequest{CancelReason::Fault}), request(decodeCancelRequest), true},
        {"AuditBatch", toJson(AuditBatch{7, {row(true)}}), toJson(AuditBatch{7, {row(false)}}),
         request(decodeAuditBatch), true},
        {"ClaimRequest", toJson(ClaimRequest{qr, kCid, QStringLiteral("2026.1"), key}),
         toJson(ClaimRequest{qr, kCid, QStringLiteral("2026.1"), key}), request(decodeClaimRequest),
         true},
        {"BindRequest", toJson(BindRequest{key, true}), toJson(BindRequest{key, true}),
         request(decodeBindRequest), true},
        {"CompleteRequest", toJson(CompleteRequest{}), toJson(CompleteRequest{}),
         request(decodeCompleteRequest), true},

        {"OfficerSession", toJson(OfficerSession{kToken, QStringLiteral("Kanya"), kTime}),
         toJson(OfficerSession{kToken, QStringLiteral("Kanya"), kTime}),
         answer(decodeOfficerSession), false},
        {"SignOutResult", toJson(SignOutResult{true}), toJson(SignOutResult{true}),
         answer(decodeSignOutResult), false},
        {"CardCheckResult",
         toJson(CardCheckResult{CardStatus::Latest, phone()}),
         toJson(CardCheckResult{CardStatus::Revoked, std::nullopt}),
         answer(decodeCardCheckResult),
         false,
         {"binding"}},
        {"VerificationResult",
         toJson(VerificationResult{true, kId, 2}),
         toJson(VerificationResult{false, {}, 2}),
         answer(decodeVerificationResult),
         false,
         {"verification_id"}},
        {"ExceptionGrant", toJson(ExceptionGrant{kId, 3}), toJson(ExceptionGrant{kId, 0}),
         answer(decodeExceptionGrant), false},
        {"Session",
         toJson(Session{kId, SessionState::Cancelled, 3, QStringLiteral("claimed"), 2, kTime,
                        ErrorCode::BindingChanged}),
         toJson(Session{kId, SessionState::Created, 0, {}, -1, kTime, {}}), answer(decodeSession),
         false},
        {"QrFrame", toJson(SessionQr{qr, kTime, kTime, kTime}),
         toJson(SessionQr{qr, kTime, kTime, kTime}), answer(decodeSessionQr), false},
        {"KioskStatus", toJson(KioskStatus{7, kTime, 12}), toJson(KioskStatus{7, kTime, {}}),
         answer(decodeKioskStatus), false},
        {"AuditAck",
         toJson(AuditAck{4, kHash}),
         toJson(AuditAck{0, {}}),
         answer(decodeAuditAck),
         false,
         {"acknowledged_hash"}},
        {"ClaimResult", toJson(ClaimResult{kId, QByteArray(32, '\x07'), SessionState::Claimed}),
         toJson(ClaimResult{kId, QByteArray(32, '\x07'), SessionState::Claimed}),
         answer(decodeClaimResult), false},
        {"PhoneSessionStatus", toJson(PhoneSessionStatus{kId, SessionState::Bound, 5}),
         toJson(PhoneSessionStatus{kId, SessionState::Bound, 5}), answer(decodePhoneSessionStatus),
         false},
        {"LoginDecision", toJson(LoginDecision{true, QByteArray(32, '\x09')}),
         toJson(LoginDecision{false, QByteArray(32, '\x09')}), request(decodeLoginDecision), true},
        {"LoginOffer",
         toJson(LoginOffer{kId,
                           QStringLiteral("agency"),
                           QStringLiteral("กรมที่ดิน"),
                           QStringLiteral("Land Department"),
                           {QStringLiteral("openid")},
                           QStringLiteral("123456"),
                           QByteArray(32, '\x09'),
                           kTime,
                           kTime}),
         toJson(LoginOffer{kId,
                           QStringLiteral("agency"),
                           QStringLiteral("กรมที่ดิน"),
                           QStringLiteral("Land Department"),
                           {},
                           QStringLiteral("123456"),
                           QByteArray(32, '\x09'),
                           kTime,
                           kTime}),
         answer(decodeLoginOffer), false},
        {"DeviceStatus", toJson(DeviceStatus{kTime, QStringLiteral("high")}),
         toJson(DeviceStatus{kTime, QStringLiteral("substantial")}), answer(decodeDeviceStatus),
         false},
    };
}

}  // namespace

TEST(WireCodecs, TheDocumentIsReadable) {
    ASSERT_GT(schemas().size(), 30) << THAID_API_DOCUMENT_JSON;
}

TEST(WireCodecs, EncodersWriteExactlyTheDocumentedProperties) {
    for (const Codec& c : codecs()) {
        SCOPED_TRACE(c.schema);
        const Keys properties = documented(c.schema, "properties");
        ASSERT_FALSE(properties.empty());
        EXPECT_EQ(keysOf(c.full), properties) << "a value with every field set";
        const Keys minimal = keysOf(c.minimal);
        for (const std::string& k : c.conditional) {
            EXPECT_TRUE(properties.count(k)) << k;
            EXPECT_FALSE(documented(c.schema, "required").count(k)) << k << " is plainly required";
        }
        for (const std::string& k : documented(c.schema, "required"))
            EXPECT_TRUE(minimal.count(k)) << "the minimal value lacks required " << k;
        for (const std::string& k : minimal)
            EXPECT_TRUE(properties.count(k)) << k << " is not in the document";
    }
}

TEST(WireCodecs, DecodersRequireExactlyTheRequiredProperties) {
    for (const Codec& c : codecs()) {
        SCOPED_TRACE(c.schema);
        EXPECT_TRUE(c.decodes(bytes(c.full))) << "what the encoder writes";
        EXPECT_TRUE(c.decodes(bytes(c.minimal))) << "the minimal value";
        const Keys required = documented(c.schema, "required");
        for (const std::string& k : keysOf(c.full)) {
            QJsonObject without = c.full;
            without.remove(QString::fromStdString(k));
            if (required.count(k) || c.conditional.count(k))
                EXPECT_FALSE(c.decodes(bytes(without))) << "taken without required " << k;
            else
                EXPECT_TRUE(c.decodes(bytes(without))) << "refused without optional " << k;
        }
        QJsonObject extra = c.full;
        extra.insert(QStringLiteral("not_in_the_document"), 1);
        EXPECT_EQ(c.decodes(bytes(extra)), !c.refusesUnknown) << "an undocumented property";
    }
}

// The nested schemas: a finger sample, an audit row and a citizen's binding.
TEST(WireCodecs, NestedObjectsAreTheirSchemas) {
    EXPECT_EQ(keysOf(toJson(finger())), documented("FingerSample", "properties"));
    EXPECT_EQ(keysOf(toJson(row(true))), documented("AuditRow", "properties"));
    for (const std::string& k : documented("AuditRow", "required"))
        EXPECT_TRUE(keysOf(toJson(row(false))).count(k)) << k;
    const QJsonObject bound = toJson(CardCheckResult{CardStatus::Latest, phone()})
                                  .value(QStringLiteral("binding"))
                                  .toObject();
    EXPECT_EQ(keysOf(bound), documented("CitizenBinding", "properties"));
    const QJsonObject none = toJson(CardCheckResult{CardStatus::Latest, std::nullopt})
                                 .value(QStringLiteral("binding"))
                                 .toObject();
    EXPECT_EQ(keysOf(none), documented("CitizenBinding", "required"));
}

// What a decoder reads back is what was encoded.
TEST(WireCodecs, ValuesSurviveTheRoundTrip) {
    const auto session = decodeSession(
        toJson(Session{kId, SessionState::Claimed, 3, QStringLiteral("claimed"), 2, kTime, {}}));
    ASSERT_TRUE(session.ok());
    EXPECT_EQ(session.value().state, SessionState::Claimed);
    EXPECT_EQ(session.value().confirmationAttemptsLeft, 2);
    EXPECT_EQ(session.value().expiresAt, kTime);
    EXPECT_FALSE(session.value().endCode.has_value());
    const auto ended = decodeSession(
        toJson(Session{kId, SessionState::Cancelled, 4, {}, -1, kTime, ErrorCode::DeviceKeyInUse}));
    ASSERT_TRUE(ended.ok());
    EXPECT_EQ(ended.value().endCode, ErrorCode::DeviceKeyInUse);

    const auto check = decodeCardCheckResult(toJson(CardCheckResult{CardStatus::Latest, phone()}));
    ASSERT_TRUE(check.ok());
    ASSERT_TRUE(check.value().binding.has_value());
    EXPECT_EQ(check.value().binding->officeTh, phone().officeTh);
    EXPECT_EQ(check.value().binding->notices, phone().notices);
    EXPECT_FALSE(decodeCardCheckResult(toJson(CardCheckResult{CardStatus::Latest, std::nullopt}))
                     .value()
                     .binding.has_value());

    const auto batch = decodeAuditBatch(bytes(toJson(AuditBatch{7, {row(true)}})));
    ASSERT_TRUE(batch.ok());
    EXPECT_EQ(batch.value().rows.value(0).signature, row(true).signature);

    for (CancelReason r : allCancelReasons()) {
        const auto back = decodeCancelRequest(bytes(toJson(CancelRequest{r})));
        ASSERT_TRUE(back.ok()) << cancelReasonName(r).toStdString();
        EXPECT_EQ(back.value().reason, r);
    }
}

// The enums the codecs spell are the document's lists.
TEST(WireCodecs, CancelReasonsAndCardStatusesAreTheDocuments) {
    const auto documentedEnum = [](const char* schema, const char* property) {
        Keys values;
        const QJsonArray list = schemas()
                                    .value(QLatin1String(schema))
                                    .toObject()
                                    .value(QStringLiteral("properties"))
                                    .toObject()
                                    .value(QLatin1String(property))
                                    .toObject()
                                    .value(QStringLiteral("enum"))
                                    .toArray();
        for (const QJsonValue v : list)
            values.insert(v.toString().toStdString());
        return values;
    };
    Keys reasons;
    for (CancelReason r : allCancelReasons())
        reasons.insert(cancelReasonName(r).toStdString());
    EXPECT_EQ(reasons, documentedEnum("CancelRequest", "reason"));
    Keys statuses;
    for (CardStatus s :
         {CardStatus::Latest, CardStatus::Superseded, CardStatus::Revoked, CardStatus::Unknown}) {
        statuses.insert(cardStatusName(s).toStdString());
        EXPECT_EQ(cardStatusFromName(cardStatusName(s)), s);
    }
    EXPECT_EQ(statuses, documentedEnum("CardCheckResult", "status"));
}
