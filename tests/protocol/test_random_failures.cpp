// Every use of OpenSSL's RAND_bytes is checked (issue 12): with randomness failing, nothing is
// sealed with a predictable nonce or salt, and no certificate gets a guessable serial.
#include "fingerprint/print_vault.h"
#include "protocol/device_key.h"
#include "sim/demo_pki/demo_pki.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <openssl/rand.h>

using namespace thaid;

namespace {

// OpenSSL's own hook for a random source; RAND_bytes answers from it while it is set.
class FailingRandom {
public:
    FailingRandom() {
        m_method.bytes = [](unsigned char*, int) { return 0; };
        m_method.status = [] { return 0; };
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
        m_previous = RAND_get_rand_method();
        RAND_set_rand_method(&m_method);
    }
    ~FailingRandom() {
        RAND_set_rand_method(m_previous);
    }
#pragma GCC diagnostic pop
    FailingRandom(const FailingRandom&) = delete;
    FailingRandom& operator=(const FailingRandom&) = delete;

private:
    RAND_METHOD m_method{};
    const RAND_METHOD* m_previous = nullptr;
};

}  // namespace

TEST(RandomFailures, NothingIsSealedOrSignedWithoutRandomness) {
    QTemporaryDir dir;
    auto vault = fingerprint::PrintVault::open(dir.filePath(QStringLiteral("print.key")), true);
    ASSERT_TRUE(vault.ok());
    const auto key = protocol::DeviceKey::generate();
    ASSERT_TRUE(key);
    ASSERT_TRUE(vault.value().seal(QByteArray("a template")).ok());  // fine with randomness
    {
        FailingRandom broken;
        EXPECT_FALSE(vault.value().seal(QByteArray("a template")).ok());
        EXPECT_TRUE(key->seal(QStringLiteral("246810")).isEmpty());
        EXPECT_FALSE(sim::DemoPki::createCa(QStringLiteral("CA"), 1).ok());
    }
    EXPECT_FALSE(key->seal(QStringLiteral("246810")).isEmpty());
}
