#pragma once
// Helpers for asserting on parsed XML in tests.

#include <catch2/catch.hpp>
#include <tinyxml2.h>

#include <string>
#include <string_view>
#include <vector>

namespace test {

// Parses `xml`, failing the test (with the parser's message) when it is not
// well-formed.
inline void parse(tinyxml2::XMLDocument& doc, const std::string& xml) {
    const auto rc = doc.Parse(xml.data(), xml.size());
    INFO(xml);
    INFO((doc.ErrorStr() ? doc.ErrorStr() : ""));
    REQUIRE(rc == tinyxml2::XML_SUCCESS);
}

// Every element named `name` below `root`, in document order.
inline std::vector<const tinyxml2::XMLElement*> all(const tinyxml2::XMLNode* root,
                                                    std::string_view name) {
    std::vector<const tinyxml2::XMLElement*> out;
    std::vector<const tinyxml2::XMLNode*> stack{root};
    // Iterative pre-order walk.
    while (!stack.empty()) {
        const tinyxml2::XMLNode* n = stack.back();
        stack.pop_back();
        if (const auto* e = n->ToElement(); e && name == e->Name()) out.push_back(e);
        std::vector<const tinyxml2::XMLNode*> kids;
        for (const auto* c = n->FirstChild(); c; c = c->NextSibling())
            kids.push_back(c);
        for (auto it = kids.rbegin(); it != kids.rend(); ++it)
            stack.push_back(*it);
    }
    return out;
}

// All text below `e`, concatenated.
inline std::string text(const tinyxml2::XMLNode* e) {
    std::string out;
    for (const auto* c = e->FirstChild(); c; c = c->NextSibling()) {
        if (const auto* t = c->ToText())
            out += t->Value();
        else
            out += text(c);
    }
    return out;
}

inline std::string attr(const tinyxml2::XMLElement* e, const char* name) {
    const char* v = e->Attribute(name);
    return v ? v : "";
}

} // namespace test
