#include "dialogs/TemporaryPasswordsDialog.h"

#include "dialogs/MessageBoxes.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace castellan::console {

TemporaryPasswordsDialog::TemporaryPasswordsDialog(const QList<TemporaryPassword>& passwords, QWidget* parent)
    : QDialog(parent), m_passwords(passwords), m_table(new QTableWidget(int(passwords.size()), 2))
{
    setObjectName(QStringLiteral("temporaryPasswordsDialog"));
    setWindowTitle(tr("Temporary Passwords"));
    m_table->setObjectName(QStringLiteral("passwordTable"));
    m_table->setHorizontalHeaderLabels({tr("Username"), tr("Temporary Password")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (int row = 0; row < passwords.size(); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(passwords.at(row).username));
        auto* password = new QTableWidgetItem(passwords.at(row).password);
        password->setFont(fixed);
        m_table->setItem(row, 1, password);
    }
    m_table->resizeColumnToContents(0);

    auto* intro = new QLabel(tr("<b>Copy or save these passwords now.</b> They are shown only once; each user must "
                                "change theirs at the next sign-in."));
    intro->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton* copy = buttons->addButton(tr("&Copy All"), QDialogButtonBox::ActionRole);
    QPushButton* save = buttons->addButton(tr("&Save As…"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyAllButton"));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(asText()); });
    connect(save, &QPushButton::clicked, this, &TemporaryPasswordsDialog::saveAsCsv);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(480, 360);
}

QString TemporaryPasswordsDialog::asText() const
{
    QStringList lines;
    for (const TemporaryPassword& password : m_passwords) {
        lines.append(password.username + QLatin1Char('\t') + password.password);
    }
    return lines.join(QLatin1Char('\n'));
}

void TemporaryPasswordsDialog::saveAsCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Temporary Passwords"), QStringLiteral("temporary-passwords.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        messages::information(this, tr("Not Saved"), tr("Cannot write %1.").arg(path), file.errorString());
        return;
    }
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner); // passwords: the admin's eyes only
    QByteArray csv = "username,temporary_password\n";
    for (const TemporaryPassword& password : m_passwords) {
        csv += password.username.toUtf8() + ',' + password.password.toUtf8() + '\n';
    }
    file.write(csv);
}

} // namespace castellan::console
