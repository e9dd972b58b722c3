#pragma once

#include <map>
#include <string>
#include <string_view>

namespace castellan {

/// An `application/x-www-form-urlencoded` body (HTML forms, WHATWG URL §5.1), and the cookies of a `Cookie`
/// header (RFC 6265 §5.4). Repeated names keep their first value.
class HtmlForm
{
public:
    static HtmlForm parse(std::string_view body);
    static std::map<std::string, std::string> cookies(std::string_view header);

    std::string value(const std::string& name) const;
    bool has(const std::string& name) const { return m_values.count(name) > 0; }

private:
    std::map<std::string, std::string> m_values;
};

} // namespace castellan
