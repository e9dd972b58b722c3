// castellan-device-client: the reference authenticator app on the command line (state in a JSON file).
#include "DeviceClient.h"

#include <iostream>
#include <map>
#include <string>
#include <vector>

using namespace castellan;
using namespace castellan::client;

namespace {

constexpr const char* kUsage =
    "usage: castellan-device-client --state FILE [--insecure | --ca FILE] COMMAND\n"
    "commands:\n"
    "  enroll URI [--platform NAME] [--label TEXT] [--push-token TOKEN]   enroll from the QR code's otpauth:// URI\n"
    "  code                                    print the current TOTP code\n"
    "  verify [CODE]                           confirm the current (or the given) code\n"
    "  sync                                    fetch and apply the remote configuration\n"
    "  challenges                              list pending push challenges\n"
    "  answer ID approve|deny|report [--number NN]   answer a push challenge\n"
    "  qr-login URI approve|deny               answer a QR login (the castellan://qr-login URI of the code)\n";

struct Arguments
{
    std::map<std::string, std::string> options;
    std::vector<std::string> words;
};

Arguments parseArguments(int argc, char** argv)
{
    Arguments a;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--insecure") {
            a.options[arg] = "1";
        } else if (arg.rfind("--", 0) == 0 && i + 1 < argc) {
            a.options[arg] = argv[++i];
        } else {
            a.words.push_back(arg);
        }
    }
    return a;
}

int fail(const std::string& message)
{
    std::cerr << "castellan-device-client: " << message << "\n";
    return 1;
}

std::string option(const Arguments& a, const std::string& name, const std::string& fallback = {})
{
    auto it = a.options.find(name);
    return it == a.options.end() ? fallback : it->second;
}

void printConfig(const AppliedConfiguration& c)
{
    std::cout << "pin_required=" << (c.pinRequired ? "true" : "false")
              << " biometric_required=" << (c.biometricRequired ? "true" : "false") << " config_version=" << c.version
              << "\n";
}

int run(DeviceClient& client, const Arguments& a)
{
    const std::string& command = a.words.front();
    if (command == "code") {
        std::cout << client.currentCode() << "\n";
    } else if (command == "verify") {
        if (auto done = client.verify(a.words.size() > 1 ? a.words[1] : std::string()); !done) {
            return fail(done.error().message);
        }
        std::cout << "verified device " << client.state().deviceId << "\n";
    } else if (command == "sync") {
        auto config = client.sync();
        if (!config) {
            return fail(config.error().message);
        }
        printConfig(*config);
    } else if (command == "challenges") {
        auto found = client.challenges();
        if (!found) {
            return fail(found.error().message);
        }
        for (const Challenge& c : *found) {
            std::cout << c.id << " " << c.kind << (c.numberMatch ? " number-match " : " ") << c.context << "\n";
        }
    } else if (command == "answer" && a.words.size() == 3) {
        auto found = client.challenges();
        if (!found) {
            return fail(found.error().message);
        }
        for (const Challenge& c : *found) {
            if (std::to_string(c.id) == a.words[1]) {
                auto status = client.answer(c, a.words[2], option(a, "--number"));
                if (!status) {
                    return fail(status.error().message);
                }
                std::cout << *status << "\n";
                return 0;
            }
        }
        return fail("no pending challenge " + a.words[1]);
    } else if (command == "qr-login" && a.words.size() == 3) {
        auto status = client.answerQrLogin(a.words[1], a.words[2]);
        if (!status) {
            return fail(status.error().message);
        }
        std::cout << *status << "\n";
    } else {
        std::cerr << kUsage;
        return 2;
    }
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    const Arguments a = parseArguments(argc, argv);
    const std::string statePath = option(a, "--state");
    if (statePath.empty() || a.words.empty()) {
        std::cerr << kUsage;
        return 2;
    }
    TlsTrust trust{option(a, "--ca"), a.options.count("--insecure") > 0};
    try {
        if (a.words.front() == "enroll") {
            if (a.words.size() != 2) {
                std::cerr << kUsage;
                return 2;
            }
            EnrollmentOptions options{option(a, "--platform", "reference"), option(a, "--label"),
                                      option(a, "--push-token")};
            auto client = DeviceClient::enroll(a.words[1], options, trust);
            if (!client) {
                return fail(client.error().message);
            }
            if (auto saved = client->state().save(statePath); !saved) {
                return fail(saved.error().message);
            }
            std::cout << "enrolled device " << client->state().deviceId << " for " << client->state().totp.account
                      << "\n";
            printConfig(client->state().config);
            return 0;
        }
        auto state = DeviceState::load(statePath);
        if (!state) {
            return fail(state.error().message);
        }
        DeviceClient client(std::move(state).value(), trust);
        const int status = run(client, a);
        if (auto saved = client.state().save(statePath); !saved) {
            return fail(saved.error().message);
        }
        return status;
    } catch (const std::exception& e) {
        return fail(e.what());
    }
}
