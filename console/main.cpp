#include "api/TokenStore.h"
#include "app/AdminConsole.h"
#include "app/ConsoleSession.h"
#include "app/LanguageSelector.h"
#include "app/MainWindow.h"

#include <QApplication>
#include <QIcon>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Castellan"));
    QApplication::setApplicationName(QStringLiteral("Castellan Console"));
    QApplication::setApplicationVersion(QStringLiteral(CASTELLAN_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("castellan-console"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/castellan.svg")));

    castellan::console::LanguageSelector languages;
    languages.applyStoredPreference();
    castellan::console::TokenStore tokens;
    castellan::console::ConsoleSession session(&tokens);

    castellan::console::MainWindow window(&languages, &tokens);
    castellan::console::AdminConsole console(&window, &session);
    window.show();
    console.start();
    return QApplication::exec();
}
