#pragma once

// The officer's workflow over scripted ports, with the real officer store and audit trail in a
// temporary folder, and the steps most tests start from.
#include "sim/demo_pki/demo_pki.h"
#include "support/card_fixtures.h"
#include "support/fake_ports.h"
#include "workflow/kiosk_workflow.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace thaid::testing {

using S = app::KioskState;

inline const QString kOfficerCid = QStringLiteral("3101700555018");

inline card::ThaiIdRecord expiredRecord() {
    card::ThaiIdRecord r = sampleRecord();
    r.identity.expiryDate = card::PartialDate{2020, 1, 1};
    return r;
}

class Workflow : public ::testing::Test {
public:
    QTemporaryDir dir;
    FakeCard card;
    FakeFinger finger;
    FakeRegistry registry;
    std::unique_ptr<app::OfficerStore> officers;
    std::unique_ptr<app::AuditTrail> trail;
    std::unique_ptr<app::KioskWorkflow> flow;

    void SetUp() override {
        officers =
            std::move(app::OfficerStore::open(dir.filePath(QStringLiteral("officers.db")),
                                              dir.filePath(QStringLiteral("print.key")), true))
                .value();
        ASSERT_TRUE(officers
                        ->enroll({kOfficerCid,
                                  QStringLiteral("1017-01-00555018"),
                                  QStringLiteral("Kanya"),
                                  QStringLiteral("right-index"),
                                  {}},
                                 QByteArray("OFFICER-TEMPLATE"))
                        .ok());
        const auto ca = sim::DemoPki::createCa(QStringLiteral("CA"), 30).value();
        const auto station = ca.issueStation(10501, 30).value();
        trail = std::move(app::AuditTrail::open(
                              dir.filePath(QStringLiteral("audit.db")),
                              app::StationSigner::fromPrivatePem(station.privateKey).value(),
                              QByteArray(32, '\x07')))
                    .value();
        makeFlow({});
    }

    void makeFlow(app::WorkflowSettings settings) {
        flow = std::make_unique<app::KioskWorkflow>(card, finger, registry, *officers, *trail,
                                                    settings);
        flow->start();
    }

    QStringList auditKinds() const {
        QStringList kinds;
        for (const app::AuditEntry& e : trail->after(0))
            kinds << e.kind;
        return kinds;
    }

    void signIn() {
        card.insert(officerRecord());
        ASSERT_EQ(flow->state(), S::SigningIn);
        ASSERT_TRUE(finger.busy);  // the scanner waits for the officer's finger
        finger.answer(true);
        ASSERT_EQ(flow->state(), S::WaitingForCard);
        card.remove();
    }

    void toReview() {
        ASSERT_NO_FATAL_FAILURE(signIn());
        card.insert(sampleRecord());
        ASSERT_EQ(flow->state(), S::Review);
    }
    void toQr() {
        ASSERT_NO_FATAL_FAILURE(toReview());
        flow->confirmFace();
        ASSERT_EQ(flow->state(), S::Fingerprint);
        ASSERT_TRUE(finger.busy);
        finger.answer(true, 2);
        ASSERT_EQ(flow->state(), S::ShowingQr);
    }
    void toCode() {
        ASSERT_NO_FATAL_FAILURE(toQr());
        registry.move(app::BindingState::Claimed, 1);
        ASSERT_EQ(flow->state(), S::EnteringCode);
    }
    void toPhone() {
        ASSERT_NO_FATAL_FAILURE(toCode());
        flow->submitCode(QStringLiteral("123456"));
        ASSERT_EQ(flow->state(), S::WaitingForPhone);
    }
    void expectWiped() {
        EXPECT_TRUE(flow->citizen().citizenId.isEmpty());
        EXPECT_TRUE(flow->citizen().nameTh.first.isEmpty());
        EXPECT_TRUE(flow->photo().isEmpty());
        EXPECT_TRUE(flow->qrText().isEmpty());
    }
};

}  // namespace thaid::testing
