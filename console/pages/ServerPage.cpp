#include "pages/ServerPage.h"

#include "api/ApiError.h"

#include "dialogs/MessageBoxes.h"

namespace castellan::console {

ServerPage::ServerPage(ConsolePage page, QWidget* parent) : QWidget(parent), m_page(page) {}

void ServerPage::activate()
{
    if (m_activated) {
        shownAgain();
        return;
    }
    m_activated = true;
    refresh();
}

void ServerPage::showFailure(const QString& what, const ApiError& error)
{
    if (!error.isCancelled()) {
        messages::failure(this, what, error);
    }
}

} // namespace castellan::console
