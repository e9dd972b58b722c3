// castellan-license: the vendor's tool. Creates Ed25519 signing key pairs, signs license keys bound to a
// customer's App Key, and shows what a key holds.
#include "core/Rfc3339.h"
#include "crypto/Random.h"
#include "license/LicenseKey.h"
#include "license/VendorKeys.h"
#include "otp/Base32.h"

#include <chrono>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <sys/stat.h>

using namespace castellan;

namespace {

constexpr const char* kUsage =
    "usage: castellan-license COMMAND [options]\n"
    "  keygen --out PREFIX                      write PREFIX.key (private, 0600) and PREFIX.pub\n"
    "  sign --key FILE --company NAME --users N --support-end YYYY-MM-DD --app-key KEY\n"
    "       [--type subscription|demo] [--push active|inactive] [--id TEXT]\n"
    "                                           print a license key\n"
    "  show [--pub FILE] KEY                    verify KEY (against FILE, or the built-in vendor keys) and print it\n";

std::map<std::string, std::string> options(int argc, char** argv, std::string& last)
{
    std::map<std::string, std::string> found;
    for (int i = 2; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg.rfind("--", 0) == 0 && i + 1 < argc) {
            found[arg] = argv[++i];
        } else {
            last = arg;
        }
    }
    return found;
}

std::string readFile(const std::string& path)
{
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

int fail(const std::string& message)
{
    std::cerr << "castellan-license: " << message << "\n";
    return 1;
}

int keygen(const std::map<std::string, std::string>& o)
{
    if (!o.count("--out")) {
        return fail("keygen needs --out PREFIX");
    }
    const auto [privatePem, publicPem] = LicenseKey::generateKeyPair();
    const std::string prefix = o.at("--out");
    {
        std::ofstream key(prefix + ".key");
        key << privatePem;
    }
    ::chmod((prefix + ".key").c_str(), 0600);
    std::ofstream(prefix + ".pub") << publicPem;
    std::cout << "wrote " << prefix << ".key and " << prefix << ".pub\n";
    return 0;
}

int sign(const std::map<std::string, std::string>& o)
{
    for (const char* required : {"--key", "--company", "--users", "--support-end", "--app-key"}) {
        if (!o.count(required)) {
            return fail(std::string("sign needs ") + required);
        }
    }
    LicenseTerms terms;
    terms.company = o.at("--company");
    terms.userLimit = std::stoi(o.at("--users"));
    terms.supportEndDate = o.at("--support-end");
    if (terms.userLimit < 1 || !Rfc3339::parseDate(terms.supportEndDate)) {
        return fail("--users must be a positive number and --support-end a date YYYY-MM-DD");
    }
    terms.appKey = o.at("--app-key");
    terms.type = o.count("--type") ? o.at("--type") : "subscription";
    terms.pushSubscription = !o.count("--push") || o.at("--push") == "active";
    terms.licenseId =
        o.count("--id") ? o.at("--id") : "LIC-" + Base32::encode(Random::system().bytes(5), Base32::Padding::Omit);
    terms.issuedAt = Rfc3339::format(
        std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count());
    auto key = LicenseKey::sign(terms, readFile(o.at("--key")));
    if (!key) {
        return fail(key.error().message);
    }
    std::cout << *key << "\n";
    return 0;
}

int show(const std::map<std::string, std::string>& o, const std::string& key)
{
    const std::vector<std::string> keys =
        o.count("--pub") ? std::vector<std::string>{readFile(o.at("--pub"))} : VendorKeys::embedded();
    auto terms = LicenseKey::verify(key, keys);
    if (!terms) {
        return fail("license key " + terms.error().fields.front().message);
    }
    std::cout << "license_id: " << terms->licenseId << "\ncompany: " << terms->company
              << "\nuser_limit: " << terms->userLimit << "\nlicense_type: " << terms->type
              << "\nsupport_end_date: " << terms->supportEndDate
              << "\npush_subscription: " << (terms->pushSubscription ? "active" : "inactive")
              << "\napp_key: " << terms->appKey << "\nissued_at: " << terms->issuedAt << "\n";
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::cerr << kUsage;
        return 2;
    }
    const std::string command = argv[1];
    std::string last;
    const auto o = options(argc, argv, last);
    try {
        if (command == "keygen") {
            return keygen(o);
        }
        if (command == "sign") {
            return sign(o);
        }
        if (command == "show" && !last.empty()) {
            return show(o, last);
        }
    } catch (const std::exception& e) {
        return fail(e.what());
    }
    std::cerr << kUsage;
    return 2;
}
