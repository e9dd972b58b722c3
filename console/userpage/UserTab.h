#pragma once

#include "api/ApiError.h"
#include "api/LocalUser.h"

#include <QWidget>

class QAbstractItemModel;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableView;
class QVBoxLayout;

namespace castellan::console {

/// One tab of a user's page: a table of what the user has (factors, keys, sessions), the buttons that act on it,
/// and a line that says when it is loading, empty or failed.
class UserTab : public QWidget
{
    Q_OBJECT

public:
    explicit UserTab(QWidget* parent = nullptr);

    const LocalUser& user() const { return m_user; }
    /// Shows this user's entries (loads them).
    void setUser(const LocalUser& user);
    virtual void reload() = 0;

    QTableView* view() const { return m_view; }
    QLabel* statusLabel() const { return m_status; }
    QPushButton* button(const QString& name) const;
    /// The row selected in the table, or -1.
    int selectedRow() const;

signals:
    /// Something changed on the server: a message for the status bar.
    void changed(const QString& message);

protected:
    void setModel(QAbstractItemModel* model);
    /// A button in the row above the table; `name` is its object name without "Button".
    QPushButton* addButton(const QString& name, const QString& text);
    void addStretch();
    /// A widget (an explanation, a note) above the buttons, in the order added.
    void addAboveButtons(QWidget* widget);
    void showLoading();
    /// Shows how many entries arrived (or `emptyText` for none).
    void showLoaded(int count, const QString& emptyText);
    void showError(const ApiError& error);
    /// Called when the selection changes, for buttons that need one.
    virtual void updateButtons() {}

private:
    LocalUser m_user;
    QTableView* m_view;
    QVBoxLayout* m_layout;
    QHBoxLayout* m_buttons;
    QLabel* m_status;
};

} // namespace castellan::console
