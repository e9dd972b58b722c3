#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace castellan::console {

class ServerPage;

/// The actions every page shares — New (Ctrl+N), Delete (Del), Refresh (F5), Find (Ctrl+F) — carried by the
/// window, so their shortcuts work wherever the focus is, and acting on the page shown. Each is enabled only
/// while the page can act on it (Delete needs a selection); none while signed out.
class PageActions : public QObject
{
    Q_OBJECT

public:
    /// The actions are children of `window` and added to it.
    explicit PageActions(QWidget* window);

    QAction* newAction() const { return m_new; }
    QAction* deleteAction() const { return m_delete; }
    QAction* refreshAction() const { return m_refresh; }
    QAction* findAction() const { return m_find; }

    /// The page shown (nullptr for none or a placeholder).
    void setPage(ServerPage* page);
    void setConnected(bool connected);
    void retranslate();

private:
    void update();

    QAction* m_new;
    QAction* m_delete;
    QAction* m_refresh;
    QAction* m_find;
    QPointer<ServerPage> m_page;
    QMetaObject::Connection m_pageConnection;
    bool m_connected = false;
};

} // namespace castellan::console
