#pragma once

#include "smartcard/card_error.h"

#include <QCoreApplication>
#include <QString>

namespace thaid::app {

// What the user should do about a card fault, translated (Thai and English).
class CardErrorText {
    Q_DECLARE_TR_FUNCTIONS(CardErrorText)
public:
    static QString forError(card::CardErrorCode code);
    static QString forDataIssue(const QString& issueCode);
};

}  // namespace thaid::app
