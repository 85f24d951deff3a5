// libFuzzer target: the reader and its T=0 handling against a card whose every answer comes from
// the fuzzer (status words, 61xx/6Cxx chains, short and long data).
#include "smartcard/thai_id_reader.h"

#include <cstddef>
#include <cstdint>

namespace {

class FuzzedCard : public thaid::card::CardTransport {
public:
    FuzzedCard(const uint8_t* data, size_t size) : m_data(data), m_size(size) {}
    QByteArray atr() const override {
        return m_size > 0 && (m_data[0] & 1) ? QByteArray::fromHex("3B67")
                                             : QByteArray::fromHex("3B79");
    }
    thaid::Result<QByteArray, thaid::card::CardError> transmit(const QByteArray&) override {
        // Each answer: a length byte (255 adds the next byte to it), then that many bytes;
        // running out of input is a removal.
        if (m_pos >= m_size) {
            return thaid::card::CardError{thaid::card::CardErrorCode::CardRemoved, {}};
        }
        size_t len = m_data[m_pos++];
        if (len == 255 && m_pos < m_size) {
            len += m_data[m_pos++];
        }
        len = std::min(len, m_size - m_pos);
        QByteArray answer(reinterpret_cast<const char*>(m_data + m_pos),
                          static_cast<qsizetype>(len));
        m_pos += len;
        return answer;
    }
    thaid::Result<QByteArray, thaid::card::CardError> reset() override { return atr(); }

private:
    const uint8_t* m_data;
    size_t m_size;
    size_t m_pos = 1;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    FuzzedCard card(data, size);
    auto r = thaid::card::ThaiIdReader(card).read();
    if (r.ok()) {
        r.value().wipe();
    }
    return 0;
}
