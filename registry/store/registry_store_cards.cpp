// The citizen_cards table of RegistryStore: what a citizen's latest card prints, for the
// OpenID Connect scopes and the ThaiD check's photo.
#include "registry/store/registry_sql.h"
#include "registry/store/registry_store.h"

#include <QSqlQuery>
#include <QVariant>

namespace thaid::registry {

bool RegistryStore::putCitizenCard(const CitizenCard& card) {
    QSqlQuery q(m_db->database());
    q.prepare(upsertSql(
        "citizen_cards",
        {"cid", "address", "province", "birth_date", "issue_date", "expiry_date", "photo"}, 1));
    for (const QVariant& v :
         {notNull(card.cid), notNull(card.address), notNull(card.province), notNull(card.birthDate),
          notNull(card.issueDate), notNull(card.expiryDate), QVariant(card.photoJpeg)})
        q.addBindValue(v);
    return run(q);
}

std::optional<CitizenCard> RegistryStore::citizenCard(const QString& cid) const {
    QSqlQuery q(m_db->database());
    q.prepare(
        QStringLiteral("SELECT cid, address, province, birth_date, issue_date, expiry_date,"
                       " photo FROM citizen_cards WHERE cid = ?"));
    q.addBindValue(cid);
    if (!run(q) || !q.next())
        return std::nullopt;
    CitizenCard c;
    c.cid = q.value(0).toString();
    c.address = q.value(1).toString();
    c.province = q.value(2).toString();
    c.birthDate = q.value(3).toString();
    c.issueDate = q.value(4).toString();
    c.expiryDate = q.value(5).toString();
    c.photoJpeg = q.value(6).toByteArray();
    return c;
}

}  // namespace thaid::registry
