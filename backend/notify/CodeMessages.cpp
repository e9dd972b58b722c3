#include "notify/CodeMessages.h"

#include <cctype>

namespace castellan {

bool isTurkish(std::string_view language)
{
    const std::string_view primary = language.substr(0, language.find_first_of("-_"));
    return primary.size() == 2 && std::tolower(static_cast<unsigned char>(primary[0])) == 't' &&
           std::tolower(static_cast<unsigned char>(primary[1])) == 'r';
}

std::string codeSmsText(std::string_view code, std::string_view issuer, std::string_view language, int validMinutes)
{
    const std::string minutes = std::to_string(validMinutes);
    if (isTurkish(language)) {
        return std::string(issuer) + " doğrulama kodunuz: " + std::string(code) + ". " + minutes +
               " dakika içinde geçerliliğini yitirir.";
    }
    return "Your " + std::string(issuer) + " verification code is " + std::string(code) + ". It expires in " + minutes +
           " minutes.";
}

MailMessage codeMail(const std::string& to, std::string_view code, std::string_view issuer, std::string_view language,
                     int validMinutes)
{
    const std::string minutes = std::to_string(validMinutes);
    const std::string name(issuer);
    MailMessage mail;
    mail.to = to;
    if (isTurkish(language)) {
        mail.subject = name + " doğrulama kodunuz";
        mail.textBody = name + " doğrulama kodunuz: " + std::string(code) + "\n\n" + "Kod " + minutes +
                        " dakika içinde geçerliliğini yitirir. Giriş yapmaya çalışmadıysanız bu iletiyi dikkate "
                        "almayın ve sistem yöneticinize bildirin.\n";
    } else {
        mail.subject = "Your " + name + " verification code";
        mail.textBody = "Your " + name + " verification code is " + std::string(code) + ".\n\n" + "It expires in " +
                        minutes + " minutes. If you did not try to sign in, ignore this message and tell your " +
                        "system administrator.\n";
    }
    return mail;
}

} // namespace castellan
