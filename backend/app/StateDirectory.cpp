#include "app/StateDirectory.h"

#include <filesystem>
#include <sys/stat.h>

namespace castellan {

Result<void> StateDirectory::prepare(const std::string& dir)
{
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) {
        return Error::of(ErrorCode::Configuration, "cannot create state directory " + dir + ": " + ec.message());
    }
    ::chmod(dir.c_str(), 0700);
    return {};
}

} // namespace castellan
