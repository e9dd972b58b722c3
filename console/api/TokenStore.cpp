#include "api/TokenStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMetaObject>
#include <qt6keychain/keychain.h>

namespace castellan::console {

namespace {

Q_LOGGING_CATEGORY(lcTokenStore, "castellan.console.tokens")

// The field names of the login answer (DESIGN §7), so the entry reads like what the server sent.
const QString kAccessTokenField = QStringLiteral("access_token");
const QString kRefreshTokenField = QStringLiteral("refresh_token");

QByteArray encodeTokens(const SessionTokens& tokens)
{
    const QJsonObject object{{kAccessTokenField, tokens.accessToken}, {kRefreshTokenField, tokens.refreshToken}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

SessionTokens decodeTokens(const QByteArray& data)
{
    const QJsonObject object = QJsonDocument::fromJson(data).object();
    return SessionTokens{object.value(kAccessTokenField).toString(), object.value(kRefreshTokenField).toString()};
}

QString serviceName()
{
    return QString::fromLatin1(TokenStore::kServiceName);
}

} // namespace

TokenStore::TokenStore(Backend backend, QObject* parent)
    : QObject(parent), m_backend(backend == Backend::Automatic ? resolveAutomatic() : backend)
{
    qRegisterMetaType<SessionTokens>();
}

TokenStore::Backend TokenStore::resolveAutomatic()
{
    if (qEnvironmentVariableIntValue(kMemoryOnlyVariable) != 0) {
        qCInfo(lcTokenStore) << kMemoryOnlyVariable << "is set: keeping tokens in memory only";
        return Backend::Memory;
    }
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
    // Secret Service and KWallet are both reached over the session bus; without one, every keychain
    // call would only fail (possibly after a D-Bus time-out).
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        qCInfo(lcTokenStore) << "no D-Bus session bus: keeping tokens in memory only";
        return Backend::Memory;
    }
#endif
    return Backend::Keychain;
}

void TokenStore::store(const QString& account, const SessionTokens& tokens)
{
    m_memory.insert(account, tokens);
    if (!isPersistent()) {
        QMetaObject::invokeMethod(
            this, [this, account] { emit stored(account); }, Qt::QueuedConnection);
        return;
    }
    auto* job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setKey(account);
    job->setBinaryData(encodeTokens(tokens));
    connect(job, &QKeychain::Job::finished, this,
            [this, account](QKeychain::Job* finished) { finishStore(account, *finished); });
    job->start();
}

void TokenStore::load(const QString& account)
{
    if (!isPersistent()) {
        QMetaObject::invokeMethod(
            this, [this, account] { emitLoadedFromMemory(account); }, Qt::QueuedConnection);
        return;
    }
    auto* job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setKey(account);
    connect(job, &QKeychain::Job::finished, this,
            [this, account](QKeychain::Job* finished) { finishLoad(account, *finished); });
    job->start();
}

void TokenStore::remove(const QString& account)
{
    m_memory.remove(account);
    if (!isPersistent()) {
        QMetaObject::invokeMethod(
            this, [this, account] { emit removed(account); }, Qt::QueuedConnection);
        return;
    }
    auto* job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setKey(account);
    connect(job, &QKeychain::Job::finished, this,
            [this, account](QKeychain::Job* finished) { finishRemove(account, *finished); });
    job->start();
}

void TokenStore::finishStore(const QString& account, const QKeychain::Job& job)
{
    // The tokens are in m_memory already, so a failed write still leaves a usable session.
    if (job.error() != QKeychain::NoError) {
        fallBackToMemory(job);
    }
    emit stored(account);
}

void TokenStore::finishLoad(const QString& account, const QKeychain::Job& job)
{
    switch (job.error()) {
    case QKeychain::NoError: {
        const SessionTokens tokens = decodeTokens(static_cast<const QKeychain::ReadPasswordJob&>(job).binaryData());
        m_memory.insert(account, tokens);
        emit loaded(account, tokens);
        return;
    }
    case QKeychain::EntryNotFound:
        emit loaded(account, SessionTokens{});
        return;
    default:
        fallBackToMemory(job);
        emitLoadedFromMemory(account);
        return;
    }
}

void TokenStore::finishRemove(const QString& account, const QKeychain::Job& job)
{
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound) {
        fallBackToMemory(job);
    }
    emit removed(account);
}

void TokenStore::emitLoadedFromMemory(const QString& account)
{
    emit loaded(account, m_memory.value(account));
}

void TokenStore::fallBackToMemory(const QKeychain::Job& failedJob)
{
    qCWarning(lcTokenStore).noquote() << "keychain unavailable, keeping tokens in memory only:"
                                      << failedJob.errorString();
    if (m_backend == Backend::Memory) {
        return;
    }
    m_backend = Backend::Memory;
    emit persistenceChanged(false);
}

} // namespace castellan::console
