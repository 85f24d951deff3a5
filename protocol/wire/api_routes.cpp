#include "protocol/wire/api_routes.h"

namespace thaid::protocol {

QString apiPath(const ApiRoute& route, const QString& parameter) {
    QString path = QString::fromLatin1(route.path);
    const qsizetype open = path.indexOf(QLatin1Char('{'));
    if (open < 0)
        return path;
    const qsizetype close = path.indexOf(QLatin1Char('}'), open);
    return path.replace(open, close - open + 1, parameter);
}

bool matchesPath(const ApiRoute& route, QStringView path, QString* parameter) {
    const QString patternText = QString::fromLatin1(route.path);
    const QStringView pattern = patternText;
    const qsizetype open = pattern.indexOf(QLatin1Char('{'));
    if (open < 0)
        return path == pattern;
    const QStringView head = pattern.left(open);
    const QStringView tail = pattern.mid(pattern.indexOf(QLatin1Char('}'), open) + 1);
    if (path.size() <= head.size() + tail.size() || !path.startsWith(head) || !path.endsWith(tail))
        return false;
    const QStringView value = path.mid(head.size(), path.size() - head.size() - tail.size());
    if (value.contains(QLatin1Char('/')))
        return false;
    if (parameter)
        *parameter = value.toString();
    return true;
}

}  // namespace thaid::protocol
