#include "auth/TemporaryPassword.h"

namespace castellan {

std::string generateTemporaryPassword(const Random& random)
{
    static constexpr std::string_view kAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz";
    // Rejection sampling keeps every character equally likely.
    constexpr unsigned kLimit = 256 - (256 % kAlphabet.size());
    std::string password;
    while (password.size() < 23) {
        if (password.size() % 6 == 5) {
            password.push_back('-');
            continue;
        }
        for (std::uint8_t byte : random.bytes(8)) {
            if (byte < kLimit && password.size() < 23 && password.size() % 6 != 5) {
                password.push_back(kAlphabet[byte % kAlphabet.size()]);
            }
        }
    }
    return password;
}

} // namespace castellan
