#include "protocol/confirmation_code.h"
#include "registry/store/session_book.h"

#include <gtest/gtest.h>

using namespace thaid::registry;
using thaid::protocol::confirmationCode;

namespace {

// The book's rules without a database: sessions in a map, written only over the version read,
// as the registry's store does.
class MapSessionStore : public SessionStore {
public:
    std::optional<SessionRecord> loadSession(const QByteArray& sid) const override {
        const auto it = sessions.constFind(sid);
        return it == sessions.cend() ? std::nullopt : std::optional(*it);
    }
    Commit commitSession(const SessionRecord& s, int expectedVersion,
                         const QList<Transition>& transitions,
                         const BindingEntry* binding) override {
        if (beforeCommit)
            beforeCommit();
        if (expectedVersion >= 0 && sessions.value(s.sid).version != expectedVersion)
            return Commit::Stale;
        // The binding is written with the session or nothing is.
        if (binding && bindingOutcome != Commit::Done)
            return bindingOutcome;
        if (binding)
            bindings.append(*binding);
        sessions.insert(s.sid, s);
        stored += transitions;
        return Commit::Done;
    }
    QList<QByteArray> sessionsDue(qint64 nowMs) const override {
        QList<QByteArray> due;
        for (const SessionRecord& s : sessions) {
            if (!isFinal(s.state) && s.expiresAtMs <= nowMs)
                due << s.sid;
        }
        return due;
    }
    QHash<QByteArray, SessionRecord> sessions;
    QList<Transition> stored;
    std::function<void()> beforeCommit;
    Commit bindingOutcome = Commit::Done;
    QList<BindingEntry> bindings;
};

class SessionBookTest : public ::testing::Test {
protected:
    qint64 now = 1'795'000'000'000;
    int counter = 0;
    MapSessionStore store;
    SessionBook book{
        store, [this] { return now; },
        [this](int n) { return QByteArray(n, static_cast<char>('a' + (counter++ % 26))); }};
    const QString cid = QStringLiteral("1101700230708");
    const QByteArray phoneKey = QByteArray("phone-key-1");

    SessionRecord created() {
        return book
            .create(cid, QStringLiteral("5001-02-01234567"), 7, QStringLiteral("officer"), {})
            .value();
    }
    SessionRecord claimed() {
        const SessionRecord s = created();
        return book.claim(s.sid, cid, QStringLiteral("terms-3"), phoneKey).value();
    }
    QString codeFor(const SessionRecord& s, const QByteArray& key) {
        return confirmationCode(s.sid, key, s.serverNonce);
    }
};

}  // namespace

TEST(ConfirmationCode, SixDigitsDerivedFromSidKeyAndNonce) {
    const QString code = confirmationCode(QByteArray(16, 's'), QByteArray("k"), QByteArray("n"));
    EXPECT_EQ(code.size(), 6);
    EXPECT_EQ(code, confirmationCode(QByteArray(16, 's'), QByteArray("k"), QByteArray("n")));
    EXPECT_NE(code,
              confirmationCode(QByteArray(16, 's'), QByteArray("relayed phone"), QByteArray("n")));
}

TEST_F(SessionBookTest, HappyPathVisitsEveryStateOnce) {
    const SessionRecord c = created();
    EXPECT_EQ(c.state, SessionState::Created);
    EXPECT_EQ(c.expiresAtMs - c.createdAtMs, 5 * 60 * 1000);
    const SessionRecord cl = book.claim(c.sid, cid, QStringLiteral("terms-3"), phoneKey).value();
    EXPECT_EQ(cl.state, SessionState::Claimed);
    EXPECT_EQ(cl.serverNonce.size(), 16);
    EXPECT_EQ(book.confirm(c.sid, codeFor(cl, phoneKey)).value().state, SessionState::Confirmed);
    EXPECT_EQ(book.bind(c.sid, phoneKey).value().state, SessionState::Bound);
    const SessionRecord done = book.complete(c.sid, {}).value();
    EXPECT_EQ(done.state, SessionState::Completed);
    EXPECT_EQ(done.version, 4);
    EXPECT_EQ(book.transitions().size(), 5);  // created + four moves, all audited
}

TEST_F(SessionBookTest, SecondClaimIsAConflictThatEndsTheSession) {
    const SessionRecord s = claimed();
    const auto second = book.claim(s.sid, cid, QStringLiteral("terms-3"), QByteArray("attacker"));
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().code, QStringLiteral("conflict"));
    EXPECT_EQ(book.get(s.sid).value().state, SessionState::Conflict);
    EXPECT_EQ(book.confirm(s.sid, codeFor(s, phoneKey)).error().code,
              QStringLiteral("wrong_state"));
}

TEST_F(SessionBookTest, WrongTypedIdThreeTimesRejects) {
    const SessionRecord s = created();
    for (int left : {2, 1, 0}) {
        const auto r =
            book.claim(s.sid, QStringLiteral("3100400123456"), QStringLiteral("t"), phoneKey);
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().code, QStringLiteral("cid_mismatch"));
        EXPECT_EQ(r.error().attemptsLeft, left);
    }
    EXPECT_EQ(book.get(s.sid).value().state, SessionState::Rejected);
    EXPECT_EQ(book.claim(s.sid, cid, QStringLiteral("t"), phoneKey).error().code,
              QStringLiteral("wrong_state"));
}

TEST_F(SessionBookTest, WrongIdThenRightIdStillClaims) {
    const SessionRecord s = created();
    EXPECT_FALSE(
        book.claim(s.sid, QStringLiteral("3100400123456"), QStringLiteral("t"), phoneKey).ok());
    EXPECT_EQ(book.claim(s.sid, cid, QStringLiteral("t"), phoneKey).value().state,
              SessionState::Claimed);
}

TEST_F(SessionBookTest, ThreeWrongCodesCancel) {
    const SessionRecord s = claimed();
    for (int left : {2, 1, 0}) {
        const QString wrong = codeFor(s, phoneKey) == QStringLiteral("000000")
                                  ? QStringLiteral("000001")
                                  : QStringLiteral("000000");
        const auto r = book.confirm(s.sid, wrong);
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().code, QStringLiteral("wrong_code"));
        EXPECT_EQ(r.error().attemptsLeft, left);
    }
    EXPECT_EQ(book.get(s.sid).value().state, SessionState::Cancelled);
}

// A QR relayed to an attacker's phone: the code the attacker's phone shows is not the one the
// citizen's session expects, because it depends on the claiming device's key.
TEST_F(SessionBookTest, RelayedQrYieldsACodeOnlyTheAttackerSees) {
    const SessionRecord s = created();
    const QByteArray attackerKey("attacker-key");
    const SessionRecord cl = book.claim(s.sid, cid, QStringLiteral("t"), attackerKey).value();
    // The citizen's phone (never claimed) would show a code for its own key; the officer types it.
    const QString citizensCode = codeFor(cl, phoneKey);
    ASSERT_NE(citizensCode, codeFor(cl, attackerKey));
    EXPECT_EQ(book.confirm(s.sid, citizensCode).error().code, QStringLiteral("wrong_code"));
    EXPECT_EQ(book.confirm(s.sid, codeFor(cl, attackerKey)).value().state, SessionState::Confirmed);
}

TEST_F(SessionBookTest, ExpiresAfterFiveMinutes) {
    const SessionRecord s = created();
    now += SessionBook::kLifetimeMs;
    EXPECT_EQ(book.get(s.sid).value().state, SessionState::Expired);
    EXPECT_EQ(book.claim(s.sid, cid, QStringLiteral("t"), phoneKey).error().code,
              QStringLiteral("expired"));
}

TEST_F(SessionBookTest, BindNeedsTheClaimingDeviceAndOrder) {
    const SessionRecord s = claimed();
    EXPECT_EQ(book.bind(s.sid, phoneKey).error().code,
              QStringLiteral("wrong_state"));  // not confirmed yet
    ASSERT_TRUE(book.confirm(s.sid, codeFor(s, phoneKey)).ok());
    EXPECT_EQ(book.bind(s.sid, QByteArray("other")).error().code, QStringLiteral("forbidden"));
    EXPECT_EQ(book.complete(s.sid, {}).error().code, QStringLiteral("wrong_state"));
}

// A completion and its binding are one write: when the binding cannot be stored the session
// stays BOUND and the answer can be retried; when the citizen's binding changed underneath, or
// the key is bound already, the session ends CANCELLED with that code, never COMPLETED.
TEST_F(SessionBookTest, ACompletionIsCompletedOnlyWithItsBinding) {
    const auto bound = [&] {
        const SessionRecord s = claimed();
        EXPECT_TRUE(book.confirm(s.sid, codeFor(s, phoneKey)).ok());
        EXPECT_TRUE(book.bind(s.sid, phoneKey).ok());
        return s.sid;
    };
    const QByteArray failing = bound();
    store.bindingOutcome = SessionStore::Commit::Failed;
    EXPECT_EQ(book.complete(failing, {}).error().code, QStringLiteral("registry_unavailable"));
    EXPECT_EQ(store.sessions.value(failing).state, SessionState::Bound);
    store.bindingOutcome = SessionStore::Commit::Done;
    EXPECT_EQ(book.complete(failing, {}).value().state, SessionState::Completed);
    EXPECT_EQ(store.bindings.size(), 1);

    const struct {
        SessionStore::Commit outcome;
        const char* code;
    } ends[] = {{SessionStore::Commit::BindingChanged, "binding_changed"},
                {SessionStore::Commit::DeviceKeyInUse, "device_key_in_use"}};
    for (const auto& end : ends) {
        const QByteArray sid = bound();
        store.bindingOutcome = end.outcome;
        EXPECT_EQ(book.complete(sid, {}).error().code, QLatin1String(end.code));
        const SessionRecord after = store.sessions.value(sid);
        EXPECT_EQ(after.state, SessionState::Cancelled);
        EXPECT_EQ(after.endCode, QLatin1String(end.code));
    }
    EXPECT_EQ(store.bindings.size(), 1);
}

TEST_F(SessionBookTest, CancelEndsAnyLiveSessionAndLeavesFinalOnesAlone) {
    const SessionRecord s = claimed();
    EXPECT_EQ(book.cancel(s.sid, QStringLiteral("card_removed")).value().state,
              SessionState::Cancelled);
    EXPECT_EQ(book.transitions().last().reason, QStringLiteral("card_removed"));
    const int version = book.get(s.sid).value().version;
    EXPECT_EQ(book.cancel(s.sid, QStringLiteral("again")).value().version, version);
    EXPECT_EQ(book.get(QByteArray(16, 'z')).error().code, QStringLiteral("not_found"));
}

TEST_F(SessionBookTest, AClaimThatLosesARaceIsDecidedAgainOnTheWinnersWrite) {
    // Two registry processes share the store; the other one's claim lands between this book's
    // read and its write.
    SessionBook other{store, [this] { return now; }, [](int n) { return QByteArray(n, 'z'); }};
    const SessionRecord s = created();
    bool raced = false;
    store.beforeCommit = [&] {
        if (std::exchange(raced, true))
            return;
        ASSERT_TRUE(other.claim(s.sid, cid, QStringLiteral("terms-3"), QByteArray("phone-B")));
    };
    const auto mine = book.claim(s.sid, cid, QStringLiteral("terms-3"), phoneKey);
    ASSERT_FALSE(mine);
    EXPECT_EQ(mine.error().code, QStringLiteral("conflict"));
    EXPECT_EQ(store.sessions.value(s.sid).state, SessionState::Conflict);
    EXPECT_EQ(store.sessions.value(s.sid).devicePublicKey, QByteArray("phone-B"));
    // created, B's claim, then the conflict: the losing write left nothing behind.
    ASSERT_EQ(store.stored.size(), 3);
    EXPECT_EQ(store.stored[1].to, SessionState::Claimed);
    EXPECT_EQ(store.stored[2].to, SessionState::Conflict);
}
