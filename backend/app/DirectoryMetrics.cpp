#include "app/DirectoryMetrics.h"

#include "app/Metrics.h"

namespace castellan {

void appendDirectoryMetrics(std::string& out, const std::vector<DirectoryStats>& all)
{
    if (all.empty()) {
        return;
    }
    struct Family
    {
        const char* name;
        const char* type;
        const char* help;
        std::uint64_t DirectoryStats::*counter;
    };
    static const Family kFamilies[] = {
        {"castellan_directory_lookups_total", "counter", "User lookups sent to the directory.",
         &DirectoryStats::lookups},
        {"castellan_directory_cache_hits_total", "counter", "User lookups answered from the cache.",
         &DirectoryStats::cacheHits},
        {"castellan_directory_failures_total", "counter",
         "Lookups and password checks that failed for want of a server.", &DirectoryStats::failures},
        {"castellan_directory_skipped_total", "counter",
         "Attempts not made because every server of the directory failed recently (circuit open).",
         &DirectoryStats::skipped},
        {"castellan_directory_password_checks_total", "counter", "Password checks (binds as the user).",
         &DirectoryStats::passwordChecks},
        {"castellan_directory_password_rejects_total", "counter", "Password checks the directory refused.",
         &DirectoryStats::passwordRejects},
    };
    for (const Family& family : kFamilies) {
        out += std::string("# HELP ") + family.name + " " + family.help + "\n# TYPE " + family.name + " " +
               family.type + "\n";
        for (const DirectoryStats& s : all) {
            out += std::string(family.name) + "{directory=\"" + Metrics::labelValue(s.name) + "\"} " +
                   std::to_string(s.*family.counter) + "\n";
        }
    }
    out += "# HELP castellan_directory_up Whether the last attempt reached a server of the directory (1) or not (0); "
           "error names why.\n# TYPE castellan_directory_up gauge\n";
    for (const DirectoryStats& s : all) {
        out += "castellan_directory_up{directory=\"" + Metrics::labelValue(s.name) + "\",error=\"" +
               Metrics::labelValue(s.lastError.substr(0, 200)) + "\"} " + (s.up ? "1" : "0") + "\n";
    }
}

} // namespace castellan
