// The API's operations are spelled once (protocol/wire/api_routes.h) and are the document's.
#include "protocol/wire/api_routes.h"

#include <set>
#include <string>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace thaid::protocol;

namespace {

// "POST /v1/kiosk/cards/check" for every operation under /v1 in the document.
std::set<std::string> documentedOperations() {
    QFile f(QStringLiteral(THAID_API_DOCUMENT_JSON));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject paths =
        QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("paths")).toObject();
    std::set<std::string> out;
    for (auto p = paths.begin(); p != paths.end(); ++p) {
        if (!p.key().startsWith(QLatin1String("/v1/")))
            continue;
        const QJsonObject operations = p.value().toObject();
        for (auto m = operations.begin(); m != operations.end(); ++m) {
            if (m.key() == QLatin1String("get") || m.key() == QLatin1String("post"))
                out.insert(m.key().toUpper().toStdString() + ' ' + p.key().toStdString());
        }
    }
    return out;
}

}  // namespace

TEST(ApiRoutes, AreTheDocumentsOperations) {
    const std::set<std::string> documented = documentedOperations();
    ASSERT_GT(documented.size(), 15u);
    std::set<std::string> ours;
    for (const ApiRoute& r : allApiRoutes())
        EXPECT_TRUE(ours.insert(std::string(r.method) + ' ' + r.path).second) << r.path;
    EXPECT_EQ(ours, documented);
}

TEST(ApiRoutes, FillAndMatchTheirParameter) {
    EXPECT_EQ(apiPath(route::kCardCheck), QStringLiteral("/v1/kiosk/cards/check"));
    EXPECT_EQ(apiPath(route::kSessionQr, QStringLiteral("ab12")),
              QStringLiteral("/v1/kiosk/sessions/ab12/qr"));
    QString sid;
    EXPECT_TRUE(matchesPath(route::kSessionQr, u"/v1/kiosk/sessions/ab12/qr", &sid));
    EXPECT_EQ(sid, QStringLiteral("ab12"));
    EXPECT_TRUE(matchesPath(route::kKioskSession, u"/v1/kiosk/sessions/ab12"));
    EXPECT_FALSE(matchesPath(route::kKioskSession, u"/v1/kiosk/sessions/"));
    EXPECT_FALSE(matchesPath(route::kKioskSession, u"/v1/kiosk/sessions/ab/12"));
    EXPECT_FALSE(matchesPath(route::kKioskSession, u"/v1/kiosk/sessions/ab12/qr"));
    EXPECT_FALSE(matchesPath(route::kCreateSession, u"/v1/kiosk/sessions/ab12"));
    EXPECT_TRUE(matchesPath(route::kCreateSession, u"/v1/kiosk/sessions"));
    EXPECT_FALSE(matchesPath(route::kCardCheck, u"/v1/kiosk/cards/check/"));
}
