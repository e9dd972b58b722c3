#include "saml/XmlDocument.h"

#include <libxml/parser.h>

#include <cstring>
#include <utility>

namespace castellan {

std::optional<XmlDocument> XmlDocument::parse(std::string_view text, size_t maxBytes)
{
    if (text.empty() || text.size() > maxBytes) {
        return std::nullopt;
    }
    // No XML_PARSE_NOENT (entities stay unexpanded), no XML_PARSE_DTDLOAD, XML_PARSE_NONET: nothing is fetched.
    const int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA;
    xmlDocPtr doc = xmlReadMemory(text.data(), static_cast<int>(text.size()), "untrusted.xml", nullptr, options);
    if (!doc) {
        return std::nullopt;
    }
    XmlDocument document(doc);
    if (doc->intSubset || doc->extSubset || !document.root()) {
        return std::nullopt;
    }
    return document;
}

XmlDocument::XmlDocument(XmlDocument&& other) noexcept : m_doc(std::exchange(other.m_doc, nullptr)) {}

XmlDocument& XmlDocument::operator=(XmlDocument&& other) noexcept
{
    if (this != &other) {
        if (m_doc) {
            xmlFreeDoc(m_doc);
        }
        m_doc = std::exchange(other.m_doc, nullptr);
    }
    return *this;
}

XmlDocument::~XmlDocument()
{
    if (m_doc) {
        xmlFreeDoc(m_doc);
    }
}

bool XmlDocument::is(const xmlNode* node, const char* ns, const char* localName)
{
    return node && node->type == XML_ELEMENT_NODE && node->ns && node->ns->href &&
           std::strcmp(reinterpret_cast<const char*>(node->ns->href), ns) == 0 &&
           std::strcmp(reinterpret_cast<const char*>(node->name), localName) == 0;
}

xmlNodePtr XmlDocument::find(xmlNodePtr node, const char* ns, const char* localName)
{
    for (xmlNodePtr child = node ? node->children : nullptr; child; child = child->next) {
        if (is(child, ns, localName)) {
            return child;
        }
        if (xmlNodePtr found = find(child, ns, localName)) {
            return found;
        }
    }
    return nullptr;
}

std::vector<xmlNodePtr> XmlDocument::children(xmlNodePtr node, const char* ns, const char* localName)
{
    std::vector<xmlNodePtr> found;
    for (xmlNodePtr child = node ? node->children : nullptr; child; child = child->next) {
        if (is(child, ns, localName)) {
            found.push_back(child);
        }
    }
    return found;
}

std::string XmlDocument::attribute(const xmlNode* node, const char* name)
{
    xmlChar* value = xmlGetNoNsProp(node, reinterpret_cast<const xmlChar*>(name));
    if (!value) {
        return {};
    }
    std::string text(reinterpret_cast<const char*>(value));
    xmlFree(value);
    return text;
}

bool XmlDocument::hasAttribute(const xmlNode* node, const char* name)
{
    return xmlHasNsProp(node, reinterpret_cast<const xmlChar*>(name), nullptr) != nullptr;
}

std::string XmlDocument::text(const xmlNode* node)
{
    xmlChar* content = xmlNodeGetContent(node);
    if (!content) {
        return {};
    }
    std::string text(reinterpret_cast<const char*>(content));
    xmlFree(content);
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) {
        return {};
    }
    return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

} // namespace castellan
