#pragma once

#include <Poco/JSON/Object.h>

#include <optional>
#include <string>

namespace castellan {

class JsonBody;
struct DirectoryRecord;

/// The JSON fields of `/directories`: what a directory looks like to an administrator (never its bind password,
/// only whether it has one) and how a request body changes it, every invalid field named.
class DirectoryFields
{
public:
    static constexpr std::size_t kMaxUrls = 10;
    static constexpr std::size_t kMaxGroups = 50;
    static constexpr std::size_t kMaxCandidates = 5; ///< login attributes, and attributes per field
    static constexpr std::size_t kMaxText = 1000;    ///< DNs and the user filter
    static constexpr std::size_t kMaxCaPem = 65536;
    static constexpr std::size_t kMaxPassword = 256;

    static Poco::JSON::Object toJson(const DirectoryRecord& directory);
    /// Reads `body` into `directory`. `create` makes name, kind, urls and base_dn required and fills what is left out
    /// from the kind's defaults (DirectoryKindDefaults). A bind password given goes to `bindPassword` (null: "", to
    /// remove it); `hasPassword` says whether one is stored, so that a bind DN without one is refused.
    static void read(JsonBody& body, DirectoryRecord& directory, std::optional<std::string>& bindPassword, bool create,
                     bool hasPassword);
};

} // namespace castellan
