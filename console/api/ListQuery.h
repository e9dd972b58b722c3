#pragma once

#include <QString>
#include <QUrlQuery>

namespace castellan::console {

/// What a list route is asked for (DESIGN §7): `q`, `offset`, `limit` (1–500), and where the route sorts,
/// `sort` ("username", "-created_at"); other filters ride along as query items.
struct ListQuery
{
    static constexpr int kDefaultLimit = 100;

    QString search;
    int offset = 0;
    int limit = kDefaultLimit;
    QString sortKey; ///< empty: the server's order
    bool descending = false;
    QUrlQuery filters;

    QUrlQuery toUrlQuery() const;
};

} // namespace castellan::console
