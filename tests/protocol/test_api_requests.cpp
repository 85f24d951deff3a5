// The requests as the registry reads them from untrusted bytes (protocol/wire).
#include "protocol/wire/kiosk_requests.h"
#include "protocol/wire/phone_messages.h"

#include <gtest/gtest.h>

using namespace thaid::protocol;

namespace {
QString codeOf(const auto& r) {
    return r ? QStringLiteral("ok") : errorCodeName(r.error().code);
}
}  // namespace

const QByteArray kToken = QByteArray(24, '\xab').toHex();

QByteArray verification(const QByteArray& sample) {
    return R"({"cid":"1101700230708","request_number":"5001-02-01234567","officer_token":")" +
           kToken + R"(","fingerprint":{"finger":"right-index","sample":)" + sample + "}}";
}

TEST(ApiRequests, CreateSessionReadsEveryField) {
    const auto r = decodeCreateSessionRequest(
        R"({"cid":"1101700230708","request_number":"5001-02-01234567",
            "verification_id":"0123456789abcdef0123456789abcdef",
            "officer_token":")" +
        kToken + R"(","station_id":10501})");
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(r.value().cid, QStringLiteral("1101700230708"));
    EXPECT_EQ(r.value().verificationId, QStringLiteral("0123456789abcdef0123456789abcdef"));
    EXPECT_EQ(r.value().stationId, 10501u);
}

TEST(ApiRequests, AKiosksOwnVerdictIsNotPartOfTheApi) {
    // The old shape, where the kiosk said "matched": refused, whatever it claims.
    const auto claimed = decodeCreateSessionRequest(
        R"({"cid":"1101700230708","request_number":"5001-02-01234567",
            "fingerprint":{"finger":"right-index","matched":true,"attempts":1},
            "officer_token":")" +
        kToken + R"(","station_id":10501})");
    EXPECT_EQ(codeOf(claimed), QStringLiteral("invalid_field"));
}

TEST(ApiRequests, AFingerSampleIsAnImageOfTheSizeItSays) {
    const QByteArray pixels = QByteArray(64 * 32, '\x7f').toBase64();
    const auto ok = decodeVerificationRequest(
        verification(R"({"width":64,"height":32,"pixels":")" + pixels + "\"}"));
    ASSERT_TRUE(ok.ok()) << ok.error().message.toStdString();
    EXPECT_EQ(ok.value().fingerprint.sample.width, 64);
    EXPECT_EQ(ok.value().fingerprint.sample.pixels.size(), 64 * 32);
    EXPECT_EQ(codeOf(decodeVerificationRequest(
                  verification(R"({"width":64,"height":33,"pixels":")" + pixels + "\"}"))),
              QStringLiteral("invalid_field"));
    EXPECT_EQ(codeOf(decodeVerificationRequest(
                  verification(R"({"width":2000,"height":32,"pixels":")" + pixels + "\"}"))),
              QStringLiteral("invalid_field"));
    EXPECT_EQ(codeOf(decodeVerificationRequest(QByteArray(kMaxSampleBodyBytes + 1, ' '))),
              QStringLiteral("body_too_large"));
    // A token that is not one the registry issues is refused before any lookup.
    EXPECT_EQ(codeOf(decodeCardCheckRequest(
                  R"({"cid":"1101700230708","request_number":"1","officer_token":"t"})")),
              QStringLiteral("invalid_field"));
}

TEST(ApiRequests, EveryProblemIsRefusedWithItsCodeAndNamesTheField) {
    EXPECT_EQ(codeOf(decodeCardCheckRequest("")), QStringLiteral("malformed_request"));
    EXPECT_EQ(codeOf(decodeCardCheckRequest("[1,2]")), QStringLiteral("malformed_request"));
    EXPECT_EQ(codeOf(decodeCardCheckRequest("{\"cid\":")), QStringLiteral("malformed_request"));
    EXPECT_EQ(codeOf(decodeCardCheckRequest(QByteArray(kMaxBodyBytes + 1, ' '))),
              QStringLiteral("body_too_large"));
    const auto badCheckDigit = decodeCardCheckRequest(
        R"({"cid":"1101700230709","request_number":"1","officer_token":")" + kToken + "\"}");
    EXPECT_EQ(codeOf(badCheckDigit), QStringLiteral("invalid_field"));
    EXPECT_TRUE(badCheckDigit.error().message.startsWith(QStringLiteral("cid")));
    const auto unknown =
        decodeCardCheckRequest(R"({"cid":"1101700230708","request_number":"1","officer_token":")" +
                               kToken + R"(","x":0})");
    EXPECT_TRUE(unknown.error().message.startsWith(QStringLiteral("x ")));
    EXPECT_EQ(
        codeOf(decodeCardCheckRequest(
            R"({"cid":1101700230708,"request_number":"1","officer_token":")" + kToken + "\"}")),
        QStringLiteral("invalid_field"));
    EXPECT_EQ(
        codeOf(decodeCardCheckRequest(
            R"({"cid":"1101700230708","request_number":"123456789012345678901","officer_token":")" +
            kToken + "\"}")),
        QStringLiteral("invalid_field"));
    EXPECT_EQ(codeOf(decodeConfirmationRequest(R"({"code":"12345"})")),
              QStringLiteral("invalid_field"));
    EXPECT_EQ(codeOf(decodeConfirmationRequest(R"({"code":"12345a"})")),
              QStringLiteral("invalid_field"));
    EXPECT_EQ(codeOf(decodeConfirmationRequest(R"({"code":"123456"})")), QStringLiteral("ok"));
    EXPECT_EQ(codeOf(decodeCancelRequest(R"({"reason":"bored"})")),
              QStringLiteral("invalid_field"));
    EXPECT_EQ(codeOf(decodeCancelRequest(R"({"reason":"card_removed"})")), QStringLiteral("ok"));
    EXPECT_EQ(codeOf(decodeCompleteRequest(R"({"consent":false,"first_unlock":true})")),
              QStringLiteral("invalid_field"));
    EXPECT_EQ(codeOf(decodeBindRequest(R"({"device_public_key":"!!","passcode_set":true})")),
              QStringLiteral("invalid_field"));
    const auto station = decodeCreateSessionRequest(
        R"({"cid":"1101700230708","request_number":"1",
            "verification_id":"0123456789abcdef0123456789abcdef","officer_token":")" +
        kToken + R"(","station_id":1.5})");
    EXPECT_TRUE(station.error().message.startsWith(QStringLiteral("station_id")));
    const auto finger = decodeVerificationRequest(
        R"({"cid":"1101700230708","request_number":"1","officer_token":")" + kToken +
        R"(","fingerprint":{"finger":"thumb","sample":{"width":16,"height":16,"pixels":"AA=="}}})");
    EXPECT_TRUE(finger.error().message.startsWith(QStringLiteral("finger")));
}

TEST(ApiRequests, AuditBatchesAreBoundedAndChecked) {
    QByteArray rows = "[";
    for (int i = 1; i <= 51; ++i) {
        rows += QByteArray(i > 1 ? "," : "") + R"({"seq":)" + QByteArray::number(i) +
                R"(,"at":"2026-11-27T10:00:00Z","kind":"k","hash":")" + QByteArray(64, 'a') + "\"}";
    }
    rows += "]";
    EXPECT_EQ(codeOf(decodeAuditBatch(R"({"station_id":1,"rows":)" + rows + "}")),
              QStringLiteral("invalid_field"));
    const auto one = decodeAuditBatch(
        R"({"station_id":1,"rows":[{"seq":1,"at":"t","kind":"k","citizen_hmac":null,"hash":")" +
        QByteArray(64, 'b') + R"(","signature":"MEUCIQ=="}]})");
    ASSERT_TRUE(one.ok()) << one.error().message.toStdString();
    EXPECT_EQ(one.value().rows.size(), 1);
    // A row without its checkpoint signature is not taken.
    const auto unsignedRow =
        decodeAuditBatch(R"({"station_id":1,"rows":[{"seq":1,"at":"t","kind":"k","hash":")" +
                         QByteArray(64, 'b') + "\"}]}");
    EXPECT_TRUE(unsignedRow.error().message.startsWith(QStringLiteral("signature")));
    EXPECT_EQ(codeOf(decodeAuditBatch(
                  R"({"station_id":1,"rows":[{"seq":1,"at":"t","kind":"k","hash":"zz"}]})")),
              QStringLiteral("invalid_field"));
}

TEST(ApiRequests, SessionIdsAreThirtyTwoLowerCaseHexDigits) {
    EXPECT_TRUE(decodeSessionId(u"0123456789abcdef0123456789abcdef").has_value());
    EXPECT_FALSE(decodeSessionId(u"0123456789ABCDEF0123456789abcdef").has_value());
    EXPECT_FALSE(decodeSessionId(u"0123").has_value());
    EXPECT_FALSE(decodeSessionId(u"../../etc/passwd").has_value());
}
