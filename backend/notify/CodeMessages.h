#pragma once

#include "notify/MailMessage.h"

#include <string>
#include <string_view>

namespace castellan {

/// The texts that carry a one-time code, in English or Turkish. `language` is a tag such as "tr", "tr-TR"
/// or "en"; anything that is not Turkish gets English. `issuer` names the service ("Castellan").

/// The SMS text: "Your Castellan verification code is 123456. It expires in 5 minutes."
std::string codeSmsText(std::string_view code, std::string_view issuer, std::string_view language,
                        int validMinutes = 5);

/// The e-mail to `to` carrying the code in its body (not in the subject, which notifications show widely).
MailMessage codeMail(const std::string& to, std::string_view code, std::string_view issuer, std::string_view language,
                     int validMinutes = 5);

/// True when `language` asks for Turkish ("tr", "tr-TR", "tr_TR", any case).
bool isTurkish(std::string_view language);

} // namespace castellan
