#include "api/ApiError.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace castellan::console {

namespace {

const QString kProblemPrefix = QStringLiteral("urn:castellan:problem:");

QList<ApiFieldError> fieldErrorsOf(const QJsonObject& problem)
{
    QList<ApiFieldError> errors;
    for (const QJsonValue& entry : problem.value(QStringLiteral("errors")).toArray()) {
        const QJsonObject object = entry.toObject();
        errors.append(
            {object.value(QStringLiteral("field")).toString(), object.value(QStringLiteral("message")).toString()});
    }
    return errors;
}

} // namespace

ApiError ApiError::network(const QString& text)
{
    ApiError error(Kind::Network);
    error.m_detail = text;
    return error;
}

ApiError ApiError::http(int status, const QByteArray& body)
{
    ApiError error(Kind::Http);
    error.m_status = status;
    const QJsonObject problem = QJsonDocument::fromJson(body).object();
    error.m_problem = problem;
    error.m_title = problem.value(QStringLiteral("title")).toString();
    error.m_detail = problem.value(QStringLiteral("detail")).toString();
    QString type = problem.value(QStringLiteral("type")).toString();
    if (type.startsWith(kProblemPrefix)) {
        type = type.mid(kProblemPrefix.size());
    }
    error.m_problemType = type;
    error.m_fieldErrors = fieldErrorsOf(problem);
    return error;
}

ApiError ApiError::untrustedCertificate(const QString& hostKey, const QString& fingerprint)
{
    ApiError error(Kind::UntrustedCertificate);
    error.m_hostKey = hostKey;
    error.m_fingerprint = fingerprint;
    return error;
}

ApiError ApiError::certificateChanged(const QString& hostKey, const QString& fingerprint, const QString& pinned)
{
    ApiError error = untrustedCertificate(hostKey, fingerprint);
    error.m_kind = Kind::CertificateChanged;
    error.m_pinnedFingerprint = pinned;
    return error;
}

ApiError ApiError::sessionExpired()
{
    return ApiError(Kind::SessionExpired);
}

ApiError ApiError::cancelled()
{
    return ApiError(Kind::Cancelled);
}

ApiError ApiError::invalidAnswer(const QString& what)
{
    ApiError error(Kind::InvalidAnswer);
    error.m_detail = what;
    return error;
}

QString ApiError::fieldMessage(const QString& field) const
{
    for (const ApiFieldError& error : m_fieldErrors) {
        if (error.field == field) {
            return error.message;
        }
    }
    return {};
}

QString ApiError::message() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        return QCoreApplication::translate("ApiError", "Cannot reach the server: %1").arg(m_detail);
    case Kind::UntrustedCertificate:
        return QCoreApplication::translate("ApiError", "The server's certificate is not trusted yet.");
    case Kind::CertificateChanged:
        return QCoreApplication::translate(
            "ApiError", "The server's certificate has changed since you trusted it. The connection was refused: "
                        "someone may be intercepting it.");
    case Kind::Http:
        if (!m_detail.isEmpty()) {
            return m_detail;
        }
        return m_title.isEmpty()
                   ? QCoreApplication::translate("ApiError", "The server answered with HTTP status %1.").arg(m_status)
                   : m_title;
    case Kind::SessionExpired:
        return QCoreApplication::translate("ApiError", "Your session has expired. Sign in again.");
    case Kind::Cancelled:
        return QCoreApplication::translate("ApiError", "Cancelled.");
    case Kind::InvalidAnswer:
        return QCoreApplication::translate("ApiError", "The server's answer was not understood: %1").arg(m_detail);
    }
    return {};
}

} // namespace castellan::console
