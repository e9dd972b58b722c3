#pragma once

#include "rest/RestMessage.h"

#include <regex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace castellan {

/// The REST API's messages in the caller's language (Accept-Language): problem titles, details, field errors,
/// import problems and audit or block reasons are written in English in the code and in the database; a caller
/// that asks for Turkish gets them translated from translations/api/tr.txt, where a message is either literal or
/// a pattern with numbered holes ("must be {1} characters or longer" -> "{1} karakter veya daha uzun olmalıdır").
/// A message the catalog does not know stays English: never blank, never wrong.
class ApiText
{
public:
    static const ApiText& instance();

    /// "tr" or "en" for an Accept-Language value.
    static std::string negotiate(std::string_view acceptLanguage);
    /// `english` in `language`; unchanged for "en" and for messages the catalog lacks.
    std::string translate(const std::string& language, const std::string& english) const;
    /// Translates the message fields (title, detail, message, reason) of a JSON answer in place.
    void localize(RestResponse& response, const std::string& language) const;

    /// The catalog's entries as (English, translation) pairs, in file order (tests check both sides' holes).
    struct Entry
    {
        std::string english;
        std::string translation;
    };
    const std::vector<Entry>& entries() const { return m_entries; }
    /// Reads the catalog format: an English line, its translation on the next line; blank lines and # comments
    /// between entries.
    static std::vector<Entry> parse(std::string_view text);

private:
    ApiText();

    struct Pattern
    {
        std::string prefix; ///< the literal text before the first hole, to skip patterns cheaply
        std::regex english;
        std::vector<int> holes; ///< the hole number of each capture group, in English order
        std::string translation;
    };

    std::vector<Entry> m_entries;
    std::unordered_map<std::string, std::string> m_literal;
    std::vector<Pattern> m_patterns;
};

} // namespace castellan
