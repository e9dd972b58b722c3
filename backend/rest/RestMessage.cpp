#include "rest/RestMessage.h"

namespace castellan {

std::string RestRequest::queryValue(const std::string& name, const std::string& fallback) const
{
    auto it = query.find(name);
    return it == query.end() ? fallback : it->second;
}

std::string RestRequest::header(const std::string& lowerName) const
{
    auto it = headers.find(lowerName);
    return it == headers.end() ? std::string() : it->second;
}

} // namespace castellan
