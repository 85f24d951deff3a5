#pragma once

#include "smartcard/apdu.h"
#include "smartcard/card_transport.h"

#include <optional>
#include <utility>

#include <QByteArray>
#include <QList>

#include <gtest/gtest.h>

namespace thaid::testing {

// A card that knows only its script: each transmit must be exactly the next expected command,
// anything else fails the test (AusweisApp's mock-card discipline).
class ScriptedTransport : public card::CardTransport {
public:
    struct Step {
        QByteArray command;
        std::optional<QByteArray> response;  // empty: the card is pulled out at this exchange
    };

    explicit ScriptedTransport(QByteArray atr = QByteArray::fromHex("3B799600005448204E4944203138"))
        : m_atr(std::move(atr)) {}

    ScriptedTransport& expect(const QByteArray& command, const QByteArray& response) {
        m_steps.append({command, response});
        return *this;
    }
    ScriptedTransport& expectRemoval(const QByteArray& command) {
        m_steps.append({command, std::nullopt});
        return *this;
    }

    // The next reset() succeeds and the card then answers with this ATR.
    ScriptedTransport& expectReset(QByteArray atr) {
        m_resetAtr = std::move(atr);
        return *this;
    }

    Result<QByteArray, card::CardError> reset() override {
        if (!m_resetAtr) {
            return card::CardError{card::CardErrorCode::CommunicationError,
                                   QStringLiteral("no reset scripted")};
        }
        ++m_resets;
        m_atr = *std::exchange(m_resetAtr, std::nullopt);
        return m_atr;
    }
    int resets() const { return m_resets; }

    // The card leaves when exchange `index` (0-based) is attempted.
    void pullOutAt(int index) { m_pullOutAt = index; }

    QByteArray atr() const override { return m_atr; }

    Result<QByteArray, card::CardError> transmit(const QByteArray& command) override {
        if (m_next >= m_steps.size()) {
            ADD_FAILURE() << "unexpected APDU after the script ended: "
                          << card::toHex(command).toStdString();
            return card::CardError{card::CardErrorCode::CommunicationError,
                                   QStringLiteral("unscripted")};
        }
        if (m_next == m_pullOutAt) {
            ++m_next;
            return card::CardError{card::CardErrorCode::CardRemoved, QStringLiteral("pulled out")};
        }
        const Step& step = m_steps[m_next++];
        if (command != step.command) {
            ADD_FAILURE() << "exchange " << m_next << ": expected "
                          << card::toHex(step.command).toStdString() << " got "
                          << card::toHex(command).toStdString();
            return card::CardError{card::CardErrorCode::CommunicationError,
                                   QStringLiteral("unscripted")};
        }
        if (!step.response) {
            return card::CardError{card::CardErrorCode::CardRemoved,
                                   QStringLiteral("scripted removal")};
        }
        return *step.response;
    }

    bool finished() const { return m_next == m_steps.size(); }
    int exchanges() const { return static_cast<int>(m_next); }

private:
    QByteArray m_atr;
    QList<Step> m_steps;
    qsizetype m_next = 0;
    qsizetype m_pullOutAt = -1;
    std::optional<QByteArray> m_resetAtr;
    int m_resets = 0;
};

}  // namespace thaid::testing
