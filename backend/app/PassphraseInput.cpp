#include "app/PassphraseInput.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <istream>
#include <ostream>
#include <termios.h>
#include <unistd.h>

namespace castellan {
namespace {

std::string firstLine(std::istream& in)
{
    std::string line;
    std::getline(in, line);
    if (!line.empty() && line.back() == '\r') {
        line.pop_back();
    }
    return line;
}

/// Reads a line from the terminal on standard input with echo off.
std::string askWithoutEcho(const char* prompt, std::istream& in, std::ostream& err)
{
    termios saved{};
    const bool terminal = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    err << prompt << std::flush;
    std::string line = firstLine(in);
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        err << "\n";
    }
    return line;
}

Error invalid(const std::string& message)
{
    return Error::of(ErrorCode::InvalidInput, message);
}

} // namespace

Result<std::string> PassphraseInput::read(const std::optional<std::string>& file, Purpose purpose, std::istream& in,
                                          std::ostream& err)
{
    std::string passphrase;
    if (file) {
        std::ifstream stream(*file);
        if (!stream) {
            return invalid("cannot read the passphrase file " + *file + ": " + std::strerror(errno));
        }
        passphrase = firstLine(stream);
        if (passphrase.empty()) {
            return invalid("the passphrase file " + *file + " is empty; a backup needs a passphrase");
        }
        return passphrase;
    }
    if (!::isatty(STDIN_FILENO)) {
        passphrase = firstLine(in);
    } else {
        passphrase = askWithoutEcho("Backup passphrase: ", in, err);
        if (purpose == Purpose::NewBackup && !passphrase.empty() &&
            askWithoutEcho("The same passphrase again: ", in, err) != passphrase) {
            return invalid("the two passphrases differ; nothing was written");
        }
    }
    if (passphrase.empty()) {
        return invalid("the passphrase is empty; give one on standard input or with --passphrase-file FILE");
    }
    return passphrase;
}

} // namespace castellan
