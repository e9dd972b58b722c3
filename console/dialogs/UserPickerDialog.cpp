#include "dialogs/UserPickerDialog.h"

#include "models/UserModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace castellan::console {

namespace {

constexpr int kSearchDelayMs = 300;
constexpr int kPickerRows = 50;

} // namespace

UserPickerDialog::UserPickerDialog(RestClient& client, const QString& title, QWidget* parent)
    : QDialog(parent), m_model(new UserModel(client, this)), m_searchField(new QLineEdit), m_view(new QTableView),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel)), m_searchTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("userPickerDialog"));
    setWindowTitle(title);
    m_searchField->setObjectName(QStringLiteral("searchField"));
    m_searchField->setPlaceholderText(tr("Search users…"));
    m_searchField->setClearButtonEnabled(true);
    m_model->setPageSize(kPickerRows);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    for (int column = 0; column < UserModel::ColumnCount; ++column) {
        const bool shown = column == UserModel::UsernameColumn || column == UserModel::FirstNameColumn ||
                           column == UserModel::LastNameColumn || column == UserModel::EmailColumn;
        m_view->setColumnHidden(column, !shown);
    }
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Choose"));

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_searchField, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this] { m_model->setSearchText(m_searchField->text()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UserPickerDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UserPickerDialog::updateButtons);
    // Usernames are up to 64 characters: the column grows to the longest one shown, never cutting it.
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this] { m_view->resizeColumnToContents(UserModel::UsernameColumn); });
    connect(m_view, &QTableView::activated, this, &UserPickerDialog::choose);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &UserPickerDialog::choose);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_searchField);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_buttons);
    resize(720, 440);
    updateButtons();
    m_model->refresh();
}

void UserPickerDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_view->selectionModel()->hasSelection());
}

void UserPickerDialog::choose()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const LocalUser* user = rows.isEmpty() ? nullptr : m_model->userFromIndex(rows.first());
    if (!user) {
        return;
    }
    emit chosen(user->id, user->username);
    accept();
}

} // namespace castellan::console
