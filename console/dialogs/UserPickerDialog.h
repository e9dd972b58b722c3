#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QTableView;
class QTimer;

namespace castellan::console {

class RestClient;
class UserModel;

/// Finds a local user by name (searching on the server) and answers the one chosen.
class UserPickerDialog : public QDialog
{
    Q_OBJECT

public:
    UserPickerDialog(RestClient& client, const QString& title, QWidget* parent = nullptr);

    QLineEdit* searchField() const { return m_searchField; }
    QTableView* view() const { return m_view; }
    UserModel* model() const { return m_model; }

signals:
    void chosen(qint64 userId, const QString& username);

private:
    void choose();
    void updateButtons();

    UserModel* m_model;
    QLineEdit* m_searchField;
    QTableView* m_view;
    QDialogButtonBox* m_buttons;
    QTimer* m_searchTimer;
};

} // namespace castellan::console
