#include "app/PageActions.h"

#include "pages/ServerPage.h"

#include <QAction>
#include <QWidget>

namespace castellan::console {

namespace {

QAction* makeAction(QWidget* window, const QString& name, const QKeySequence& shortcut)
{
    auto* action = new QAction(window);
    action->setObjectName(name);
    action->setShortcut(shortcut);
    action->setEnabled(false);
    window->addAction(action); // the window carries the shortcut whichever widget has the focus
    return action;
}

} // namespace

PageActions::PageActions(QWidget* window)
    : QObject(window), m_new(makeAction(window, QStringLiteral("newAction"), QKeySequence::New)),
      m_delete(makeAction(window, QStringLiteral("deleteAction"), QKeySequence::Delete)),
      m_refresh(makeAction(window, QStringLiteral("refreshAction"), Qt::Key_F5)),
      m_find(makeAction(window, QStringLiteral("findAction"), QKeySequence::Find))
{
    connect(m_new, &QAction::triggered, this, [this] {
        if (m_page && m_page->canCreate()) {
            m_page->createItem();
        }
    });
    connect(m_delete, &QAction::triggered, this, [this] {
        if (m_page && m_page->canDelete()) {
            m_page->deleteSelection();
        }
    });
    connect(m_refresh, &QAction::triggered, this, [this] {
        if (m_page) {
            m_page->refresh();
        }
    });
    connect(m_find, &QAction::triggered, this, [this] {
        if (m_page && m_page->canSearch()) {
            m_page->focusSearch();
        }
    });
    retranslate();
}

void PageActions::setPage(ServerPage* page)
{
    disconnect(m_pageConnection);
    m_page = page;
    if (page) {
        m_pageConnection = connect(page, &ServerPage::actionsChanged, this, &PageActions::update);
    }
    update();
}

void PageActions::setConnected(bool connected)
{
    m_connected = connected;
    update();
}

void PageActions::update()
{
    const ServerPage* page = m_connected ? m_page.data() : nullptr;
    m_new->setEnabled(page && page->canCreate());
    m_delete->setEnabled(page && page->canDelete());
    m_find->setEnabled(page && page->canSearch());
    m_refresh->setEnabled(m_connected);
}

void PageActions::retranslate()
{
    m_refresh->setText(tr("&Refresh"));
    m_new->setText(tr("&New"));
    m_delete->setText(tr("&Delete"));
    m_find->setText(tr("&Find"));
}

} // namespace castellan::console
