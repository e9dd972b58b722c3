#include "models/UserFactorModel.h"

#include "models/DisplayFormat.h"

namespace castellan::console {

int UserFactorModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString UserFactorModel::typeTitle(UserFactor::Type type)
{
    switch (type) {
    case UserFactor::Type::Totp:
        return tr("Authenticator app (TOTP)");
    case UserFactor::Type::Hotp:
        return tr("Hardware token (HOTP)");
    case UserFactor::Type::Sms:
        return tr("SMS");
    case UserFactor::Type::Email:
        return tr("E-mail");
    case UserFactor::Type::WebAuthn:
        return tr("Security key");
    case UserFactor::Type::Push:
        return tr("Push (Castellan app)");
    case UserFactor::Type::Other:
        break;
    }
    return tr("Other");
}

QString UserFactorModel::detailText(const UserFactor& factor)
{
    switch (factor.type) {
    case UserFactor::Type::Hotp:
        return tr("Serial %1, %2 digits").arg(factor.serial).arg(factor.digits);
    case UserFactor::Type::Totp:
        if (factor.clockOffset != 0) {
            return tr("%1, %2 digits, %3 s, device clock %4 s")
                .arg(factor.algorithm)
                .arg(factor.digits)
                .arg(factor.period)
                .arg(factor.clockOffset > 0 ? QStringLiteral("+%1").arg(factor.clockOffset)
                                            : QString::number(factor.clockOffset));
        }
        return tr("%1, %2 digits, %3 s").arg(factor.algorithm).arg(factor.digits).arg(factor.period);
    case UserFactor::Type::Sms:
    case UserFactor::Type::Email:
        return factor.destination;
    default:
        return QString();
    }
}

QVariant UserFactorModel::data(const QModelIndex& index, int role) const
{
    const UserFactor* factor = itemFromIndex(index);
    if (!factor || role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case TypeColumn:
        return typeTitle(factor->type);
    case LabelColumn:
        return factor->label;
    case DetailColumn:
        return detailText(*factor);
    case CreatedColumn:
        return display::time(factor->createdAt);
    case LastUsedColumn:
        return display::time(factor->lastUsedAt);
    default:
        return {};
    }
}

QVariant UserFactorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TypeColumn:
        return tr("Type");
    case LabelColumn:
        return tr("Label");
    case DetailColumn:
        return tr("Details");
    case CreatedColumn:
        return tr("Added");
    case LastUsedColumn:
        return tr("Last Used");
    default:
        return {};
    }
}

int UserFactorModel::rowOfFactor(qint64 id) const
{
    for (int row = 0; row < rows().size(); ++row) {
        if (rows().at(row).id == id) {
            return row;
        }
    }
    return -1;
}

} // namespace castellan::console
