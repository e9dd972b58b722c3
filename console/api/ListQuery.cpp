#include "api/ListQuery.h"

namespace castellan::console {

QUrlQuery ListQuery::toUrlQuery() const
{
    QUrlQuery query = filters;
    if (!search.isEmpty()) {
        query.addQueryItem(QStringLiteral("q"), search);
    }
    query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (!sortKey.isEmpty()) {
        query.addQueryItem(QStringLiteral("sort"), descending ? QLatin1Char('-') + sortKey : sortKey);
    }
    return query;
}

} // namespace castellan::console
