#pragma once

#include <QDateTime>
#include <QWidget>

class QCheckBox;
class QDateEdit;

namespace castellan::console {

/// "Expires on [date]" or never: a check box and a date. A time the server answered that is not the end of a
/// day is kept as it is while its date is left unchanged.
class ExpiryField : public QWidget
{
    Q_OBJECT

public:
    explicit ExpiryField(QWidget* parent = nullptr);

    /// Shows an expiration (an invalid time: never).
    void setExpiry(const QDateTime& expiresAt);
    /// The chosen expiration: the end of the chosen day in local time, or invalid for never.
    QDateTime expiry() const;
    /// Moves the date by `days` from the later of today and the date shown, and ticks the box.
    void extendBy(int days);

    QCheckBox* expiresBox() const { return m_expiresBox; }
    QDateEdit* dateEdit() const { return m_dateEdit; }

signals:
    void changed();

private:
    QCheckBox* m_expiresBox;
    QDateEdit* m_dateEdit;
    QDateTime m_original;
};

} // namespace castellan::console
