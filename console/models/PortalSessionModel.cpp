#include "models/PortalSessionModel.h"

#include "models/DisplayFormat.h"

namespace castellan::console {

int PortalSessionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PortalSessionModel::data(const QModelIndex& index, int role) const
{
    const PortalSession* session = itemFromIndex(index);
    if (!session || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) {
        return {};
    }
    if (role == Qt::ToolTipRole) {
        return index.column() == BrowserColumn ? QVariant(session->userAgent) : QVariant();
    }
    switch (index.column()) {
    case SignedInColumn:
        return display::time(session->signedInAt);
    case SourceIpColumn:
        return session->sourceIp;
    case BrowserColumn:
        return session->userAgent;
    case MethodsColumn:
        return session->authMethods;
    case ApplicationsColumn:
        return session->applications.isEmpty() ? tr("Portal only") : session->applications;
    case LastSeenColumn:
        return display::time(session->lastSeenAt);
    case ExpiresColumn:
        return display::time(session->expiresAt);
    default:
        return {};
    }
}

QVariant PortalSessionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case SignedInColumn:
        return tr("Signed In");
    case SourceIpColumn:
        return tr("Address");
    case BrowserColumn:
        return tr("Browser");
    case MethodsColumn:
        return tr("Proved With");
    case ApplicationsColumn:
        return tr("Applications (SSO)");
    case LastSeenColumn:
        return tr("Last Activity");
    case ExpiresColumn:
        return tr("Ends");
    default:
        return {};
    }
}

} // namespace castellan::console
