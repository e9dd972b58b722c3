#pragma once

#include "api/SessionTokens.h"

#include <QHash>
#include <QObject>

namespace QKeychain {
class Job;
}

namespace castellan::console {

/// Keeps an admin's session tokens between console runs in the system keychain (QtKeychain,
/// service "castellan-console"), one entry per account (e.g. "admin@mfa.example.com:8443").
///
/// Where no keychain is available (headless, no Secret Service on the session bus) the tokens are
/// kept in memory only: isPersistent() turns false and persistenceChanged() tells the window, so it
/// can say the admin will have to sign in again after a restart. Setting the environment variable
/// CASTELLAN_CONSOLE_MEMORY_TOKENS=1 forces memory mode (tests, kiosk set-ups).
///
/// Every operation is asynchronous, in memory mode too, and answers with exactly one signal.
class TokenStore : public QObject
{
    Q_OBJECT

public:
    enum class Backend
    {
        Automatic, ///< keychain, unless forced to memory by the environment or no session bus exists
        Keychain,  ///< keychain; falls back to memory when a keychain call fails
        Memory,    ///< memory only
    };
    Q_ENUM(Backend)

    static constexpr const char* kServiceName = "castellan-console";
    static constexpr const char* kMemoryOnlyVariable = "CASTELLAN_CONSOLE_MEMORY_TOKENS";

    explicit TokenStore(Backend backend = Backend::Automatic, QObject* parent = nullptr);

    /// Whether stored tokens survive a restart of the console.
    bool isPersistent() const { return m_backend == Backend::Keychain; }

    /// Stores the tokens for an account; answers stored().
    void store(const QString& account, const SessionTokens& tokens);
    /// Loads an account's tokens; answers loaded(), with empty tokens when none are stored.
    void load(const QString& account);
    /// Forgets an account's tokens; answers removed(), also when none were stored.
    void remove(const QString& account);

signals:
    void stored(const QString& account);
    void loaded(const QString& account, const castellan::console::SessionTokens& tokens);
    void removed(const QString& account);
    void persistenceChanged(bool persistent);

private:
    static Backend resolveAutomatic();
    void fallBackToMemory(const QKeychain::Job& failedJob);
    void finishStore(const QString& account, const QKeychain::Job& job);
    void finishLoad(const QString& account, const QKeychain::Job& job);
    void finishRemove(const QString& account, const QKeychain::Job& job);
    void emitLoadedFromMemory(const QString& account);

    Backend m_backend;
    // Also filled in keychain mode, so a fallback in the middle of a session keeps the tokens.
    QHash<QString, SessionTokens> m_memory;
};

} // namespace castellan::console
