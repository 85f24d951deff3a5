#include "smartcard/thai_id_reader.h"

#include "common/secure_wipe.h"
#include "smartcard/apdu.h"
#include "smartcard/jpeg_extent.h"
#include "smartcard/smartcard_logging.h"
#include "smartcard/t0_channel.h"
#include "smartcard/thai_id_layout.h"
#include "smartcard/thai_id_parser.h"

namespace thaid::card {

namespace {

// Two maximal READs cover the identity text (0x17B bytes) and the first photo bytes with it.
constexpr quint16 kHeadLength = 2 * layout::kMaxReadLength;

class AppletSession {
public:
    AppletSession(T0Channel& channel, std::stop_token stop) : m_channel(channel), m_stop(stop) {}

    Result<QByteArray, CardError> read(quint16 offset, quint16 length) {
        QByteArray out;
        out.reserve(length);
        while (length > 0) {
            if (m_stop.stop_requested()) {
                secureWipe(out);
                return CardError{CardErrorCode::Cancelled, QStringLiteral("read cancelled")};
            }
            const auto chunk =
                static_cast<quint8>(std::min<quint16>(length, layout::kMaxReadLength));
            auto r = m_channel.exchange(apdu::readBinary(offset, chunk));
            if (!r) {
                secureWipe(out);
                return r.error();
            }
            if (r.value().sw != apdu::kSwOk) {
                secureWipe(out);
                return CardError{
                    CardErrorCode::UnexpectedStatus,
                    QStringLiteral("READ at %1 answered %2").arg(offset).arg(swToHex(r.value().sw)),
                    r.value().sw};
            }
            if (r.value().data.size() != chunk) {
                const auto got = r.value().data.size();
                secureWipe(r.value().data);
                secureWipe(out);
                return CardError{CardErrorCode::CommunicationError,
                                 QStringLiteral("READ at %1 returned %2 of %3 bytes")
                                     .arg(offset)
                                     .arg(got)
                                     .arg(chunk)};
            }
            out.append(r.value().data);
            secureWipe(r.value().data);
            offset += chunk;
            length -= chunk;
        }
        return out;
    }

private:
    T0Channel& m_channel;
    std::stop_token m_stop;
};

}  // namespace

ThaiIdReader::ThaiIdReader(CardTransport& transport) : m_transport(transport) {}

Result<ThaiIdRecord, CardError> ThaiIdReader::read(ThaiIdReadObserver* observer,
                                                   std::stop_token stop) {
    auto first = readOnce(observer, stop);
    if (first || first.error().code != CardErrorCode::CommunicationError) {
        return first;
    }
    qCInfo(lcSmartcard) << "link failure; resetting the card and reading again";
    auto reset = m_transport.reset();
    if (!reset) {
        return reset.error().code == CardErrorCode::CommunicationError ? first.error()
                                                                       : reset.error();
    }
    if (observer) {
        observer->readRestarted();
    }
    return readOnce(observer, stop);
}

Result<ThaiIdRecord, CardError> ThaiIdReader::readOnce(ThaiIdReadObserver* observer,
                                                       std::stop_token stop) {
    T0Channel channel(m_transport, T0Channel::getResponseP2ForAtr(m_transport.atr()));
    auto selected = channel.exchangeStatusOnly(apdu::selectThaiIdApplet());
    if (!selected) {
        return selected.error();
    }
    const quint16 sw = selected.value().sw;
    if (sw != apdu::kSwOk && selected.value().sw1() != apdu::kSw1MoreData) {
        return CardError{CardErrorCode::NotThaiIdCard,
                         QStringLiteral("SELECT answered %1").arg(swToHex(sw)), sw};
    }

    AppletSession session(channel, stop);
    ThaiIdRecord record;

    auto head = session.read(0, kHeadLength);
    if (!head) {
        return head.error();
    }
    record.identity = parseIdentity(head.value(), &record.issues);
    if (observer) {
        observer->identityRead(record.identity);
    }

    auto block = session.read(layout::kAddressBlock.offset, layout::kAddressBlock.length);
    if (!block) {
        secureWipe(head.value());
        record.wipe();
        return block.error();
    }
    parseAddressBlock(block.value(), &record.address, &record.photoNumber, &record.issues);
    secureWipe(block.value());
    if (observer) {
        observer->addressRead(record.address, record.photoNumber);
    }

    QByteArray photo;
    photo.reserve(layout::kPhoto.length);  // no reallocation leaves unwiped copies behind
    photo.append(head.value().mid(layout::kPhoto.offset));
    secureWipe(head.value());
    quint16 next = kHeadLength;
    while (next < layout::kPhoto.end() &&
           findJpegExtent(photo).state == JpegExtent::State::NeedMore) {
        if (observer) {
            observer->photoProgress(static_cast<int>(photo.size()), layout::kPhoto.length);
        }
        const auto length = static_cast<quint16>(
            std::min<int>(layout::kMaxReadLength, layout::kPhoto.end() - next));
        auto chunk = session.read(next, length);
        if (!chunk) {
            secureWipe(photo);
            record.wipe();
            return chunk.error();
        }
        photo.append(chunk.value());
        secureWipe(chunk.value());
        next += length;
    }
    record.photoJpeg = extractPhoto(photo, &record.issues);
    secureWipe(photo);
    if (observer) {
        const auto n = static_cast<int>(record.photoJpeg.size());
        observer->photoProgress(n, n);
    }
    qCInfo(lcSmartcard) << "card read complete; issues:" << record.issues.size();
    return record;
}

}  // namespace thaid::card
