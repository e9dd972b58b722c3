#include "pages/PagerBar.h"

#include "models/PagedTableModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QToolButton>

namespace castellan::console {

PagerBar::PagerBar(PagedTableModel* model, QWidget* parent)
    : QWidget(parent), m_model(model), m_rangeLabel(new QLabel), m_firstButton(new QToolButton),
      m_previousButton(new QToolButton), m_nextButton(new QToolButton), m_lastButton(new QToolButton)
{
    setObjectName(QStringLiteral("pagerBar"));
    m_rangeLabel->setObjectName(QStringLiteral("rangeLabel"));
    m_firstButton->setObjectName(QStringLiteral("firstPageButton"));
    m_previousButton->setObjectName(QStringLiteral("previousPageButton"));
    m_nextButton->setObjectName(QStringLiteral("nextPageButton"));
    m_lastButton->setObjectName(QStringLiteral("lastPageButton"));
    m_lastButton->setIcon(style()->standardIcon(QStyle::SP_MediaSkipForward));
    m_firstButton->setIcon(style()->standardIcon(QStyle::SP_MediaSkipBackward));
    m_previousButton->setIcon(style()->standardIcon(QStyle::SP_ArrowLeft));
    m_nextButton->setIcon(style()->standardIcon(QStyle::SP_ArrowRight));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addStretch(1);
    layout->addWidget(m_rangeLabel);
    layout->addWidget(m_firstButton);
    layout->addWidget(m_previousButton);
    layout->addWidget(m_nextButton);
    layout->addWidget(m_lastButton);

    connect(m_firstButton, &QToolButton::clicked, model, &PagedTableModel::showFirstPage);
    connect(m_previousButton, &QToolButton::clicked, model, &PagedTableModel::showPreviousPage);
    connect(m_nextButton, &QToolButton::clicked, model, &PagedTableModel::showNextPage);
    connect(m_lastButton, &QToolButton::clicked, model, &PagedTableModel::showLastPage);
    connect(model, &PagedTableModel::pageLoaded, this, &PagerBar::update);
    connect(model, &PagedTableModel::loadingChanged, this, &PagerBar::update);
    retranslateUi();
    update();
}

QString PagerBar::rangeText() const
{
    const qint64 total = m_model->total();
    if (total == 0) {
        return tr("No entries");
    }
    const QLocale locale;
    const qint64 first = m_model->query().offset + 1;
    const qint64 last = std::min<qint64>(total, m_model->query().offset + m_model->rowCount());
    const QString range = tr("%1–%2 of %3").arg(locale.toString(first), locale.toString(last), locale.toString(total));
    if (m_model->pageCount() == 1) {
        return range;
    }
    return tr("%1 · page %2 of %3")
        .arg(range, locale.toString(m_model->pageNumber()), locale.toString(m_model->pageCount()));
}

void PagerBar::update()
{
    const bool idle = !m_model->isLoading();
    m_rangeLabel->setText(m_model->hasLoaded() ? rangeText() : QString());
    m_firstButton->setEnabled(idle && m_model->hasPreviousPage());
    m_previousButton->setEnabled(idle && m_model->hasPreviousPage());
    m_nextButton->setEnabled(idle && m_model->hasNextPage());
    m_lastButton->setEnabled(idle && m_model->hasNextPage());
}

void PagerBar::retranslateUi()
{
    m_firstButton->setToolTip(tr("First page"));
    m_previousButton->setToolTip(tr("Previous page"));
    m_nextButton->setToolTip(tr("Next page"));
    m_lastButton->setToolTip(tr("Last page"));
    update();
}

void PagerBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

} // namespace castellan::console
