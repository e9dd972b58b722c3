#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace castellan::console {

class PagedTableModel;

/// "101–200 of 523 · page 2 of 6" with first, previous, next and last buttons, following a PagedTableModel.
class PagerBar : public QWidget
{
    Q_OBJECT

public:
    explicit PagerBar(PagedTableModel* model, QWidget* parent = nullptr);

    QString rangeText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void update();
    void retranslateUi();

    PagedTableModel* m_model;
    QLabel* m_rangeLabel;
    QToolButton* m_firstButton;
    QToolButton* m_previousButton;
    QToolButton* m_nextButton;
    QToolButton* m_lastButton;
};

} // namespace castellan::console
