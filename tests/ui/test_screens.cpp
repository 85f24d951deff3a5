// Every screen, in Thai and in English, on every common office screen size and desktop scaling:
// it loads without a QML warning, no visible text is elided or runs outside the window, the key
// hints are on screen, and the QR decodes from the rendered picture with whole device pixels per
// module, 6 or more. The workflow behind it is driven through the scripted ports, so each state
// shows what it would show at a counter.
#include "doctor/doctor_check.h"
#include "fingerprint/finger_feed.h"
#include "protocol/qr_code.h"
#include "registry_api/registry_error.h"
#include "sim/demo_pki/demo_pki.h"
#include "support/card_fixtures.h"
#include "support/fake_ports.h"
#include "support/fake_thaid_check.h"
#include "ui/citizen_facing_window.h"
#include "ui/kiosk_ui.h"
#include "ui/kiosk_view_model.h"
#include "workflow/kiosk_workflow.h"
#include "workflow/workflow_text.h"

#include <cmath>
#include <functional>

#include <QColor>
#include <QFile>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickItem>
#include <QQuickWindow>
#include <QScreen>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace thaid;
using namespace thaid::app;
using namespace thaid::testing;

namespace {

QStringList g_warnings;

void collect(QtMsgType type, const QMessageLogContext&, const QString& msg) {
    const bool warning = type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg;
    if (warning && !msg.contains(QLatin1String("XDG_RUNTIME_DIR")))
        g_warnings << msg;
}

// A citizen with a real JPEG portrait, as the card carries it.
card::ThaiIdRecord citizenCard() {
    card::ThaiIdRecord r = sampleRecord();
    QFile photo(profilesDir() + QStringLiteral("/somchai.jpg"));
    photo.open(QIODevice::ReadOnly);
    r.photoJpeg = photo.readAll();
    return r;
}

// The text of every visible text item under `item`.
QStringList visibleText(QQuickItem* item) {
    QStringList out;
    if (!item->isVisible() || item->opacity() == 0)
        return out;
    if (item->property("truncated").isValid()) {
        const QString text = item->property("text").toString();
        if (!text.isEmpty())
            out << text;
    }
    for (QQuickItem* child : item->childItems())
        out += visibleText(child);
    return out;
}

// Visible text items that are elided or stick out of the window.
QStringList badText(QQuickItem* item, const QRectF& window) {
    QStringList bad;
    if (!item->isVisible() || item->opacity() == 0)
        return bad;
    const QVariant truncated = item->property("truncated");
    const QString text = item->property("text").toString();
    if (truncated.isValid() && !text.isEmpty()) {
        const QRectF r = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
        if (truncated.toBool())
            bad << QStringLiteral("elided: \"%1\"").arg(text);
        if (!window.adjusted(-1, -1, 1, 1).contains(r))
            bad << QStringLiteral("outside the window: \"%1\" at %2,%3 %4x%5")
                       .arg(text)
                       .arg(r.x())
                       .arg(r.y())
                       .arg(r.width())
                       .arg(r.height());
    }
    for (QQuickItem* child : item->childItems())
        bad += badText(child, window);
    return bad;
}

// A monitor and the desktop scaling it is used with (main.cpp makes one screen per scaling).
struct Display {
    QSize pixels;
    qreal dpr = 1;
    const char* language = "th";
};

QString displayLabel(const Display& d) {
    return QStringLiteral("%1_%2x%3_dpr%4")
        .arg(QString::fromLatin1(d.language))
        .arg(d.pixels.width())
        .arg(d.pixels.height())
        .arg(qRound(d.dpr * 100));
}

std::string displayName(const ::testing::TestParamInfo<Display>& info) {
    return displayLabel(info.param).toStdString();
}

// The officer's screen for a desktop scaling, as main.cpp names them.
QString screenFor(qreal dpr) {
    return dpr == 1 ? QStringLiteral("OFFICER") : QStringLiteral("DPR%1").arg(qRound(dpr * 100));
}

// The visual item called `name` under `item` (Loaders parent items visually, not as QObjects).
QQuickItem* findItem(QQuickItem* item, const QString& name) {
    if (item->objectName() == name)
        return item;
    for (QQuickItem* child : item->childItems()) {
        if (QQuickItem* found = findItem(child, name))
            return found;
    }
    return nullptr;
}

// The images of the icon set under `item`, visible ones only.
QList<QQuickItem*> visibleIcons(QQuickItem* item) {
    QList<QQuickItem*> out;
    if (!item->isVisible() || item->opacity() == 0)
        return out;
    if (item->property("source").toString().startsWith(QLatin1String("image://icon/")))
        out << item;
    for (QQuickItem* child : item->childItems())
        out += visibleIcons(child);
    return out;
}

// The icons shown under `item` by name: "check_circle", "warning"...
QStringList visibleIconNames(QQuickItem* item) {
    QStringList names;
    for (QQuickItem* icon : visibleIcons(item))
        names << icon->property("source").toString().section(u'/', 3, 3);
    return names;
}

// Text items called `name` (key hints, the QR) under `item`, visible ones only.
QList<QQuickItem*> visibleNamed(QQuickItem* item, const QString& name) {
    QList<QQuickItem*> out;
    if (!item->isVisible() || item->opacity() == 0)
        return out;
    if (item->objectName() == name)
        out << item;
    for (QQuickItem* child : item->childItems())
        out += visibleNamed(child, name);
    return out;
}

// The supervisor's own card (an officer enrolled with the supervisor role).
card::ThaiIdRecord supervisorCard() {
    card::ThaiIdRecord r = officerRecord();
    r.identity.citizenId = QStringLiteral("1101700666026");
    r.identity.requestNumber = QStringLiteral("1017-01-00666026");
    return r;
}

class ScreensBase : public ::testing::Test {
public:
    virtual Display display() const = 0;
    std::string language() const { return display().language; }
    QTemporaryDir dir;
    FakeCard card;
    FakeFinger finger;
    FakeRegistry registry;
    FakeThaidCheck thaidCheck;
    std::unique_ptr<OfficerStore> officers;
    std::unique_ptr<AuditTrail> trail;
    std::unique_ptr<KioskWorkflow> flow;
    std::unique_ptr<ui::KioskViewModel> model;
    std::unique_ptr<QQmlApplicationEngine> engine;
    QQuickWindow* window = nullptr;
    QSize logical;  // the officer's window, in logical pixels

    void SetUp() override {
        officers = std::move(OfficerStore::open(dir.filePath(QStringLiteral("o.db")),
                                                dir.filePath(QStringLiteral("k")), true))
                       .value();
        ASSERT_TRUE(officers
                        ->enroll({QStringLiteral("3101700555018"),
                                  QStringLiteral("1017-01-00555018"),
                                  QStringLiteral("นางสาว กัญญา สุขสวัสดิ์"),
                                  QStringLiteral("right-index"),
                                  {}},
                                 QByteArray("T"))
                        .ok());
        Officer supervisor{supervisorCard().identity.citizenId,
                           supervisorCard().identity.requestNumber,
                           QStringLiteral("นาย ธนพล วงศ์ใหญ่"),
                           QStringLiteral("right-index"),
                           {},
                           QStringLiteral("supervisor")};
        ASSERT_TRUE(officers->enroll(supervisor, QByteArray("S")).ok());
        const auto station = sim::DemoPki::createCa(QStringLiteral("CA"), 30)
                                 .value()
                                 .issueStation(10501, 30)
                                 .value();
        trail =
            std::move(AuditTrail::open(dir.filePath(QStringLiteral("a.db")),
                                       StationSigner::fromPrivatePem(station.privateKey).value(),
                                       QByteArray(32, '\x03')))
                .value();
        flow = std::make_unique<KioskWorkflow>(card, finger, registry, *officers, *trail,
                                               WorkflowSettings{});
        flow->attachThaidCheck(thaidCheck);
        thaidCheck.photo = citizenCard().photoJpeg;
        model =
            std::make_unique<ui::KioskViewModel>(*flow, QString::fromLatin1(display().language));
        model->setDayCounts([] { return app::OfficerDay{12, 1, 2}; });
        engine = std::make_unique<QQmlApplicationEngine>();
        g_warnings.clear();
        qInstallMessageHandler(collect);
        window = ui::loadKioskUi(*engine, *model);
        ASSERT_NE(window, nullptr) << g_warnings.join(u'\n').toStdString();
        const Display d = display();
        QScreen* screen = screenNamed(screenFor(d.dpr));
        ASSERT_NE(screen, nullptr) << screenFor(d.dpr).toStdString();
        window->setScreen(screen);
        logical = QSize(qRound(d.pixels.width() / d.dpr), qRound(d.pixels.height() / d.dpr));
        window->resize(logical);
        window->show();
        flow->start();
    }
    void TearDown() override { qInstallMessageHandler(nullptr); }

    // THAID_UI_SHOTS=<dir>: every checked screen saved there, to look at.
    void saveForLooking(const QString& state, QQuickWindow* citizen) {
        const QString shots = qEnvironmentVariable("THAID_UI_SHOTS");
        if (shots.isEmpty())
            return;
        static int n = 0;
        const QString base = QStringLiteral("%1/%2-%3-%4")
                                 .arg(shots)
                                 .arg(++n, 3, 10, QLatin1Char('0'))
                                 .arg(displayLabel(display()), state);
        window->grabWindow().save(base + QStringLiteral(".png"));
        if (citizen)
            citizen->grabWindow().save(base + QStringLiteral("-citizen.png"));
    }

    static QScreen* screenNamed(const QString& name) {
        for (QScreen* s : QGuiApplication::screens()) {
            if (s->name() == name)
                return s;
        }
        return nullptr;
    }

    void signIn() {
        card.insert(officerRecord());
        finger.answer(true);
        card.remove();
        ASSERT_EQ(flow->state(), KioskState::WaitingForCard);
    }
    // Signed in, a citizen's card read, the face confirmed and the finger matched: the QR next.
    void toQr() {
        ASSERT_NO_FATAL_FAILURE(signIn());
        card.insert(citizenCard());
        flow->confirmFace();
        finger.answer(true, 1);
        ASSERT_EQ(flow->state(), KioskState::ShowingQr);
    }

    void typeDigits(const char* digits) {
        for (const char* d = digits; *d; ++d)
            QTest::keyClick(window, *d);
    }

    // Lets the screen load and lay out, then checks it (and the citizen's window, if shown).
    void check(KioskState expected, QQuickWindow* citizen = nullptr) {
        ASSERT_EQ(flow->state(), expected);
        QTest::qWait(120);
        saveForLooking(kioskStateName(expected), citizen);
        QStringList bad = badText(window->contentItem(), QRectF(QPointF(0, 0), logical));
        bad += qrProblems(window);
        bad += iconProblems(window);
        if (citizen) {
            for (const QString& b : badText(citizen->contentItem(),
                                            QRectF(0, 0, citizen->width(), citizen->height())) +
                                        qrProblems(citizen) + iconProblems(citizen))
                bad << QStringLiteral("citizen's screen: ") + b;
        }
        if (expected == KioskState::ShowingQr && !flow->qrText().isEmpty()) {
            QQuickWindow* shows = citizen ? citizen : window;
            QQuickItem* ring = findItem(shows->contentItem(), QStringLiteral("countdownRing"));
            const int seconds = ring ? ring->property("seconds").toInt() : -1;
            const int total = ring ? ring->property("total").toInt() : -1;
            if (!ring || !ring->isVisible() || seconds <= 0 || total < seconds)
                bad << QStringLiteral("no countdown ring by the QR (%1 of %2 s)")
                           .arg(seconds)
                           .arg(total);
        }
        if (keyHintExpected(expected) && !citizen &&
            visibleNamed(window->contentItem(), QStringLiteral("keyHint")).isEmpty())
            bad << QStringLiteral("no key hint on screen");
        EXPECT_TRUE(bad.isEmpty()) << kioskStateName(expected).toStdString() << ": "
                                   << bad.join(QStringLiteral("; ")).toStdString();
        EXPECT_TRUE(g_warnings.isEmpty()) << kioskStateName(expected).toStdString() << ": "
                                          << g_warnings.join(QStringLiteral("; ")).toStdString();
        g_warnings.clear();
    }

    // Screens that do not name the keys: signed out (the officer's card is the key) and the
    // waiting screen, which names them in its hint too.
    static bool keyHintExpected(KioskState s) {
        return s != KioskState::Reading && s != KioskState::CreatingSession;
    }

    // The QR on `w`, as a phone sees it: decoded from the rendered frame, with whole device
    // pixels per module, at least 6, and the quiet zone inside the picture.
    QStringList qrProblems(QQuickWindow* w) {
        QStringList bad;
        const QList<QQuickItem*> codes = visibleNamed(w->contentItem(), QStringLiteral("qrCode"));
        if (codes.isEmpty() || flow->qrText().isEmpty())
            return bad;
        QQuickItem* code = codes.first();
        if (!QTest::qWaitFor([&] { return code->property("status").toInt() == 1; }, 2000))
            return {QStringLiteral("the QR image did not load")};
        const QImage frame = w->grabWindow();
        const QStringList decoded = protocol::decodeQrCodes(frame);
        if (decoded != QStringList{flow->qrText()})
            bad << QStringLiteral("QR decoded from the screen: [%1]")
                       .arg(decoded.join(QStringLiteral(", ")));
        // Modules across, quiet zone included: the side of a rendering at 6 px per module.
        const int modules = protocol::renderQrCode(flow->qrText(), {6, 4}).width() / 6;
        const qreal devicePixels = code->width() * w->devicePixelRatio();
        const qreal perModule = devicePixels / modules;
        if (perModule < 6 || std::abs(perModule - std::round(perModule)) > 0.01)
            bad << QStringLiteral("QR at %1 device pixels per module").arg(perModule);
        return bad;
    }

    // Every icon on `w` drawn: loaded, large enough to read, inside the window. A name the set
    // lacks also logs a warning, which check() reports.
    static QStringList iconProblems(QQuickWindow* w) {
        QStringList bad;
        const QRectF inside = QRectF(0, 0, w->width(), w->height()).adjusted(-1, -1, 1, 1);
        for (QQuickItem* icon : visibleIcons(w->contentItem())) {
            const QString source = icon->property("source").toString();
            if (!QTest::qWaitFor([&] { return icon->property("status").toInt() == 1; }, 2000)) {
                bad << QStringLiteral("icon not drawn: %1").arg(source);
                continue;
            }
            if (!inside.contains(icon->mapRectToScene(QRectF(0, 0, icon->width(), icon->height()))))
                bad << QStringLiteral("icon outside the window: %1").arg(source);
            if (icon->width() < 12 || icon->height() < 12)
                bad << QStringLiteral("icon %1 shown at %2 px").arg(source).arg(icon->width());
        }
        return bad;
    }

    void registerWithCitizenScreen(QQuickWindow* citizen,
                                   const std::function<void(KioskState)>& also,
                                   bool replacingPhone = false);

    // The registry's card check answers that the citizen has ThaiD on a phone already.
    void withExistingPhone(const QStringList& notices) {
        registry.onCheckCard = [notices] {
            return FakeRegistry::R<CardCheck>(CardCheck{
                CardStatus::Latest, ExistingBinding{QString(32, QLatin1Char('a')),
                                                    QDateTime::currentDateTimeUtc().addDays(-2),
                                                    10502, QStringLiteral("สำนักงานเขตบางรัก"),
                                                    QStringLiteral("Bang Rak District Office"),
                                                    QStringLiteral("high"), notices}});
        };
    }
};

// Signed in: a citizen's card in, one registration to the end with the citizen's screen shown,
// each screen checked on both windows; `also` adds what a test checks at each state.
void ScreensBase::registerWithCitizenScreen(QQuickWindow* citizen,
                                            const std::function<void(KioskState)>& also,
                                            bool replacingPhone) {
    const auto at = [&](KioskState s) {
        check(s, citizen);
        also(s);
        // The citizen is told in plain words, at every step, that the old phone will stop.
        if (replacingPhone && s != KioskState::Completed) {
            EXPECT_EQ(
                visibleNamed(citizen->contentItem(), QStringLiteral("citizenPhoneNotice")).size(),
                1)
                << kioskStateName(s).toStdString();
        }
    };
    if (replacingPhone)
        withExistingPhone({QStringLiteral("bound_recently_elsewhere")});
    card.insert(citizenCard());
    at(KioskState::Review);
    flow->confirmFace();
    if (replacingPhone) {
        at(KioskState::ReplacingPhone);
        flow->confirmReplacement();
    }
    at(KioskState::Fingerprint);
    finger.answer(true, 1);
    registry.frame(QStringLiteral("KQ1:") + QString(144, QLatin1Char('A')));
    at(KioskState::ShowingQr);
    registry.move(BindingState::Claimed, 1);
    at(KioskState::EnteringCode);
    flow->submitCode(QStringLiteral("123456"));
    registry.move(BindingState::Bound, 3);
    at(KioskState::WaitingForPhone);
    registry.move(BindingState::Completed, 4);
    at(KioskState::Completed);
}

class Screens : public ScreensBase, public ::testing::WithParamInterface<const char*> {
public:
    Display display() const override { return {{1280, 800}, 1, GetParam()}; }
};

// A fixture print as the scanner would capture it.
fingerprint::FingerSample scanOf(const QString& image) {
    QString error;
    const auto i = fingerprint::finger_feed::loadImage(
        QStringLiteral(THAID_FINGERPRINT_FIXTURES "/") + image, &error);
    return {i.width, i.height, i.pixels, 0};
}

// Office monitors, each with the desktop scalings that leave it at least 800x600 logical
// pixels: what the kiosk must fit.
std::vector<Display> officeDisplays() {
    const std::vector<std::pair<QSize, std::vector<qreal>>> monitors = {
        {{1024, 768}, {1}},
        {{1280, 720}, {1}},
        {{1280, 800}, {1}},
        {{1280, 1024}, {1, 1.25}},
        {{1366, 768}, {1, 1.25}},
        {{1600, 900}, {1, 1.25, 1.5}},
        {{1920, 1080}, {1, 1.25, 1.5}},
        {{2560, 1440}, {1, 1.25, 1.5, 2}}};
    std::vector<Display> out;
    for (const char* language : {"th", "en"}) {
        for (const auto& [pixels, scalings] : monitors) {
            for (qreal dpr : scalings)
                out.push_back({pixels, dpr, language});
        }
    }
    return out;
}

class ScreensAtSize : public ScreensBase, public ::testing::WithParamInterface<Display> {
public:
    Display display() const override { return GetParam(); }
};

}  // namespace

TEST_P(ScreensAtSize, EveryScreenFitsWithoutWarnings) {
    check(KioskState::SignedOut);
    card.insert(officerRecord());
    check(KioskState::SigningIn);
    finger.answer(true);
    check(KioskState::WaitingForCard);  // "remove your card"
    card.remove();
    check(KioskState::WaitingForCard);
    // The officer's day so far, from the audit trail.
    ASSERT_EQ(visibleNamed(window->contentItem(), QStringLiteral("noticeStatus")).size(), 1);
    EXPECT_TRUE(model->dayCounts().contains(QStringLiteral("12")));
    // A ThaiD check, keys only: F6, the QR, the code once the phone scanned, the identity, Esc.
    QTest::keyClick(window, Qt::Key_F6);
    check(KioskState::ThaidCheck);  // waiting for the login QR
    thaidCheck.start();
    check(KioskState::ThaidCheck);
    Q_EMIT thaidCheck.deviceRefused();
    check(KioskState::ThaidCheck);  // a phone that is not an active ThaiD
    thaidCheck.scan();
    check(KioskState::ThaidCheck);
    EXPECT_EQ(visibleNamed(window->contentItem(), QStringLiteral("checkRelayCode")).size(), 1);
    thaidCheck.approve(QStringLiteral("substantial"));
    check(KioskState::ThaidCheckResult);
    QTest::keyClick(window, Qt::Key_Escape);
    check(KioskState::WaitingForCard);
    card.insertOnly();
    Q_EMIT card.identityRead(citizenCard().identity);
    Q_EMIT card.photoProgress(200, 600);
    check(KioskState::Reading);
    Q_EMIT card.recordRead(citizenCard());
    check(KioskState::Review);
    EXPECT_TRUE(visibleNamed(window->contentItem(), QStringLiteral("photoNotice")).isEmpty())
        << "a card issued five years ago";
    EXPECT_EQ(visibleNamed(window->contentItem(), QStringLiteral("phoneStatus")).size(), 1)
        << "no ThaiD yet";
    flow->confirmFace();
    check(KioskState::Fingerprint);
    finger.place(scanOf(QStringLiteral("whorl.png")));
    check(KioskState::Fingerprint);  // attempt 2 of 3, the registry's "no match", what it saw
    ASSERT_EQ(visibleNamed(window->contentItem(), QStringLiteral("scanImage")).size(), 1);
    EXPECT_GT(visibleNamed(window->contentItem(), QStringLiteral("scanImage"))
                  .first()
                  ->property("paintedHeight")
                  .toReal(),
              100);
    finger.place(false);
    finger.place(scanOf(QStringLiteral("arch.png")));
    check(KioskState::Fingerprint);  // the left index finger now
    EXPECT_TRUE(model->registration().leftFinger());
    finger.answer(true);
    registry.frame(QStringLiteral("KQ1:") + QString(144, QLatin1Char('A')));
    check(KioskState::ShowingQr);
    Q_EMIT registry.problem({RegistryErrorKind::Unreachable, 0, {}, {}});
    check(KioskState::ShowingQr);  // with the connection warning
    registry.move(BindingState::Claimed, 1);
    check(KioskState::EnteringCode);
    flow->submitCode(QStringLiteral("000000"));
    check(KioskState::EnteringCode);  // wrong code message
    flow->submitCode(QStringLiteral("123456"));
    check(KioskState::WaitingForPhone);
    registry.move(BindingState::Bound, 3);
    check(KioskState::WaitingForPhone);
    registry.move(BindingState::Completed, 4);
    check(KioskState::Completed);
    card.remove();

    // A lifelong card: the review screen asks for a careful comparison of its old photo.
    card::ThaiIdRecord elderly = citizenCard();
    elderly.identity.lifelong = true;
    elderly.identity.expiryDate.reset();
    card.insert(elderly);
    check(KioskState::Review);
    EXPECT_EQ(visibleNamed(window->contentItem(), QStringLiteral("photoNotice")).size(), 1);
    card.remove();

    // The same card, and ThaiD already on a phone bound at another office this week by a
    // supervisor's exception: every notice at once. After the face, the phone's own screen:
    // Enter does not replace it, F8 does. Keys only.
    withExistingPhone(
        {QStringLiteral("bound_recently_elsewhere"), QStringLiteral("bound_by_exception")});
    card.insert(elderly);
    check(KioskState::Review);
    // Beside the old-photo notice the phone line gives way; ReplacingPhone follows.
    EXPECT_TRUE(visibleNamed(window->contentItem(), QStringLiteral("phoneStatus")).isEmpty());
    QTest::keyClick(window, Qt::Key_Return);
    check(KioskState::ReplacingPhone);
    EXPECT_EQ(visibleNamed(window->contentItem(), QStringLiteral("existingPhone")).size(), 1);
    QTest::keyClick(window, Qt::Key_Return);  // not the key that replaces a phone
    EXPECT_EQ(flow->state(), KioskState::ReplacingPhone);
    QTest::keyClick(window, Qt::Key_F8);
    EXPECT_TRUE(flow->replacementConfirmed());
    check(KioskState::Fingerprint);
    // Another counter replaced the same phone first: the registry binds nothing and ends this
    // session, and the officer reads why.
    finger.place(scanOf(QStringLiteral("arch.png")));
    finger.answer(true);
    registry.frame(QStringLiteral("KQ1:") + QString(144, QLatin1Char('A')));
    registry.move(BindingState::Claimed, 1);
    flow->submitCode(QStringLiteral("123456"));
    registry.move(BindingState::Bound, 3);
    registry.move(BindingState::Cancelled, 4, protocol::ErrorCode::BindingChanged);
    check(flow->state());
    EXPECT_EQ(model->message(), WorkflowText::bindingChangedMeanwhile());
    card.remove();
    registry.onCheckCard = [] {
        return FakeRegistry::R<CardCheck>(CardCheck{CardStatus::Latest, {}});
    };

    card::ThaiIdRecord expired = citizenCard();
    expired.identity.expiryDate = card::PartialDate{2020, 1, 1};
    card.insert(expired);
    check(KioskState::Blocked);
    card.remove();
    card.insert(citizenCard());
    flow->confirmFace();
    finger.answer(false, 6);  // three tries on each index finger
    check(KioskState::FingerprintRefer);
    // A supervisor's exception, with the keys alone: F9, a reason, the supervisor's card and
    // finger, the citizen's card back.
    QTest::keyClick(window, Qt::Key_F9);
    check(KioskState::ExceptionReason);
    EXPECT_EQ(visibleNamed(window->contentItem(), QStringLiteral("exceptionReason")).size(), 4);
    QTest::keyClick(window, Qt::Key_1);
    check(KioskState::SupervisorSignOff);  // the citizen's card out first
    card.remove();
    check(KioskState::SupervisorSignOff);  // the supervisor's card
    card.insert(supervisorCard());
    ASSERT_EQ(flow->signOffStep(), SignOffStep::SupervisorFinger);
    check(KioskState::SupervisorSignOff);
    finger.place(true);
    check(KioskState::SupervisorSignOff);  // granted: the supervisor's card out
    card.remove();
    ASSERT_EQ(flow->signOffStep(), SignOffStep::InsertCitizenCard);
    check(KioskState::SupervisorSignOff);  // the citizen's card back
    flow->cancel();
    EXPECT_FALSE(flow->servingCitizen());
    card.insert(citizenCard());
    flow->confirmFace();
    finger.fail(fingerprint::FingerprintErrorCode::Unplugged);
    check(KioskState::Fault);
    flow->cancel();
    card.remove();
    registry.onCheckCard = [] {
        return FakeRegistry::R<CardCheck>(RegistryError{RegistryErrorKind::Tls, 0, {}, {}});
    };
    card.insert(citizenCard());
    check(KioskState::Fault);
    flow->cancel();
    card.remove();
    Q_EMIT card.readerAvailable(false);
    check(KioskState::Fault);
    Q_EMIT card.readerAvailable(true);
    Q_EMIT card.serviceAvailable(false);
    check(KioskState::Fault);
}

// Visible images showing a QR code, under `item`.
int visibleQrImages(QQuickItem* item) {
    if (!item->isVisible())
        return 0;
    int n = item->property("source").toString().startsWith(QLatin1String("image://kiosk/qr/"));
    for (QQuickItem* child : item->childItems())
        n += visibleQrImages(child);
    return n;
}

TEST_P(Screens, ASecondScreenFacesTheCitizenAndAloneShowsTheQr) {
    ui::CitizenFacingWindow facing(*engine, *model, *window, QStringLiteral("CITIZEN"), false);
    QQuickWindow* citizen = facing.window();
    ASSERT_NE(citizen, nullptr);
    EXPECT_EQ(citizen->screen()->name(), QStringLiteral("CITIZEN"));
    EXPECT_EQ(citizen->size(), QSize(1024, 768));
    EXPECT_TRUE(model->citizenScreen());
    // The officer's keys keep going to the officer's window.
    EXPECT_TRUE(citizen->flags().testFlag(Qt::WindowDoesNotAcceptFocus));
    EXPECT_TRUE(QTest::qWaitFor([&] { return QGuiApplication::focusWindow() == window; }, 2000));

    check(KioskState::SignedOut, citizen);
    card.insert(officerRecord());
    finger.answer(true);
    card.remove();
    registerWithCitizenScreen(
        citizen,
        [&](KioskState s) {
            switch (s) {
                case KioskState::ShowingQr:
                    EXPECT_EQ(model->registration().citizenStep(), 0);
                    // One code on view, where the citizen's phone is.
                    EXPECT_EQ(visibleQrImages(citizen->contentItem()), 1);
                    EXPECT_EQ(visibleQrImages(window->contentItem()), 0);
                    break;
                case KioskState::EnteringCode:
                    EXPECT_EQ(model->registration().citizenStep(), 1);
                    EXPECT_EQ(visibleQrImages(citizen->contentItem()), 0);
                    break;
                case KioskState::WaitingForPhone:
                    EXPECT_EQ(model->registration().citizenStep(), 3);
                    break;
                default:
                    break;
            }
        },
        true);
    EXPECT_EQ(registry.lastReplacesBinding, QString(32, QLatin1Char('a')));
}

// The citizen's screen at its own size: a portrait display beside the counter and a full-HD
// one, each through a whole registration, the QR decoded from what it shows.
TEST_P(Screens, TheCitizensScreenFitsPortraitAndFullHd) {
    ASSERT_NO_FATAL_FAILURE(signIn());
    for (const QString& name : {QStringLiteral("PORTRAIT"), QStringLiteral("CITIZEN_HD")}) {
        SCOPED_TRACE(name.toStdString());
        ui::CitizenFacingWindow facing(*engine, *model, *window, name, false);
        QQuickWindow* citizen = facing.window();
        ASSERT_NE(citizen, nullptr);
        EXPECT_EQ(citizen->size(), screenNamed(name)->size());
        registerWithCitizenScreen(
            citizen,
            [&](KioskState s) {
                if (s == KioskState::ShowingQr) {
                    EXPECT_EQ(visibleQrImages(citizen->contentItem()), 1);
                }
            },
            true);
        card.remove();
        ASSERT_EQ(flow->state(), KioskState::WaitingForCard);
    }
}

// The ThaiD check with the citizen's screen: the login QR there alone, then the code on both,
// the identity on the officer's only.
TEST_P(Screens, TheThaidCheckShowsTheQrToTheCitizenAndTheIdentityToTheOfficer) {
    ui::CitizenFacingWindow facing(*engine, *model, *window, QStringLiteral("CITIZEN"), false);
    QQuickWindow* citizen = facing.window();
    ASSERT_NE(citizen, nullptr);
    ASSERT_NO_FATAL_FAILURE(signIn());
    QTest::keyClick(window, Qt::Key_F6);
    thaidCheck.start();
    check(KioskState::ThaidCheck, citizen);
    EXPECT_EQ(visibleQrImages(citizen->contentItem()), 1);
    EXPECT_EQ(visibleQrImages(window->contentItem()), 0);
    thaidCheck.scan();
    check(KioskState::ThaidCheck, citizen);
    EXPECT_EQ(visibleQrImages(citizen->contentItem()), 0);
    EXPECT_EQ(visibleNamed(citizen->contentItem(), QStringLiteral("citizenRelayCode")).size(), 1);
    thaidCheck.approve();
    check(KioskState::ThaidCheckResult, citizen);
    // The citizen's screen never shows their data: people queue behind.
    const QStringList shown = visibleText(citizen->contentItem());
    EXPECT_FALSE(shown.join(u' ').contains(QStringLiteral("Somchai")));
    EXPECT_FALSE(shown.join(u' ').contains(QStringLiteral("1 1017")));
    EXPECT_TRUE(visibleText(window->contentItem()).join(u' ').contains(QStringLiteral("Jaidee")));
    card.insert(citizenCard());  // the next citizen: the result is gone
    EXPECT_FALSE(visibleText(window->contentItem()).join(u' ').contains(QStringLiteral("Jaidee")) &&
                 flow->checkedIdentity().has_value());
    EXPECT_EQ(flow->state(), KioskState::Review);
}

TEST_P(Screens, WithoutTheCitizensScreenTheOfficersShowsTheQr) {
    ui::CitizenFacingWindow facing(*engine, *model, *window, QStringLiteral("HDMI-9"), false);
    EXPECT_EQ(facing.window(), nullptr);
    EXPECT_FALSE(model->citizenScreen());
    ASSERT_NO_FATAL_FAILURE(toQr());
    registry.frame(QStringLiteral("KQ1:") + QString(144, QLatin1Char('A')));
    check(KioskState::ShowingQr);
    EXPECT_EQ(visibleQrImages(window->contentItem()), 1);
}

TEST_P(Screens, AutoPicksAnyScreenButTheOfficers) {
    ui::CitizenFacingWindow facing(*engine, *model, *window, QStringLiteral("auto"), false);
    ASSERT_NE(facing.window(), nullptr);
    EXPECT_EQ(facing.window()->screen()->name(), QStringLiteral("CITIZEN"));
}

TEST_P(Screens, TheMaintenanceScreenListsEveryCheckWithWhatToDo) {
    ASSERT_NO_FATAL_FAILURE(signIn());
    // The real key combination, through Qt's shortcut map.
    QTest::keyClick(window, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_EQ(flow->state(), KioskState::Maintenance);
    const auto row = [](const char* id, CheckStatus status, const QString& summary,
                        const QString& remedy = {}) {
        return DoctorCheck{QLatin1String(id), status, summary, {}, remedy};
    };
    // The longest texts doctor produces, in the language under test.
    model->maintenance().showDiagnostics(
        {row("registry", CheckStatus::Fail,
             QCoreApplication::translate("Doctor", "The registry at %1 cannot be used.")
                 .arg(QStringLiteral("https://registry.example.org:8443")),
             RegistryErrorText::forError({RegistryErrorKind::Unreachable, 0, {}, {}})),
         row("clock", CheckStatus::Warn, QStringLiteral("clock"),
             QStringLiteral("Set the clock from the network: timedatectl set-ntp true (or the "
                            "office's time server). QR codes and certificates depend on it.")),
         row("pcscd", CheckStatus::Ok, QStringLiteral("The smart card service answers; 1 reader.")),
         row("scanners", CheckStatus::Fail,
             QStringLiteral("No connected scanner can verify citizens."),
             QStringLiteral("Citizens are checked against the registry's print, which needs an "
                            "image scanner; a match-on-chip sensor only signs officers in. "
                            "Connect an image scanner.")),
         row("certificate", CheckStatus::Ok,
             QStringLiteral("The station certificate is valid for 200 more days.")),
         row("audit", CheckStatus::Ok, QStringLiteral("Every audit row has reached the registry.")),
         row("disk", CheckStatus::Ok, QStringLiteral("78134 MB free for /var/lib/thaid-kiosk."))});
    check(KioskState::Maintenance);
    // What the officer reads: every check's summary; a remedy for each warning and failure and
    // none for the checks that passed; the status in words as well as colour.
    const QString shown = visibleText(window->contentItem()).join(u'\n');
    for (const QVariant& v : model->maintenance().checks()) {
        const QVariantMap shownCheck = v.toMap();
        const QString summary = shownCheck.value(QStringLiteral("summary")).toString();
        const QString remedy = shownCheck.value(QStringLiteral("remedy")).toString();
        EXPECT_TRUE(shown.contains(summary.toHtmlEscaped()) || shown.contains(summary))
            << summary.toStdString();
        const bool ok =
            shownCheck.value(QStringLiteral("status")).toInt() == static_cast<int>(CheckStatus::Ok);
        if (ok) {
            EXPECT_TRUE(remedy.isEmpty());
        } else {
            EXPECT_TRUE(shown.contains(QStringLiteral("→ ") + remedy)) << remedy.toStdString();
        }
    }
    // Each status in words and with its icon.
    const QStringList texts = visibleText(window->contentItem());
    const auto said = [&](const char* word) {
        return static_cast<int>(
            texts.count(QCoreApplication::translate("MaintenanceScreen", word)));
    };
    EXPECT_EQ(said("Failed"), 2);
    EXPECT_EQ(said("Warning"), 1);
    EXPECT_EQ(said("OK"), 4);
    const QStringList icons = visibleIconNames(window->contentItem());
    EXPECT_EQ(icons.count(QStringLiteral("error")), 2);
    EXPECT_EQ(icons.count(QStringLiteral("warning")), 1);
    EXPECT_EQ(icons.count(QStringLiteral("check_circle")), 4);
    QTest::keyClick(window, Qt::Key_Escape);
    EXPECT_EQ(flow->state(), KioskState::WaitingForCard);
}

// The screens' own words and the workflow's message both change language on F2; in Thai they
// come from the catalogue, so a catalogue that does not load fails here.
TEST_P(Screens, TheLanguageSwitchesAtRuntime) {
    const bool fromThai = QString::fromLatin1(GetParam()) == QLatin1String("th");
    const auto thaiShown = [&] {
        for (const QString& t : visibleText(window->contentItem())) {
            if (t.endsWith(QLatin1String("(F2)")))
                continue;  // the language button names the other language in that language
            if (std::any_of(t.begin(), t.end(),
                            [](QChar c) { return c.unicode() >= 0x0E00 && c.unicode() <= 0x0E7F; }))
                return true;
        }
        return false;
    };
    QTest::qWait(50);
    EXPECT_EQ(thaiShown(), fromThai);
    QTest::keyClick(window, Qt::Key_F2);
    EXPECT_NE(model->language(), QString::fromLatin1(GetParam()));
    QTest::qWait(50);
    EXPECT_EQ(thaiShown(), !fromThai);
    EXPECT_EQ(model->message(), fromThai ? QStringLiteral("Insert your own ID card to sign in.")
                                         : QStringLiteral("เสียบบัตรประชาชนของท่านเพื่อเข้าใช้งาน"));
    check(KioskState::SignedOut);
}

// The code field as the officer uses it: six digits typed, then Enter out of habit, with a
// registry that answers later. One confirmation is sent, and a wrong code clears the field.
TEST_P(Screens, TypingACodeAndPressingEnterSendsItOnce) {
    ASSERT_NO_FATAL_FAILURE(toQr());
    registry.move(BindingState::Claimed, 1);
    ASSERT_EQ(flow->state(), KioskState::EnteringCode);
    QTest::qWait(50);
    QQuickItem* field = findItem(window->contentItem(), QStringLiteral("codeDigits"));
    ASSERT_NE(field, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return field->hasActiveFocus(); }, 2000));
    registry.later = true;
    typeDigits("000000");
    QTest::keyClick(window, Qt::Key_Return);
    QTest::keyClick(window, Qt::Key_Enter);
    EXPECT_EQ(registry.calls.count(QStringLiteral("confirm")), 1);
    registry.deliver();  // wrong code
    EXPECT_EQ(flow->codeAttemptsLeft(), 2);
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return field->property("text").toString().isEmpty(); }, 2000));
    check(KioskState::EnteringCode);
    typeDigits("123456");
    QTest::keyClick(window, Qt::Key_Return);
    EXPECT_EQ(registry.calls.count(QStringLiteral("confirm")), 2);
    registry.deliver();
    EXPECT_EQ(flow->state(), KioskState::WaitingForPhone);
}

// The waiting screen follows the card: the officer's own card still in after sign-in asks for it
// to be removed, and its removal asks for the citizen's; a second fault names itself.
TEST_P(Screens, TheWaitingAndFaultScreensFollowWhatHappens) {
    card.insert(officerRecord());
    finger.answer(true);
    ASSERT_EQ(flow->state(), KioskState::WaitingForCard);
    const auto shown = [&](const QString& english, const QString& thai) {
        const QString wanted =
            QString::fromLatin1(GetParam()) == QLatin1String("th") ? thai : english;
        return QTest::qWaitFor([&] { return visibleText(window->contentItem()).contains(wanted); },
                               2000);
    };
    EXPECT_TRUE(shown(QStringLiteral("Remove the card"), QStringLiteral("ถอดบัตรออก")));
    card.remove();
    EXPECT_TRUE(shown(QStringLiteral("Insert the citizen's ID card"),
                      QStringLiteral("เสียบบัตรประชาชนของผู้มาติดต่อ")));
    Q_EMIT card.readerAvailable(false);
    EXPECT_TRUE(shown(QStringLiteral("Card reader problem"), QStringLiteral("เครื่องอ่านบัตรมีปัญหา")));
    Q_EMIT card.serviceAvailable(false);
    EXPECT_TRUE(shown(QStringLiteral("The card service is not running"),
                      QStringLiteral("บริการสมาร์ตการ์ดไม่ทำงาน")));
}

// An officer at work is never locked out: keys and the pointer in any kiosk window count,
// on the maintenance screen as on the others.
TEST_P(Screens, KeysAndThePointerKeepTheOfficerSignedIn) {
    ASSERT_NO_FATAL_FAILURE(signIn());
    QTest::keyClick(window, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_EQ(flow->state(), KioskState::Maintenance);
    const int full = WorkflowSettings{}.idleLockSeconds * 1000;
    const auto waitUntilBelow = [&](int ms) {
        return QTest::qWaitFor([&] { return flow->idleRemainingMs() < ms; }, 5000);
    };
    ASSERT_TRUE(waitUntilBelow(full - 600));
    QTest::keyClick(window, Qt::Key_Shift);
    EXPECT_GT(flow->idleRemainingMs(), full - 400) << "a key press";
    ASSERT_TRUE(waitUntilBelow(full - 600));
    QTest::mouseMove(window, QPoint(200, 200));
    QTest::mouseMove(window, QPoint(220, 240));
    EXPECT_GT(flow->idleRemainingMs(), full - 400) << "the pointer";
    ASSERT_TRUE(waitUntilBelow(full - 600));
    QTest::mouseClick(window, Qt::LeftButton, {}, QPoint(5, 5));
    EXPECT_GT(flow->idleRemainingMs(), full - 400) << "a click";
    EXPECT_EQ(flow->state(), KioskState::Maintenance);
}

// WCAG 2.x relative luminance and contrast ratio.
double luminance(const QColor& c) {
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor& a, const QColor& b) {
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// Every text colour on every background the screens use, from the theme itself: WCAG AA
// (4.5:1) for success, failure and the rest alike.
TEST_P(Screens, EveryTextColourPassesWcagAa) {
    ASSERT_NEAR(contrast(Qt::black, Qt::white), 21.0, 0.01);
    QQmlComponent component(engine.get());
    component.setData(
        "import QtQuick\nimport ThaiD\n"
        "QtObject { readonly property var pairs: Theme.textPairs }",
        QUrl());
    std::unique_ptr<QObject> theme(component.create());
    ASSERT_NE(theme, nullptr) << component.errorString().toStdString();
    const QVariantList pairs = theme->property("pairs").toList();
    ASSERT_GE(pairs.size(), 18);
    for (const QVariant& p : pairs) {
        const QVariantList pair = p.toList();
        ASSERT_EQ(pair.size(), 2);
        const QColor fg = pair.at(0).value<QColor>();
        const QColor bg = pair.at(1).value<QColor>();
        ASSERT_TRUE(fg.isValid() && bg.isValid());
        EXPECT_GE(contrast(fg, bg), 4.5)
            << fg.name().toStdString() << " on " << bg.name().toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(BothLanguages, Screens, ::testing::Values("th", "en"));
INSTANTIATE_TEST_SUITE_P(OfficeDisplays, ScreensAtSize, ::testing::ValuesIn(officeDisplays()),
                         displayName);
