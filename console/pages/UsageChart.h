#pragma once

#include "api/LicenseAnalytics.h"

#include <QWidget>

namespace castellan::console {

/// Unique users per license month as bars, with the user limit as a dashed line; months over the limit stand
/// out. Drawn with QPainter, following the palette.
class UsageChart : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kMonthsShown = 12;

    explicit UsageChart(QWidget* parent = nullptr);

    void setAnalytics(const LicenseAnalytics& analytics);
    /// The months drawn (the last kMonthsShown), oldest first.
    QList<LicenseAnalytics::Month> shownMonths() const;
    int userLimit() const { return m_analytics.userLimit; }

    QSize sizeHint() const override { return {520, 240}; }
    QSize minimumSizeHint() const override { return {320, 180}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QRectF plotArea() const;
    double scaleTop() const;
    void drawBars(QPainter& painter, const QRectF& plot) const;
    void drawLimit(QPainter& painter, const QRectF& plot) const;
    static QString monthLabel(const QString& month);

    LicenseAnalytics m_analytics;
};

} // namespace castellan::console
