#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace castellan::console {

/// One page of a list route's answer: `{"items": [...], "total": N}`.
template <typename T> struct ListPage
{
    QList<T> items;
    qint64 total = 0;

    /// Decodes an answer, each item with `T::fromJson`.
    static ListPage fromJson(const QJsonObject& answer)
    {
        ListPage page;
        for (const QJsonValue& item : answer.value(QStringLiteral("items")).toArray()) {
            page.items.append(T::fromJson(item.toObject()));
        }
        page.total = answer.value(QStringLiteral("total")).toInteger();
        return page;
    }
};

} // namespace castellan::console
