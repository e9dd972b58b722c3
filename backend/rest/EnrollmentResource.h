#pragma once

#include "core/Clock.h"
#include "rest/RestMessage.h"

#include <string>

namespace castellan {

class Router;
class SoftOtpEnrollment;
class UserRepository;

/// `POST /users/{id}/enrollments` (scopes admin and user): starts a SoftOTP enrollment and answers the QR code,
/// the otpauth URI and the one-time enrollment token (shown once).
class EnrollmentResource
{
public:
    /// `publicUrl`: the configured http.public_url; when empty, the URL the caller reached the server at.
    EnrollmentResource(UserRepository& users, SoftOtpEnrollment& enrollment, std::string publicUrl,
                       const Clock& clock = SystemClock::instance());
    void addRoutes(Router& router);

    RestResponse create(const RestRequest& request);

private:
    std::string publicUrlFor(const RestRequest& request) const;

    UserRepository& m_users;
    SoftOtpEnrollment& m_enrollment;
    std::string m_publicUrl;
    const Clock& m_clock;
};

} // namespace castellan
