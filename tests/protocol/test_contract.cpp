// The contract is written once: the error codes the code knows and the ones the OpenAPI document
// promises are the same list, each spelled one way.
#include "protocol/error_code.h"
#include "protocol/exception_reason.h"

#include <algorithm>
#include <set>
#include <string>

#include <QFile>
#include <QRegularExpression>
#include <QStringList>

#include <gtest/gtest.h>

using namespace thaid::protocol;

namespace {

QStringList documentLines() {
    QFile f(QStringLiteral(THAID_API_DOCUMENT));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
}

// The values of components/schemas/Error/properties/code/enum, read off the document's text
// (a block list of plain words, as the document writes it).
QStringList documentedErrorCodes() {
    const QStringList lines = documentLines();
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

// The flow list "enum: [a, b]" of `property` inside components/schemas/`schema`, on the
// property's line or one of the next three.
std::set<std::string> documentedEnum(const QString& schema, const QString& property) {
    const QStringList lines = documentLines();
    static const QRegularExpression flow(QStringLiteral("enum: \\[([^\\]]*)\\]"));
    static const QRegularExpression nextSchema(QStringLiteral("^    [A-Za-z]+:"));
    const qsizetype start = lines.indexOf(QStringLiteral("    %1:").arg(schema));
    std::set<std::string> values;
    if (start < 0)
        return values;
    for (qsizetype i = start + 1; i < lines.size() && !nextSchema.match(lines[i]).hasMatch(); ++i) {
        if (!lines[i].trimmed().startsWith(property + QLatin1Char(':')))
            continue;
        for (qsizetype j = i; j < std::min(i + 4, lines.size()); ++j) {
            const auto m = flow.match(lines[j]);
            if (!m.hasMatch())
                continue;
            for (const QString& v : m.captured(1).split(QLatin1Char(',')))
                values.insert(v.trimmed().toStdString());
            return values;
        }
    }
    return values;
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

TEST(Contract, ExceptionReasonsAndFingersAreTheDocumentsAndReadBack) {
    std::set<std::string> reasons;
    for (ExceptionReason r : allExceptionReasons()) {
        reasons.insert(exceptionReasonName(r).toStdString());
        EXPECT_EQ(exceptionReasonFromName(exceptionReasonName(r)), r);
    }
    EXPECT_EQ(reasons,
              documentedEnum(QStringLiteral("ExceptionRequest"), QStringLiteral("reason")));
    EXPECT_EQ(reasons.size(), 4u);

    std::set<std::string> fingers;
    for (IndexFinger f : allIndexFingers()) {
        fingers.insert(indexFingerName(f).toStdString());
        EXPECT_EQ(indexFingerFromName(indexFingerName(f)), f);
    }
    EXPECT_EQ(fingers, documentedEnum(QStringLiteral("FingerSample"), QStringLiteral("finger")));
    EXPECT_FALSE(indexFingerFromName(u"right-thumb").has_value());
    EXPECT_FALSE(exceptionReasonFromName(u"other").has_value());
}
