#include "smartcard/pcsc/pcsc_card_connection.h"

#include "smartcard/apdu.h"
#include "smartcard/pcsc/pcsc_context.h"
#include "smartcard/pcsc/pcsc_error.h"
#include "smartcard/smartcard_logging.h"

#include <thread>

#include <PCSC/winscard.h>

namespace thaid::card::pcsc {

namespace {

// Room for 255 data bytes plus status, with margin: some readers' drivers need more than the
// 258 bytes a short APDU answer can take ("buffers too small for Le=FF").
constexpr DWORD kReceiveBufferSize = 4096;
// pcscd polls card presence every 400 ms; two polls tell a removal from a link failure.
constexpr DWORD kRemovalSettleMs = 800;
// Some readers report the card removed right after insertion; give it this long to settle.
constexpr auto kInsertionSettle = std::chrono::milliseconds(600);

bool isRetryableAtConnect(LONG rv) {
    return rv == SCARD_E_SHARING_VIOLATION || rv == SCARD_W_REMOVED_CARD ||
           rv == SCARD_W_UNPOWERED_CARD || rv == SCARD_E_NO_SMARTCARD;
}

}  // namespace

Result<std::unique_ptr<PcscCardConnection>, CardError> PcscCardConnection::connect(
    const PcscContext& context, const QString& reader, ConnectOptions options) {
    const QByteArray readerName = reader.toUtf8();
    const auto start = std::chrono::steady_clock::now();
    auto delay = std::chrono::milliseconds(50);
    SCARDHANDLE handle = 0;
    DWORD protocol = 0;
    while (true) {
        const LONG rv = SCardConnect(context.handle(), readerName.constData(), SCARD_SHARE_SHARED,
                                     SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1, &handle, &protocol);
        if (rv == SCARD_S_SUCCESS) {
            break;
        }
        const auto elapsed = std::chrono::steady_clock::now() - start;
        const bool settling = rv != SCARD_E_SHARING_VIOLATION && elapsed < kInsertionSettle;
        const bool waitingForOwner =
            rv == SCARD_E_SHARING_VIOLATION && elapsed < options.sharingRetryFor;
        if (!isRetryableAtConnect(rv) || !(settling || waitingForOwner)) {
            CardError e = toCardError(rv, QStringLiteral("SCardConnect"));
            if (rv == SCARD_E_NO_SMARTCARD || rv == SCARD_W_REMOVED_CARD) {
                e.code = CardErrorCode::NoCard;
            }
            return e;
        }
        qCDebug(lcSmartcard) << "connect retry after" << pcscErrorName(rv);
        std::this_thread::sleep_for(delay);
        delay = std::min(delay * 2, std::chrono::milliseconds(400));
    }

    std::unique_ptr<PcscCardConnection> c(
        new PcscCardConnection(context.handle(), handle, protocol, reader));
    auto locked = c->refreshAtrAndLock();
    if (!locked) {
        return locked.error();
    }
    return c;
}

Result<QByteArray, CardError> PcscCardConnection::refreshAtrAndLock() {
    // Read the ATR of the card we actually hold, not the one a monitor saw earlier: a swap in
    // between must not go unnoticed.
    unsigned char atr[MAX_ATR_SIZE];
    DWORD atrLen = sizeof atr;
    DWORD state = 0;
    DWORD proto = 0;
    char name[MAX_READERNAME];
    DWORD nameLen = sizeof name;
    LONG rv = SCardStatus(m_handle, name, &nameLen, &state, &proto, atr, &atrLen);
    if (rv != SCARD_S_SUCCESS) {
        return toCardError(rv, QStringLiteral("SCardStatus"));
    }
    m_atr = QByteArray(reinterpret_cast<const char*>(atr), static_cast<qsizetype>(atrLen));
    rv = SCardBeginTransaction(m_handle);
    if (rv != SCARD_S_SUCCESS) {
        return toCardError(rv, QStringLiteral("SCardBeginTransaction"));
    }
    m_inTransaction = true;
    return m_atr;
}

Result<QByteArray, CardError> PcscCardConnection::reset() {
    if (m_inTransaction) {
        SCardEndTransaction(m_handle, SCARD_LEAVE_CARD);
        m_inTransaction = false;
    }
    DWORD protocol = 0;
    const LONG rv =
        SCardReconnect(m_handle, SCARD_SHARE_SHARED, SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1,
                       SCARD_RESET_CARD, &protocol);
    if (rv != SCARD_S_SUCCESS) {
        CardError e = toCardError(rv, QStringLiteral("SCardReconnect"));
        qCInfo(lcSmartcard) << "reset failed:" << e.detail;
        if (e.code == CardErrorCode::CommunicationError || e.code == CardErrorCode::NotThaiIdCard) {
            e.code = CardErrorCode::CardRemoved;  // a card that cannot even be reset is gone
        }
        return e;
    }
    m_protocol = protocol;
    qCInfo(lcSmartcard) << "card reset after a link failure";
    return refreshAtrAndLock();
}

PcscCardConnection::PcscCardConnection(long context, long handle, unsigned long protocol,
                                       QString reader)
    : m_context(context), m_handle(handle), m_protocol(protocol), m_reader(std::move(reader)) {}

PcscCardConnection::~PcscCardConnection() {
    if (m_inTransaction) {
        SCardEndTransaction(m_handle, SCARD_LEAVE_CARD);
    }
    SCardDisconnect(m_handle, SCARD_LEAVE_CARD);
}

Result<QByteArray, CardError> PcscCardConnection::transmit(const QByteArray& command) {
    const SCARD_IO_REQUEST* pci = m_protocol == SCARD_PROTOCOL_T1 ? SCARD_PCI_T1 : SCARD_PCI_T0;
    QByteArray response(kReceiveBufferSize, '\0');
    DWORD len = kReceiveBufferSize;
    qCDebug(lcSmartcardApdu) << ">" << toHex(command);
    const LONG rv =
        SCardTransmit(m_handle, pci, reinterpret_cast<const unsigned char*>(command.constData()),
                      static_cast<DWORD>(command.size()), nullptr,
                      reinterpret_cast<unsigned char*>(response.data()), &len);
    if (rv != SCARD_S_SUCCESS) {
        return classifyFailure(rv);
    }
    if (len < 2) {
        // vpcd (and some CCID readers) report success with no status word when the card left
        // mid-exchange; find out which it was.
        return classifyFailure(SCARD_E_NOT_TRANSACTED);
    }
    response.truncate(static_cast<qsizetype>(len));
    // Response data is the citizen's; only its length and status word reach the log.
    qCDebug(lcSmartcardApdu).noquote()
        << "<" << response.size() - 2 << "bytes, SW" << toHex(response.right(2));
    return response;
}

CardError PcscCardConnection::classifyFailure(long rv) {
    if (isServiceLost(rv) && rv != SCARD_F_COMM_ERROR) {
        return toCardError(rv, QStringLiteral("SCardTransmit"));
    }
    if (isCardGone(rv)) {
        return {CardErrorCode::CardRemoved, QStringLiteral("SCardTransmit: ") + pcscErrorName(rv)};
    }
    // An ambiguous failure (NOT_TRANSACTED, COMM_ERROR): pcscd may not have noticed a removal
    // yet, so give it two polls to settle. If the card still shows as present and unchanged,
    // report a link failure: the caller then resets the card, which also covers a card swapped
    // faster than pcscd polls. (Resetting a card that is really gone upsets some drivers, vpcd
    // among them, so the wait comes first.)
    const QByteArray readerName = m_reader.toUtf8();
    SCARD_READERSTATE state{};
    state.szReader = readerName.constData();
    state.dwCurrentState = SCARD_STATE_UNAWARE;
    LONG srv = SCardGetStatusChange(m_context, 0, &state, 1);
    if (srv == SCARD_S_SUCCESS && (state.dwEventState & SCARD_STATE_PRESENT)) {
        state.dwCurrentState = state.dwEventState;
        srv = SCardGetStatusChange(m_context, kRemovalSettleMs, &state, 1);
    }
    if (isServiceLost(srv)) {
        return toCardError(srv, QStringLiteral("SCardGetStatusChange"));
    }
    if (srv == SCARD_S_SUCCESS && !(state.dwEventState & SCARD_STATE_PRESENT)) {
        return {CardErrorCode::CardRemoved, QStringLiteral("SCardTransmit: ") + pcscErrorName(rv)};
    }
    if (srv == SCARD_S_SUCCESS && (state.dwEventState & SCARD_STATE_CHANGED)) {
        return {CardErrorCode::CardRemoved, QStringLiteral("card changed during the read")};
    }
    return {CardErrorCode::CommunicationError,
            QStringLiteral("SCardTransmit: ") + pcscErrorName(rv)};
}

}  // namespace thaid::card::pcsc
