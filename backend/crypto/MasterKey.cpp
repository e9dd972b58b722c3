#include "crypto/MasterKey.h"

#include "crypto/Base64.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <system_error>
#include <vector>

namespace castellan {

namespace {

constexpr std::string_view kMagic = "castellan-master-key";
constexpr std::string_view kVersion = "v1";
// A valid file is about 80 bytes; anything much larger is not a key file, and is not read into memory.
constexpr off_t kMaxFileSize = 1024;

std::string toHex(std::span<const std::uint8_t> bytes)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string hex;
    hex.reserve(bytes.size() * 2);
    for (std::uint8_t byte : bytes) {
        hex.push_back(kDigits[byte >> 4]);
        hex.push_back(kDigits[byte & 0x0f]);
    }
    return hex;
}

std::string modeText(mode_t mode)
{
    char text[8];
    std::snprintf(text, sizeof text, "%04o", static_cast<unsigned>(mode & 07777));
    return text;
}

Error keyFileError(const std::string& path, const std::string& problem)
{
    return Error::of(ErrorCode::Configuration, "Master key file " + path + " " + problem, "master key: " + problem);
}

Error systemError(const std::string& path, const std::string& action, int error)
{
    return keyFileError(path, "cannot " + action + ": " + std::generic_category().message(error));
}

Error corruptError(const std::string& path, const std::string& reason)
{
    return keyFileError(path, "is damaged or not a master key (" + reason +
                                  "); restore it from a backup, since secrets sealed under another key cannot be "
                                  "opened");
}

/// Closes a file descriptor when it goes out of scope.
struct FileDescriptor
{
    int fd = -1;
    ~FileDescriptor()
    {
        if (fd >= 0) {
            ::close(fd);
        }
    }
};

Result<std::string> readKeyFile(const std::string& path, int fd)
{
    struct stat status
    {};
    if (::fstat(fd, &status) != 0) {
        return systemError(path, "be examined", errno);
    }
    if (!S_ISREG(status.st_mode)) {
        return keyFileError(path, "is not a regular file");
    }
    if ((status.st_mode & 077) != 0) {
        return keyFileError(path, "has permissions " + modeText(status.st_mode) +
                                      ", which lets other users read the key; run `chmod 600 " + path + "`");
    }
    if (status.st_size > kMaxFileSize) {
        return corruptError(path, "file is " + std::to_string(status.st_size) + " bytes long");
    }
    std::string content(static_cast<std::size_t>(kMaxFileSize) + 1, '\0');
    std::size_t length = 0;
    while (length < content.size()) {
        const ssize_t n = ::read(fd, content.data() + length, content.size() - length);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            return systemError(path, "be read", errno);
        }
        if (n == 0) {
            break;
        }
        length += static_cast<std::size_t>(n);
    }
    content.resize(length);
    return content;
}

// Splits on blanks without copying, so the only copy of the encoded key is the buffer the caller cleanses.
std::vector<std::string_view> splitWords(std::string_view text)
{
    std::vector<std::string_view> words;
    std::size_t start = 0;
    while (true) {
        start = text.find_first_not_of(" \t\r\n", start);
        if (start == std::string_view::npos) {
            return words;
        }
        const std::size_t end = std::min(text.find_first_of(" \t\r\n", start), text.size());
        words.push_back(text.substr(start, end - start));
        start = end;
    }
}

MasterKey::KeyId keyIdOf(std::span<const std::uint8_t> key)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digestLength = 0;
    if (EVP_Digest(key.data(), key.size(), digest, &digestLength, EVP_sha256(), nullptr) != 1) {
        throw std::runtime_error("SHA-256 failed while computing the master key id");
    }
    MasterKey::KeyId id{};
    std::copy_n(digest, id.size(), id.begin());
    return id;
}

// The key bytes of a v1 key file, checked against the key id the file records.
Result<std::vector<std::uint8_t>> parseKeyFile(const std::string& path, std::string_view content)
{
    const std::vector<std::string_view> words = splitWords(content);
    if (words.size() != 4 || words[0] != kMagic) {
        return corruptError(path, "expected one line '" + std::string(kMagic) + " v1 <key id> <base64 key>'");
    }
    if (words[1] != kVersion) {
        return corruptError(path, "unsupported format version '" + std::string(words[1]) + "'");
    }
    std::optional<std::vector<std::uint8_t>> key = Base64::decode(words[3]);
    if (!key || key->size() != MasterKey::kKeySize) {
        if (key) {
            OPENSSL_cleanse(key->data(), key->size());
        }
        return corruptError(path, "the key is not " + std::to_string(MasterKey::kKeySize) + " bytes of base64");
    }
    if (toHex(keyIdOf(*key)) != words[2]) {
        OPENSSL_cleanse(key->data(), key->size());
        return corruptError(path, "key id " + std::string(words[2]) + " does not match the key");
    }
    return std::move(*key);
}

Result<void> writeAll(const std::string& path, int fd, std::string_view data)
{
    while (!data.empty()) {
        const ssize_t n = ::write(fd, data.data(), data.size());
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            return systemError(path, "be written", errno);
        }
        data.remove_prefix(static_cast<std::size_t>(n));
    }
    if (::fsync(fd) != 0) {
        return systemError(path, "be flushed to disk", errno);
    }
    return {};
}

void syncDirectory(const std::filesystem::path& directory)
{
    // Makes the new directory entry durable; best effort, as some file systems refuse fsync on directories.
    FileDescriptor dir{::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)};
    if (dir.fd >= 0) {
        ::fsync(dir.fd);
    }
}

// Writes `line` to a fresh 0600 file beside `path` and links it into place. False when another process
// created `path` in the meantime.
Result<bool> createKeyFile(const std::string& path, std::string_view line, const Random& random)
{
    std::filesystem::path directory = std::filesystem::path(path).parent_path();
    if (directory.empty()) {
        directory = ".";
    }
    const std::string temporary = path + ".tmp-" + std::to_string(::getpid()) + "-" + toHex(random.bytes(4));
    FileDescriptor file{::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600)};
    if (file.fd < 0) {
        const int error = errno;
        if (error == ENOENT) {
            return keyFileError(path, "cannot be created: directory " + directory.string() + " does not exist");
        }
        return systemError(path, "be created", error);
    }
    // The umask only removes bits, but an explicit mode keeps 0600 independent of it.
    Result<void> written = ::fchmod(file.fd, 0600) == 0 ? writeAll(path, file.fd, line)
                                                        : Result<void>(systemError(path, "be given mode 0600", errno));
    if (!written) {
        ::unlink(temporary.c_str());
        return written.error();
    }
    // link() never replaces an existing file, unlike rename(): a key created meanwhile by another process wins.
    const int linked = ::link(temporary.c_str(), path.c_str());
    const int linkError = errno;
    ::unlink(temporary.c_str());
    if (linked != 0 && linkError == EEXIST) {
        return false;
    }
    if (linked != 0) {
        return systemError(path, "be created", linkError);
    }
    syncDirectory(directory);
    return true;
}

} // namespace

Result<bool> MasterKey::writeKeyFile(const std::string& path, const MasterKey& key, const Random& random)
{
    std::string encoded = Base64::encode(key.bytes());
    std::string line = std::string(kMagic) + " " + std::string(kVersion) + " " + key.keyIdHex() + " ";
    line.reserve(line.size() + encoded.size() + 1); // one buffer, so no stray copy of the key is left to cleanse
    line += encoded;
    line += '\n';
    OPENSSL_cleanse(encoded.data(), encoded.size());
    Result<bool> created = createKeyFile(path, line, random);
    OPENSSL_cleanse(line.data(), line.size());
    return created;
}

Result<void> MasterKey::create(const std::string& path, const MasterKey& key, const Random& random)
{
    Result<bool> created = writeKeyFile(path, key, random);
    if (!created) {
        return created.error();
    }
    if (!*created) {
        return Error::of(ErrorCode::Conflict, "Master key file " + path + " exists already; it is never replaced");
    }
    return {};
}

MasterKey::MasterKey(std::span<const std::uint8_t, kKeySize> key) : m_keyId(keyIdOf(key))
{
    std::copy(key.begin(), key.end(), m_key.begin());
}

MasterKey::MasterKey(MasterKey&& other) noexcept : m_key(other.m_key), m_keyId(other.m_keyId)
{
    OPENSSL_cleanse(other.m_key.data(), other.m_key.size());
}

MasterKey& MasterKey::operator=(MasterKey&& other) noexcept
{
    if (this != &other) {
        m_key = other.m_key;
        m_keyId = other.m_keyId;
        OPENSSL_cleanse(other.m_key.data(), other.m_key.size());
    }
    return *this;
}

MasterKey::~MasterKey()
{
    OPENSSL_cleanse(m_key.data(), m_key.size());
}

MasterKey MasterKey::fromBytes(std::span<const std::uint8_t, kKeySize> key)
{
    return MasterKey(key);
}

std::string MasterKey::formatKeyId(const KeyId& keyId)
{
    return toHex(keyId);
}

Result<MasterKey> MasterKey::load(const std::string& path)
{
    FileDescriptor file{::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY)};
    if (file.fd < 0) {
        return systemError(path, "be opened", errno);
    }
    Result<std::string> content = readKeyFile(path, file.fd);
    if (!content) {
        return content.error();
    }
    Result<std::vector<std::uint8_t>> key = parseKeyFile(path, *content);
    OPENSSL_cleanse(content->data(), content->size());
    if (!key) {
        return key.error();
    }
    MasterKey masterKey(std::span<const std::uint8_t, kKeySize>(key->data(), kKeySize));
    OPENSSL_cleanse(key->data(), key->size());
    return masterKey;
}

Result<MasterKey> MasterKey::loadOrCreate(const std::string& path, const Random& random)
{
    if (::access(path.c_str(), F_OK) == 0 || errno != ENOENT) {
        return load(path);
    }
    std::array<std::uint8_t, kKeySize> bytes{};
    random.fill(bytes);
    MasterKey key(bytes);
    OPENSSL_cleanse(bytes.data(), bytes.size());

    Result<bool> created = writeKeyFile(path, key, random);
    if (!created) {
        return created.error();
    }
    if (!*created) {
        return load(path);
    }
    return key;
}

} // namespace castellan
