#pragma once

#include <QWidget>

class QComboBox;
class QSpinBox;

namespace castellan::console {

/// A duration as people give it: a number and a unit (seconds, minutes, hours, days).
class DurationEdit : public QWidget
{
    Q_OBJECT

public:
    enum Unit
    {
        Seconds,
        Minutes,
        Hours,
        Days,
    };

    explicit DurationEdit(QWidget* parent = nullptr);

    qint64 seconds() const;
    /// Shows a duration in the largest unit that divides it.
    void setSeconds(qint64 seconds);
    /// Offers only units from `smallest` up.
    void setSmallestUnit(Unit smallest);

    QSpinBox* amountField() const { return m_amount; }
    QComboBox* unitField() const { return m_unit; }

signals:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    static qint64 unitSeconds(Unit unit);
    void fillUnits(Unit smallest);
    static QString unitName(Unit unit);

    QSpinBox* m_amount;
    QComboBox* m_unit;
};

} // namespace castellan::console
