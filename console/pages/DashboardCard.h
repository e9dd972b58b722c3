#pragma once

#include <QFrame>

class QLabel;

namespace castellan::console {

/// One figure of the dashboard in a framed box: what it is, the figure in large type, and a line that explains it.
class DashboardCard : public QFrame
{
    Q_OBJECT

public:
    explicit DashboardCard(const QString& objectName, QWidget* parent = nullptr);

    void setTitle(const QString& title);
    /// The figure and its line; `alert` shows the figure in the alert colour (something needs attention).
    void setFigure(const QString& value, const QString& detail, bool alert = false);

    QString value() const;
    QString detail() const;
    QLabel* valueLabel() const { return m_value; }

private:
    QLabel* m_title;
    QLabel* m_value;
    QLabel* m_detail;
};

} // namespace castellan::console
