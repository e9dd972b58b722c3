#pragma once

#include "core/ErrorCode.h"

#include <cassert>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace castellan {

/// One invalid field of a request, as reported to clients (`errors[{field, message}]`).
struct FieldError
{
    std::string field;
    std::string message;
    bool operator==(const FieldError&) const = default;
};

/// An expected failure: a code, a message safe to show a client, and details only for the log.
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    std::string message;
    std::vector<FieldError> fields;
    std::string logDetail;

    static Error invalid(std::vector<FieldError> fieldErrors, std::string message = "The request has invalid fields")
    {
        return Error{ErrorCode::InvalidInput, std::move(message), std::move(fieldErrors), {}};
    }
    static Error of(ErrorCode code, std::string message, std::string logDetail = {})
    {
        return Error{code, std::move(message), {}, std::move(logDetail)};
    }
};

/// A value or an Error; C++20 has no std::expected.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T& value() &
    {
        assert(ok());
        return std::get<T>(m_state);
    }
    const T& value() const&
    {
        assert(ok());
        return std::get<T>(m_state);
    }
    T&& value() &&
    {
        assert(ok());
        return std::get<T>(std::move(m_state));
    }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const
    {
        assert(!ok());
        return std::get<Error>(m_state);
    }

private:
    std::variant<T, Error> m_state;
};

/// Result of an operation that yields nothing but may fail.
template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_failed(true) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const
    {
        assert(m_failed);
        return m_error;
    }

private:
    Error m_error;
    bool m_failed = false;
};

} // namespace castellan
