#pragma once

#include "rest/RestMessage.h"

#include <cstdint>
#include <optional>
#include <string>

namespace castellan {

/// The positive integer id in path parameter `name` (`/softotp/{id}`); nothing when absent or not one.
std::optional<std::int64_t> pathId(const RestRequest& request, const std::string& name = "id");

} // namespace castellan
