#include "userpage/UserTab.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace castellan::console {

UserTab::UserTab(QWidget* parent)
    : QWidget(parent), m_view(new QTableView), m_layout(new QVBoxLayout(this)), m_buttons(new QHBoxLayout),
      m_status(new QLabel)
{
    m_view->setObjectName(QStringLiteral("tableView"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_layout->addLayout(m_buttons);
    m_layout->addWidget(m_view, 1);
    m_layout->addWidget(m_status);
}

void UserTab::setModel(QAbstractItemModel* model)
{
    m_view->setModel(model);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] { updateButtons(); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] { updateButtons(); });
}

void UserTab::setUser(const LocalUser& user)
{
    m_user = user;
    reload();
}

QPushButton* UserTab::addButton(const QString& name, const QString& text)
{
    auto* button = new QPushButton(text);
    button->setObjectName(name + QStringLiteral("Button"));
    m_buttons->addWidget(button);
    return button;
}

void UserTab::addStretch()
{
    m_buttons->addStretch(1);
}

void UserTab::addAboveButtons(QWidget* widget)
{
    m_layout->insertWidget(m_layout->indexOf(m_buttons), widget);
}

QPushButton* UserTab::button(const QString& name) const
{
    return findChild<QPushButton*>(name + QStringLiteral("Button"));
}

int UserTab::selectedRow() const
{
    const QModelIndexList rows =
        m_view->selectionModel() ? m_view->selectionModel()->selectedRows() : QModelIndexList();
    return rows.size() == 1 ? rows.first().row() : -1;
}

void UserTab::showLoading()
{
    m_status->setText(tr("Loading…"));
}

void UserTab::showLoaded(int count, const QString& emptyText)
{
    m_status->setText(count == 0 ? emptyText : QString());
    m_view->resizeColumnsToContents();
    updateButtons();
}

void UserTab::showError(const ApiError& error)
{
    m_status->setText(tr("Could not load: %1").arg(error.message()));
}

} // namespace castellan::console
