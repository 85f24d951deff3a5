#include "text/card_error_text.h"

namespace thaid::app {

QString CardErrorText::forError(card::CardErrorCode code) {
    using card::CardErrorCode;
    switch (code) {
        case CardErrorCode::ServiceUnavailable:
            return tr(
                "The smart-card service (pcscd) is not running. Ask IT to start it "
                "(systemctl start pcscd).");
        case CardErrorCode::NoReader:
            return tr("No card reader found. Check that the reader is plugged in.");
        case CardErrorCode::NoCard:
            return tr("No card in the reader. Insert the citizen's ID card, chip first.");
        case CardErrorCode::CardBusy:
            return tr("Another program is using the card. Close it, then try again.");
        case CardErrorCode::CardRemoved:
            return tr(
                "The card was removed while it was being read. Insert it again and keep it "
                "in the reader.");
        case CardErrorCode::NotThaiIdCard:
            return tr("This is not a Thai national ID card. Insert the citizen's ID card.");
        case CardErrorCode::UnexpectedStatus:
            return tr(
                "The card gave an unexpected answer. Remove it, insert it again and retry; "
                "if it fails again, use the manual process.");
        case CardErrorCode::CommunicationError:
            return tr(
                "The reader could not talk to the card. Clean the chip, insert the card "
                "again and retry.");
        case CardErrorCode::Cancelled:
            return tr("Reading was cancelled.");
    }
    return {};
}

QString CardErrorText::forDataIssue(const QString& code) {
    if (code == QLatin1String("invalid_citizen_id")) {
        return tr(
            "The citizen ID on the card fails its check digit. The card cannot be used; "
            "refer the citizen to the manual process.");
    }
    if (code.startsWith(QLatin1String("invalid_")) && code.endsWith(QLatin1String("_date"))) {
        return tr("A date on the card is not valid. Refer the citizen to the manual process.");
    }
    if (code.startsWith(QLatin1String("invalid_text:"))) {
        return tr("Some text on the card has unreadable characters (%1). Check it against the "
                  "printed card.")
            .arg(code.mid(13));
    }
    if (code == QLatin1String("photo_truncated") || code == QLatin1String("photo_corrupt")) {
        return tr(
            "The photo on the card is damaged, so the face cannot be compared. Refer the "
            "citizen to the manual process.");
    }
    if (code == QLatin1String("card_expired")) {
        return tr("The card has expired. The citizen needs a new card first.");
    }
    if (code == QLatin1String("invalid_sex")) {
        return tr("The sex field on the card is not valid.");
    }
    return tr("The card data is not valid (%1).").arg(code);
}

}  // namespace thaid::app
