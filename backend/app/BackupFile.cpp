#include "app/BackupFile.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <stdexcept>
#include <sys/stat.h>
#include <unistd.h>

namespace castellan {
namespace {

std::string directoryOf(const std::string& path)
{
    const std::string parent = std::filesystem::path(path).parent_path().string();
    return parent.empty() ? "." : parent;
}

Error fileError(const std::string& path, const std::string& action, int error)
{
    return Error::of(ErrorCode::InvalidInput, "cannot " + action + " " + path + ": " + std::strerror(error));
}

} // namespace

Result<std::vector<std::uint8_t>> BackupFile::read(const std::string& path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return fileError(path, "read", errno);
    }
    std::vector<std::uint8_t> bytes;
    std::uint8_t buffer[65536];
    while (true) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            const int error = errno;
            ::close(fd);
            return fileError(path, "read", error);
        }
        if (n == 0) {
            break;
        }
        bytes.insert(bytes.end(), buffer, buffer + n);
    }
    ::close(fd);
    return bytes;
}

Result<void> BackupFile::writeAtomically(const std::string& path, std::span<const std::uint8_t> bytes)
{
    std::string temporary = path + ".partial-XXXXXX";
    const int fd = ::mkstemp(temporary.data()); // mode 0600
    if (fd < 0) {
        return fileError(directoryOf(path), "create a file in", errno);
    }
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            const int error = errno;
            ::close(fd);
            ::unlink(temporary.c_str());
            return fileError(temporary, "write", error);
        }
        done += static_cast<std::size_t>(n);
    }
    if (::fchmod(fd, 0600) != 0 || ::fsync(fd) != 0 || ::close(fd) != 0) {
        const int error = errno;
        ::unlink(temporary.c_str());
        return fileError(temporary, "flush", error);
    }
    if (::rename(temporary.c_str(), path.c_str()) != 0) {
        const int error = errno;
        ::unlink(temporary.c_str());
        return fileError(path, "write", error);
    }
    const int dir = ::open(directoryOf(path).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir); // best effort: makes the rename durable
        ::close(dir);
    }
    return {};
}

BackupFile::PrivateDirectory::PrivateDirectory(const std::string& beside)
{
    std::string pattern = beside + ".snapshot-XXXXXX";
    if (!::mkdtemp(pattern.data())) { // mode 0700
        throw std::runtime_error("cannot create a scratch directory beside " + beside + ": " + std::strerror(errno));
    }
    m_path = pattern;
}

BackupFile::PrivateDirectory::~PrivateDirectory()
{
    std::error_code ignored;
    std::filesystem::remove_all(m_path, ignored);
}

} // namespace castellan
