#pragma once

#include "api/ApiError.h"

#include <functional>
#include <utility>
#include <variant>

namespace castellan::console {

/// The value of a call that answers nothing but success (204 No Content).
struct NoContent
{};

/// What a typed server call delivers: its decoded value or the ApiError it failed with.
template <typename T> class ApiResult
{
public:
    ApiResult(T value) : m_state(std::move(value)) {}
    ApiResult(ApiError error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    const T& value() const { return std::get<T>(m_state); }
    /// The error; a None error when the call succeeded.
    ApiError error() const { return ok() ? ApiError() : std::get<ApiError>(m_state); }

private:
    std::variant<T, ApiError> m_state;
};

/// Called once when a typed call finishes (not at all when its context object is gone by then).
template <typename T> using ApiCallback = std::function<void(const ApiResult<T>&)>;

} // namespace castellan::console
