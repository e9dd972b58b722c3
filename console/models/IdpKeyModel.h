#pragma once

#include "api/IdpKey.h"

#include <QAbstractTableModel>
#include <QList>

namespace castellan::console {

/// The IdP's signing keys (a handful over its life, so all of them at once), the active one first.
class IdpKeyModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        StateColumn,
        FingerprintColumn,
        ExpiresColumn,
        CreatedColumn,
        ActivatedColumn,
        ColumnCount,
    };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setKeys(QList<IdpKey> keys);
    const QList<IdpKey>& keys() const { return m_keys; }
    /// The key a (valid) index shows, or nullptr.
    const IdpKey* keyFromIndex(const QModelIndex& index) const;
    /// The row of the key with this id, or -1.
    int rowOfKey(const QString& id) const;

    /// Tells views the texts changed (a new UI language).
    void retranslate();

    /// "Active (signs)", "Next (published)", "Previous (published)", "Retired".
    static QString stateText(const QString& state);

private:
    QList<IdpKey> m_keys;
};

} // namespace castellan::console
