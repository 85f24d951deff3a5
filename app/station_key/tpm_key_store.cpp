#include "station_key/tpm_key_store.h"

#include "station_key/tss_log.h"

#include <memory>

#include <openssl/rand.h>
#include <tss2/tss2_esys.h>
#include <tss2/tss2_rc.h>
#include <tss2/tss2_tctildr.h>

namespace thaid::app {

namespace {

QString tpmError(const char* what, TSS2_RC rc) {
    return QStringLiteral("TPM %1: %2").arg(QLatin1String(what), QLatin1String(Tss2_RC_Decode(rc)));
}

// One ESAPI connection, closed before the provider opens its own: a TPM simulator serves one
// connection at a time.
class Esys {
public:
    ~Esys() {
        if (m_esys)
            Esys_Finalize(&m_esys);
        if (m_tcti)
            Tss2_TctiLdr_Finalize(&m_tcti);
    }
    Result<void, QString> open(const QString& tcti) {
        quietTssLog();
        const QByteArray conf = tcti.toUtf8();
        TSS2_RC rc = Tss2_TctiLdr_Initialize(conf.isEmpty() ? nullptr : conf.constData(), &m_tcti);
        if (rc != TSS2_RC_SUCCESS)
            return QStringLiteral("no TPM at %1 (%2)")
                .arg(tcti.isEmpty() ? QStringLiteral("the default device") : tcti,
                     QLatin1String(Tss2_RC_Decode(rc)));
        rc = Esys_Initialize(&m_esys, m_tcti, nullptr);
        if (rc != TSS2_RC_SUCCESS)
            return tpmError("initialise", rc);
        return {};
    }
    ESYS_CONTEXT* get() const { return m_esys; }

private:
    TSS2_TCTI_CONTEXT* m_tcti = nullptr;
    ESYS_CONTEXT* m_esys = nullptr;
};

// ESYS_TR of the persistent object, or ESYS_TR_NONE when nothing is stored there.
Result<ESYS_TR, QString> persistent(const Esys& esys, quint32 handle) {
    TPMS_CAPABILITY_DATA* data = nullptr;
    const TSS2_RC rc = Esys_GetCapability(esys.get(), ESYS_TR_NONE, ESYS_TR_NONE, ESYS_TR_NONE,
                                          TPM2_CAP_HANDLES, handle, 1, nullptr, &data);
    if (rc != TSS2_RC_SUCCESS)
        return tpmError("list persistent handles", rc);
    const bool found = data->data.handles.count > 0 && data->data.handles.handle[0] == handle;
    Esys_Free(data);
    if (!found)
        return ESYS_TR{ESYS_TR_NONE};
    ESYS_TR object = ESYS_TR_NONE;
    const TSS2_RC loaded = Esys_TR_FromTPMPublic(esys.get(), handle, ESYS_TR_NONE, ESYS_TR_NONE,
                                                 ESYS_TR_NONE, &object);
    if (loaded != TSS2_RC_SUCCESS)
        return tpmError("read the persistent key", loaded);
    return object;
}

// An unrestricted P-256 signing key (the scheme is left to each signature) that can never leave
// this TPM. A primary key is derived from the owner seed and its template, so random `unique`
// bytes make every new key different.
Result<TPM2B_PUBLIC, QString> signingTemplate() {
    TPM2B_PUBLIC t{};
    TPMT_PUBLIC& p = t.publicArea;
    p.type = TPM2_ALG_ECC;
    p.nameAlg = TPM2_ALG_SHA256;
    p.objectAttributes = TPMA_OBJECT_FIXEDTPM | TPMA_OBJECT_FIXEDPARENT |
                         TPMA_OBJECT_SENSITIVEDATAORIGIN | TPMA_OBJECT_USERWITHAUTH |
                         TPMA_OBJECT_SIGN_ENCRYPT;
    p.parameters.eccDetail.symmetric.algorithm = TPM2_ALG_NULL;
    p.parameters.eccDetail.scheme.scheme = TPM2_ALG_NULL;
    p.parameters.eccDetail.curveID = TPM2_ECC_NIST_P256;
    p.parameters.eccDetail.kdf.scheme = TPM2_ALG_NULL;
    p.unique.ecc.x.size = 32;
    if (RAND_bytes(p.unique.ecc.x.buffer, 32) != 1)
        return QStringLiteral("no randomness for the key template");
    return t;
}

}  // namespace

Result<bool, QString> TpmKeyStore::exists(const StationKeyLocation& where) {
    Esys esys;
    if (auto opened = esys.open(where.tcti); !opened)
        return opened.error();
    auto object = persistent(esys, where.handle);
    if (!object)
        return object.error();
    return object.value() != ESYS_TR_NONE;
}

Result<void, QString> TpmKeyStore::create(const StationKeyLocation& where) {
    Esys esys;
    if (auto opened = esys.open(where.tcti); !opened)
        return opened.error();
    auto templ = signingTemplate();
    if (!templ)
        return templ.error();
    const TPM2B_SENSITIVE_CREATE sensitive{};
    const TPM2B_DATA outsideInfo{};
    const TPML_PCR_SELECTION pcrs{};
    ESYS_TR made = ESYS_TR_NONE;
    TSS2_RC rc = Esys_CreatePrimary(esys.get(), ESYS_TR_RH_OWNER, ESYS_TR_PASSWORD, ESYS_TR_NONE,
                                    ESYS_TR_NONE, &sensitive, &templ.value(), &outsideInfo, &pcrs,
                                    &made, nullptr, nullptr, nullptr, nullptr);
    if (rc != TSS2_RC_SUCCESS)
        return tpmError("create the key", rc);
    auto old = persistent(esys, where.handle);
    if (!old) {
        Esys_FlushContext(esys.get(), made);
        return old.error();
    }
    ESYS_TR gone = ESYS_TR_NONE;
    if (old.value() != ESYS_TR_NONE) {
        rc = Esys_EvictControl(esys.get(), ESYS_TR_RH_OWNER, old.value(), ESYS_TR_PASSWORD,
                               ESYS_TR_NONE, ESYS_TR_NONE, where.handle, &gone);
        if (rc != TSS2_RC_SUCCESS) {
            Esys_FlushContext(esys.get(), made);
            return tpmError("remove the old key", rc);
        }
    }
    ESYS_TR kept = ESYS_TR_NONE;
    rc = Esys_EvictControl(esys.get(), ESYS_TR_RH_OWNER, made, ESYS_TR_PASSWORD, ESYS_TR_NONE,
                           ESYS_TR_NONE, where.handle, &kept);
    Esys_FlushContext(esys.get(), made);
    if (rc != TSS2_RC_SUCCESS)
        return tpmError("keep the key at its handle", rc);
    return {};
}

}  // namespace thaid::app
