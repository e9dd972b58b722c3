#pragma once

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace castellan::console::test {

/// Points QSettings at a throw-away directory for the whole test run, so a GUI test neither reads
/// nor overwrites the real console's settings. Create it in initTestCase(), before any QSettings.
class IsolatedSettings
{
public:
    IsolatedSettings()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Castellan"));
        QCoreApplication::setApplicationName(QStringLiteral("Castellan Console"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_directory.path());
    }

    bool isValid() const { return m_directory.isValid(); }
    QString path() const { return m_directory.path(); }

    /// Forgets everything the previous test function stored.
    static void clear() { QSettings().clear(); }

private:
    QTemporaryDir m_directory;
};

} // namespace castellan::console::test
