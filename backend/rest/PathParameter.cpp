#include "rest/PathParameter.h"

#include <Poco/NumberParser.h>

namespace castellan {

std::optional<std::int64_t> pathId(const RestRequest& request, const std::string& name)
{
    Poco::Int64 id = 0;
    auto it = request.pathParams.find(name);
    if (it == request.pathParams.end() || !Poco::NumberParser::tryParse64(it->second, id) || id <= 0) {
        return std::nullopt;
    }
    return id;
}

} // namespace castellan
