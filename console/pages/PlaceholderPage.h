#pragma once

#include "pages/ConsolePage.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace castellan::console {

/// Stands in for a sidebar page whose content needs a server connection: the page's title, a note
/// that it needs a connection, and a button asking the window to connect.
class PlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    explicit PlaceholderPage(ConsolePage page, QWidget* parent = nullptr);

    ConsolePage page() const { return m_page; }
    /// Says the connected server does not offer this page yet (instead of asking to connect).
    void showUnavailable();

signals:
    void connectRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    ConsolePage m_page;
    bool m_unavailable = false;
    QLabel* m_titleLabel = nullptr;
    QLabel* m_messageLabel = nullptr;
    QPushButton* m_connectButton = nullptr;
};

} // namespace castellan::console
