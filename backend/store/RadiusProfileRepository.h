#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace castellan {

class Database;

/// One reply attribute of a radius profile: a dictionary name and a value that may name user fields
/// (`{username}`, `{framed_ip}`; see RadiusReplyAttributes).
struct RadiusReplyAttribute
{
    std::string attribute;
    std::string value;
    bool operator==(const RadiusReplyAttribute&) const = default;
};

/// The RADIUS part of a radius application profile.
struct RadiusProfileRecord
{
    std::int64_t applicationId = 0;
    int appendedOtpLength = 0; ///< 0: ask for the code with Access-Challenge; 6–8: split password+OTP
    std::vector<RadiusReplyAttribute> replyAttributes;
};

/// Persistence of `radius_profiles`.
class RadiusProfileRepository
{
public:
    explicit RadiusProfileRepository(Database& database);

    /// The profile's RADIUS settings; defaults (challenge, no reply attributes) when none are stored.
    RadiusProfileRecord find(std::int64_t applicationId);
    /// Creates or replaces the settings of `profile.applicationId`.
    void save(const RadiusProfileRecord& profile);

private:
    Database& m_database;
};

} // namespace castellan
