// A citizen's bound phone (docs/protocol.md): what the card check tells the officer, the binding
// a completed session makes (revoking the one it replaces, at that moment and not before), and
// the refusal of a revoked device key on every phone endpoint.
#include "protocol/device_key.h"
#include "registry/base/registry_logging.h"
#include "registry/base/registry_support.h"
#include "registry/registration/registry_service.h"

#include <QJsonArray>

namespace thaid::registry {

namespace {

QString assuranceOf(const SessionVerification& v) {
    // A supervisor's word is less than the registry's own fingerprint match.
    return v.method == QLatin1String("registry_fingerprint") ? QStringLiteral("high")
                                                             : QStringLiteral("substantial");
}

}  // namespace

std::optional<BoundPhone> RegistryService::boundPhone(quint32 station, const QString& cid) const {
    const auto b = m_store.activeBinding(cid);
    if (!b)
        return std::nullopt;
    QStringList notices;
    const bool recent = m_clock() - b->boundAtMs < kRecentBindingMs;
    if (recent && b->stationId != station)
        notices.append(QStringLiteral("bound_recently_elsewhere"));
    else if (recent)
        notices.append(QStringLiteral("bound_recently_here"));
    if (b->method != QLatin1String("registry_fingerprint"))
        notices.append(QStringLiteral("bound_by_exception"));
    BoundPhone phone{b->bindingId, utcTime(b->boundAtMs), b->stationId, {},
                     {},           b->assurance,          notices};
    if (const auto office = m_store.station(b->stationId)) {
        phone.officeTh = office->officeTh;
        phone.officeEn = office->officeEn;
    }
    return phone;
}

std::optional<ApiError> RegistryService::refusedDevice(const QByteArray& devicePublicKey) const {
    const auto b = m_store.bindingForDevice(devicePublicKey);
    if (b && b->revokedAtMs != 0)
        return apiError(ErrorCode::DeviceRevoked,
                        QStringLiteral("this device's ThaiD was replaced by another phone"));
    return std::nullopt;
}

BindingEntry RegistryService::bindingFor(const SessionRecord& s) const {
    BindingEntry b;
    b.bindingId = QString::fromLatin1(randomBytes(16).toHex());
    b.cid = s.cid;
    b.devicePublicKey = s.devicePublicKey;
    b.sid = QString::fromLatin1(s.sid.toHex());
    b.stationId = s.stationId;
    b.officerCid = s.officer;
    b.method = s.verification.method;
    b.finger = s.verification.finger;
    b.assurance = assuranceOf(s.verification);
    b.boundAtMs = m_clock();
    return b;
}

void RegistryService::logBinding(const BindingEntry& b, const QString& replaced) const {
    qCInfo(lcRegistry).noquote() << "binding" << b.bindingId.left(8) << "made at station"
                                 << b.stationId << "assurance" << b.assurance
                                 << (replaced.isEmpty()
                                         ? QStringLiteral("(first)")
                                         : QStringLiteral("replacing %1").arg(replaced.left(8)));
}

ApiAnswer RegistryService::device(const QByteArray& devicePublicKey, const DeviceProof& proof) {
    if (!protocol::DeviceKey::isP256PublicKey(devicePublicKey))
        return ApiAnswer::of(
            apiError(ErrorCode::InvalidField, QStringLiteral("X-Device-Key is not a P-256 key")));
    if (!protocol::DeviceKey::verify(devicePublicKey, proof.signedMessage, proof.signature))
        return ApiAnswer::of(
            apiError(ErrorCode::Forbidden, QStringLiteral("not signed by that key")));
    if (const auto refused = refusedDevice(devicePublicKey))
        return ApiAnswer::of(*refused);
    const auto b = m_store.bindingForDevice(devicePublicKey);
    if (!b)
        return ApiAnswer::of(apiError(ErrorCode::DeviceUnknown,
                                      QStringLiteral("no ThaiD is bound to this device key")));
    return {200, toJson(DeviceStatus{utcTime(b->boundAtMs), b->assurance})};
}

}  // namespace thaid::registry
