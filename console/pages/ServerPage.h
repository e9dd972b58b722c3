#pragma once

#include "pages/ConsolePage.h"

#include <QWidget>

namespace castellan::console {

class ApiError;

/// A sidebar page that works on the server: the window routes its shared actions (Ctrl+N new, Del delete,
/// F5 refresh, Ctrl+F find) to the page on show, and enables them as the page says.
///
/// A page loads when it is first shown (activate()), not when it is built, so signing in fetches one page.
class ServerPage : public QWidget
{
    Q_OBJECT

public:
    explicit ServerPage(ConsolePage page, QWidget* parent = nullptr);

    ConsolePage page() const { return m_page; }

    virtual bool canCreate() const { return false; }
    virtual bool canDelete() const { return false; }
    virtual bool canSearch() const { return false; }

    /// Loads the page the first time it is shown; later, shownAgain() (a list reloads, so an import or another
    /// page's change is seen; a form keeps what the admin is editing).
    void activate();
    bool isActivated() const { return m_activated; }

public slots:
    virtual void createItem() {}
    virtual void deleteSelection() {}
    virtual void refresh() = 0;
    virtual void focusSearch() {}

protected:
    /// The page is shown again after another one; nothing by default.
    virtual void shownAgain() {}

public:
signals:
    /// canCreate(), canDelete() or canSearch() may have changed.
    void actionsChanged();
    /// A short note for the window's status bar ("User ayse created").
    void statusMessage(const QString& text);
    /// Asks the window to show another page (the dashboard's checklist opens the page that completes an item).
    void pageRequested(castellan::console::ConsolePage page);

protected:
    /// Tells the admin a call failed, with the server's message, in a message box.
    void showFailure(const QString& what, const ApiError& error);

private:
    ConsolePage m_page;
    bool m_activated = false;
};

} // namespace castellan::console
