#include "models/IdpKeyModel.h"

#include "models/DisplayFormat.h"
#include "models/StatusPalette.h"

#include <QFontDatabase>

#include <algorithm>

namespace castellan::console {

namespace {

int stateOrder(const QString& state)
{
    static const QStringList kOrder{QStringLiteral("active"), QStringLiteral("next"), QStringLiteral("previous"),
                                    QStringLiteral("retired")};
    const auto at = kOrder.indexOf(state);
    return at < 0 ? int(kOrder.size()) : int(at);
}

} // namespace

int IdpKeyModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int IdpKeyModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString IdpKeyModel::stateText(const QString& state)
{
    if (state == QLatin1String("active")) {
        return tr("Active (signs)");
    }
    if (state == QLatin1String("next")) {
        return tr("Next (published)");
    }
    if (state == QLatin1String("previous")) {
        return tr("Previous (published)");
    }
    if (state == QLatin1String("retired")) {
        return tr("Retired");
    }
    return state;
}

QVariant IdpKeyModel::data(const QModelIndex& index, int role) const
{
    const IdpKey* key = keyFromIndex(index);
    if (!key) {
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case StateColumn:
            return stateText(key->state);
        case FingerprintColumn:
            return key->fingerprint;
        case ExpiresColumn:
            return display::expiry(key->notAfter);
        case CreatedColumn:
            return display::time(key->createdAt);
        case ActivatedColumn:
            return display::time(key->activatedAt);
        default:
            return {};
        }
    }
    if (role == Qt::FontRole && index.column() == FingerprintColumn) {
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    }
    if (role == Qt::ForegroundRole && key->state == QLatin1String("retired")) {
        return StatusPalette::inactiveText();
    }
    if (role == Qt::ForegroundRole && key->state == QLatin1String("active") && index.column() == StateColumn) {
        return StatusPalette::goodText();
    }
    return {};
}

QVariant IdpKeyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case StateColumn:
        return tr("State");
    case FingerprintColumn:
        return tr("SHA-256 Fingerprint");
    case ExpiresColumn:
        return tr("Expires");
    case CreatedColumn:
        return tr("Generated");
    case ActivatedColumn:
        return tr("Activated");
    default:
        return {};
    }
}

void IdpKeyModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_keys.isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

void IdpKeyModel::setKeys(QList<IdpKey> keys)
{
    std::stable_sort(keys.begin(), keys.end(),
                     [](const IdpKey& a, const IdpKey& b) { return stateOrder(a.state) < stateOrder(b.state); });
    beginResetModel();
    m_keys = std::move(keys);
    endResetModel();
}

const IdpKey* IdpKeyModel::keyFromIndex(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index)) {
        return nullptr;
    }
    return &m_keys.at(index.row());
}

int IdpKeyModel::rowOfKey(const QString& id) const
{
    for (int row = 0; row < m_keys.size(); ++row) {
        if (m_keys.at(row).id == id) {
            return row;
        }
    }
    return -1;
}

} // namespace castellan::console
