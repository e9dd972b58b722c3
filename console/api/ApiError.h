#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace castellan::console {

/// One invalid field of a request as the server reports it in a problem's `errors[{field, message}]`.
struct ApiFieldError
{
    QString field;
    QString message;

    friend bool operator==(const ApiFieldError&, const ApiFieldError&) = default;
};

/// Why a server call failed: the network, the server's TLS certificate, or the server's answer, which is an
/// RFC 9457 problem document (`application/problem+json`) with optional field errors.
///
/// message() is what the console shows an admin: the server's own `detail` (or `title`) for answers, a
/// translated sentence for everything the console itself decided.
class ApiError
{
public:
    enum class Kind
    {
        None,                 ///< not an error
        Network,              ///< no answer: refused, unreachable, timed out, TLS handshake failed
        UntrustedCertificate, ///< a certificate the admin has not approved yet (trust on first use)
        CertificateChanged,   ///< the server shows another certificate than the pinned one: refused
        Http,                 ///< the server answered with a 4xx/5xx status
        SessionExpired,       ///< the session cannot be renewed; the admin must sign in again
        Cancelled,            ///< the console (or the admin) cancelled the call
        InvalidAnswer,        ///< the answer is not what the API documents
    };

    ApiError() = default;
    static ApiError network(const QString& text);
    static ApiError http(int status, const QByteArray& body);
    static ApiError untrustedCertificate(const QString& hostKey, const QString& fingerprint);
    static ApiError certificateChanged(const QString& hostKey, const QString& fingerprint, const QString& pinned);
    static ApiError sessionExpired();
    static ApiError cancelled();
    static ApiError invalidAnswer(const QString& what);

    Kind kind() const { return m_kind; }
    bool isNone() const { return m_kind == Kind::None; }
    bool isCancelled() const { return m_kind == Kind::Cancelled; }
    bool isCertificateProblem() const
    {
        return m_kind == Kind::UntrustedCertificate || m_kind == Kind::CertificateChanged;
    }
    /// The HTTP status for Kind::Http, else 0.
    int status() const { return m_status; }
    QString title() const { return m_title; }
    QString detail() const { return m_detail; }
    /// The problem's `type` without its `urn:castellan:problem:` prefix ("invalid-input", "conflict"...).
    QString problemType() const { return m_problemType; }
    QList<ApiFieldError> fieldErrors() const { return m_fieldErrors; }
    /// The message for `field`, or an empty string when the server has none for it.
    QString fieldMessage(const QString& field) const;
    /// The whole problem document, for calls whose problem carries more members (a refused import's report).
    QJsonObject problem() const { return m_problem; }

    /// The certificate's SHA-256 fingerprint and the server it was shown by (certificate problems).
    QString fingerprint() const { return m_fingerprint; }
    QString pinnedFingerprint() const { return m_pinnedFingerprint; }
    QString hostKey() const { return m_hostKey; }

    /// One sentence for the admin, in the UI language where the console wrote it.
    QString message() const;

private:
    explicit ApiError(Kind kind) : m_kind(kind) {}

    Kind m_kind = Kind::None;
    int m_status = 0;
    QString m_title;
    QString m_detail;
    QString m_problemType;
    QList<ApiFieldError> m_fieldErrors;
    QJsonObject m_problem;
    QString m_fingerprint;
    QString m_pinnedFingerprint;
    QString m_hostKey;
};

} // namespace castellan::console

Q_DECLARE_METATYPE(castellan::console::ApiError)
