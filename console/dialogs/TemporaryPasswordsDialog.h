#pragma once

#include "api/UsersApi.h"

#include <QDialog>

class QTableWidget;

namespace castellan::console {

/// The temporary passwords of a bulk reset, shown once: a table with Copy All (tab-separated, for a
/// spreadsheet) and Save As CSV.
class TemporaryPasswordsDialog : public QDialog
{
    Q_OBJECT

public:
    TemporaryPasswordsDialog(const QList<TemporaryPassword>& passwords, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    /// "username<TAB>password" lines.
    QString asText() const;

private:
    void saveAsCsv();

    QList<TemporaryPassword> m_passwords;
    QTableWidget* m_table;
};

} // namespace castellan::console
