// The contract is written once: the error codes the code knows and the ones the OpenAPI document
// promises are the same list, each spelled one way.
#include "protocol/error_code.h"

#include <set>
#include <string>

#include <QFile>
#include <QRegularExpression>
#include <QStringList>

#include <gtest/gtest.h>

using namespace thaid::protocol;

namespace {

// The values of components/schemas/Error/properties/code/enum, read off the document's text
// (a block list of plain words, as the document writes it).
QStringList documentedErrorCodes() {
    QFile f(QStringLiteral(THAID_API_DOCUMENT));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    static const QRegularExpression item(QStringLiteral("^\\s+- ([a-z_]+)\\s*$"));
    enum { Before, InSchemas, InError, InCode, InEnum } at = Before;
    QStringList codes;
    for (const QString& line : lines) {
        if (at == Before && line == QLatin1String("  schemas:"))
            at = InSchemas;
        else if (at == InSchemas && line == QLatin1String("    Error:"))
            at = InError;
        else if (at == InError && line == QLatin1String("        code:"))
            at = InCode;
        else if (at == InCode && line.trimmed() == QLatin1String("enum:"))
            at = InEnum;
        else if (at == InEnum) {
            const auto m = item.match(line);
            if (!m.hasMatch())
                break;
            codes.append(m.captured(1));
        }
    }
    return codes;
}

std::set<std::string> names(const QStringList& list) {
    std::set<std::string> out;
    for (const QString& s : list)
        out.insert(s.toStdString());
    return out;
}

}  // namespace

TEST(Contract, EveryErrorCodeIsInTheDocumentAndEveryDocumentedCodeIsInTheEnum) {
    const QStringList documented = documentedErrorCodes();
    ASSERT_GT(documented.size(), 20) << "the Error schema's enum was not found in the document";
    QStringList known;
    for (ErrorCode c : allErrorCodes())
        known.append(errorCodeName(c));
    EXPECT_EQ(names(known), names(documented));
    EXPECT_EQ(known.size(), documented.size()) << "a code is listed twice";
}

TEST(Contract, EachErrorCodeHasOneSpellingThatReadsBack) {
    std::set<std::string> seen;
    for (ErrorCode c : allErrorCodes()) {
        const QString name = errorCodeName(c);
        EXPECT_TRUE(seen.insert(name.toStdString()).second) << name.toStdString();
        EXPECT_EQ(errorCodeFromName(name), c) << name.toStdString();
        const int status = errorCodeHttpStatus(c);
        EXPECT_TRUE(status >= 400 && status < 600) << name.toStdString();
    }
    EXPECT_FALSE(errorCodeFromName(u"no_such_code").has_value());
    EXPECT_FALSE(errorCodeFromName(u"").has_value());
}
