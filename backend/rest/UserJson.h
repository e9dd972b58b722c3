#pragma once

#include <Poco/JSON/Object.h>

#include <cstdint>

namespace castellan {

struct UserRecord;

/// A user as `/users` shows them; `directory_id` and `directory_name` name a directory user's directory (null for a
/// local user).
Poco::JSON::Object userJson(const UserRecord& user, std::int64_t now);

} // namespace castellan
