#include "dialogs/AddDirectoryUserDialog.h"

#include "api/RestReply.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace castellan::console {

namespace {

constexpr int kMinimumWidth = 620;
constexpr int kMinimumHeight = 420;
constexpr int kMaxDirectories = 500;
const QString kErrorStyle = QStringLiteral("color: #b3261e;");

} // namespace

AddDirectoryUserDialog::AddDirectoryUserDialog(RestClient& client, QWidget* parent)
    : QDialog(parent), m_api(client), m_directoryField(new QComboBox), m_searchField(new QLineEdit),
      m_searchButton(new QPushButton(tr("&Search"))), m_entries(new QTableWidget(0, EntryColumnCount)),
      m_message(new QLabel), m_addButton(new QPushButton(tr("&Add")))
{
    setObjectName(QStringLiteral("addDirectoryUserDialog"));
    setWindowTitle(tr("Add Directory User"));
    setMinimumSize(kMinimumWidth, kMinimumHeight);
    auto* intro = new QLabel(tr("A directory user gets a record here at the first sign-in. Add one now to enroll "
                                "their second factors before that: search the directory by the start of a login "
                                "name or a name."));
    intro->setWordWrap(true);
    m_directoryField->setObjectName(QStringLiteral("directoryField"));
    m_searchField->setObjectName(QStringLiteral("searchField"));
    m_searchField->setPlaceholderText(tr("e.g. ali"));
    m_searchField->setMaxLength(100);
    m_searchButton->setObjectName(QStringLiteral("searchButton"));
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_searchField, 1);
    searchRow->addWidget(m_searchButton);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Directory:"), m_directoryField);
    form->addRow(tr("&Name:"), searchRow);

    m_entries->setObjectName(QStringLiteral("entriesView"));
    m_entries->setHorizontalHeaderLabels({tr("Username"), tr("Name"), tr("E-mail"), tr("Here")});
    m_entries->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_entries->setSelectionMode(QAbstractItemView::SingleSelection);
    m_entries->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_entries->verticalHeader()->hide();
    m_entries->horizontalHeader()->setStretchLastSection(true);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_addButton->setObjectName(QStringLiteral("addButton"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->addButton(m_addButton, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &AddDirectoryUserDialog::reject);
    connect(m_addButton, &QPushButton::clicked, this, &AddDirectoryUserDialog::addSelected);
    connect(m_searchButton, &QPushButton::clicked, this, &AddDirectoryUserDialog::search);
    connect(m_searchField, &QLineEdit::returnPressed, this, &AddDirectoryUserDialog::search);
    connect(m_searchField, &QLineEdit::textChanged, this, &AddDirectoryUserDialog::updateButtons);
    connect(m_entries, &QTableWidget::itemSelectionChanged, this, &AddDirectoryUserDialog::updateButtons);
    connect(m_entries, &QTableWidget::cellDoubleClicked, this, &AddDirectoryUserDialog::addSelected);
    connect(m_directoryField, &QComboBox::currentIndexChanged, this, [this] { showEntries({}); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_entries, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    m_searchField->setFocus();
    updateButtons();
    loadDirectories();
}

void AddDirectoryUserDialog::loadDirectories()
{
    ListQuery query;
    query.limit = kMaxDirectories;
    setBusy(m_api.list(query, this,
                       [this](const ApiResult<ListPage<Directory>>& result) {
                           m_pending = nullptr;
                           if (!result.ok()) {
                               showMessage(tr("Could not load the directories: %1").arg(result.error().message()),
                                           true);
                               updateButtons();
                               return;
                           }
                           for (const Directory& d : result.value().items) {
                               m_directoryField->addItem(d.enabled ? d.name : tr("%1 (disabled)").arg(d.name), d.id);
                           }
                           m_directoriesLoaded = true;
                           showMessage(m_directoryField->count() == 0
                                           ? tr("No directories yet: add one under Configuration → Directories.")
                                           : QString(),
                                       m_directoryField->count() == 0);
                           updateButtons();
                       }),
            tr("Loading the directories…"));
}

void AddDirectoryUserDialog::setBusy(RestReply* reply, const QString& what)
{
    m_pending = reply;
    showMessage(what, false);
    updateButtons();
}

void AddDirectoryUserDialog::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? kErrorStyle : QString());
}

void AddDirectoryUserDialog::updateButtons()
{
    const bool idle = !m_pending;
    const bool directory = m_directoryField->currentIndex() >= 0;
    m_directoryField->setEnabled(idle);
    m_searchButton->setEnabled(idle && directory && !m_searchField->text().trimmed().isEmpty());
    m_addButton->setEnabled(idle && directory && m_entries->currentRow() >= 0 && !m_entries->selectedItems().isEmpty());
}

void AddDirectoryUserDialog::search()
{
    const QString text = m_searchField->text().trimmed();
    if (m_pending || text.isEmpty() || m_directoryField->currentIndex() < 0) {
        return;
    }
    const qint64 id = m_directoryField->currentData().toLongLong();
    setBusy(m_api.entries(id, text, this,
                          [this](const ApiResult<QList<DirectoryEntry>>& result) {
                              m_pending = nullptr;
                              if (!result.ok()) {
                                  showEntries({});
                                  if (!result.error().isCancelled()) {
                                      showMessage(
                                          tr("Could not search the directory: %1").arg(result.error().message()), true);
                                  }
                                  return;
                              }
                              showEntries(result.value());
                          }),
            tr("Searching the directory…"));
}

void AddDirectoryUserDialog::showEntries(const QList<DirectoryEntry>& entries)
{
    m_found = entries;
    m_entries->clearContents();
    m_entries->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const DirectoryEntry& e = entries.at(row);
        const QStringList cells{e.username, e.displayName(), e.fields.value(QStringLiteral("email")),
                                e.userId ? tr("Added") : QString()};
        for (int column = 0; column < EntryColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(e.dn);
            m_entries->setItem(row, column, item);
        }
    }
    m_entries->resizeColumnsToContents();
    if (!entries.isEmpty()) {
        m_entries->selectRow(0);
    }
    showMessage(entries.isEmpty() && !m_searchField->text().trimmed().isEmpty() ? tr("No entry matches.") : QString(),
                false);
    updateButtons();
}

void AddDirectoryUserDialog::addSelected()
{
    const int row = m_entries->currentRow();
    if (m_pending || row < 0 || row >= m_found.size()) {
        return;
    }
    const qint64 id = m_directoryField->currentData().toLongLong();
    const QString username = m_found.at(row).username;
    setBusy(m_api.addUser(id, username, this,
                          [this, username](const ApiResult<LocalUser>& result) {
                              m_pending = nullptr;
                              updateButtons();
                              if (!result.ok()) {
                                  if (!result.error().isCancelled()) {
                                      const QString field = result.error().fieldMessage(QStringLiteral("username"));
                                      showMessage(tr("Could not add the user: %1")
                                                      .arg(field.isEmpty() ? result.error().message()
                                                                           : username + QLatin1Char(' ') + field),
                                                  true);
                                  }
                                  return;
                              }
                              emit added(result.value());
                              accept();
                          }),
            tr("Adding the user…"));
}

void AddDirectoryUserDialog::reject()
{
    if (m_pending) {
        m_pending->cancel(); // the first Cancel stops the call, the next one closes
        return;
    }
    QDialog::reject();
}

} // namespace castellan::console
