#pragma once

#include "api/PortalSession.h"
#include "models/RowListModel.h"

namespace castellan::console {

/// A user's signed-in portal sessions, each with the applications it signed into (SSO).
class PortalSessionModel : public RowListModel<PortalSession>
{
    Q_OBJECT

public:
    enum Column
    {
        SignedInColumn,
        SourceIpColumn,
        BrowserColumn,
        MethodsColumn,
        ApplicationsColumn,
        LastSeenColumn,
        ExpiresColumn,
        ColumnCount,
    };

    using RowListModel::RowListModel;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace castellan::console
