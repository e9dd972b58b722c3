#pragma once

#include <Poco/Nullable.h>
#include <Poco/Types.h>

#include <cstdint>
#include <optional>

namespace castellan {

/// An optional integer as Poco::Data binds it: NULL when absent.
inline Poco::Nullable<Poco::Int64> nullableValue(const std::optional<std::int64_t>& value)
{
    return value ? Poco::Nullable<Poco::Int64>(*value) : Poco::Nullable<Poco::Int64>();
}

} // namespace castellan
