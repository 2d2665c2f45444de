#include "read/licences.hpp"

#include "util/text.hpp"

#include <regex>
#include <string>

namespace galley::read {

namespace {

std::string upper(std::string s) {
    for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return s;
}

// Builds the canonical record for a CC licence from its elements.
model::Licence cc_licence(bool nc, bool nd, bool sa, const std::string& version) {
    std::string code = "by";
    if (nc) code += "-nc";
    if (nd) code += "-nd";
    if (sa) code += "-sa";
    const std::string v = version.empty() ? "4.0" : version;
    model::Licence l;
    l.name = "CC " + upper(code) + " " + v;
    l.spdx = "CC-" + upper(code) + "-" + v;
    l.url = "https://creativecommons.org/licenses/" + code + "/" + v + "/";
    return l;
}

// Normalises the version text ("4", "4.0", "2.5") to one of the published
// versions; empty when it is none of them.
std::string cc_version(const std::string& v) {
    if (v.empty()) return {};
    for (const char* known : {"1.0", "2.0", "2.5", "3.0", "4.0"}) {
        if (v == known || v + ".0" == known) return known;
    }
    return {};
}

} // namespace

std::optional<LicenceMatch> find_licence(std::string_view text_view) {
    const std::string text(text_view);
    std::smatch m;

    // CC short forms: "CC BY-SA 4.0", "CC-BY-NC-ND-3.0", "BY-SA 4.0" and
    // the glued "CommonsCC BY-SA 4.0". The elements may come in any order
    // the wild uses; NC/ND/SA each at most once is enforced below.
    static const std::regex short_form(
        R"((?:\b|(?=CC))(CC[\s-]*)?BY((?:[\s-]*(?:NC|ND|SA)\b)*)(?:[\s-]*(?:v(?:ersion)?\s*)?(\d(?:\.\d)?))?)",
        std::regex::icase);
    // Long forms: "Creative Commons Attribution-ShareAlike 4.0 International".
    static const std::regex long_form(
        R"(Creative\s+Commons\s+Attribution((?:[\s-]+(?:Non-?Commercial|No-?Derivatives|No-?Derivs|Share-?Alike))*)(?:[\s-]*(?:License|Licence))?\s*(\d(?:\.\d)?)?(?:\s+(?:International|Unported|Generic))?)",
        std::regex::icase);
    static const std::regex cc0(R"((?:\bCC[\s-]*0\b|\bCC[\s-]*Zero\b|Creative\s+Commons\s+Zero|\bCC0(?:[\s-]*1\.0)?))",
                                std::regex::icase);
    static const std::regex public_domain(R"(\bpublic[\s-]+domain(?:\s+mark(?:\s+1\.0)?)?\b|\bPDM\b)",
                                          std::regex::icase);
    static const std::regex gfdl(R"(\bGFDL\b|GNU\s+Free\s+Documentation\s+Licen[cs]e)", std::regex::icase);
    static const std::regex reserved(R"(\ball\s+rights\s+reserved\b|©|\(c\)\s|\bcopyright\b)",
                                     std::regex::icase);

    std::optional<LicenceMatch> best;
    auto consider = [&](std::size_t begin, std::size_t end, model::Licence l) {
        if (!best || begin < best->begin) best = LicenceMatch{std::move(l), begin, end};
    };

    // CC0 before the short form, so "CC0" is not read as a bare "CC".
    if (std::regex_search(text, m, cc0)) {
        consider(static_cast<std::size_t>(m.position(0)), static_cast<std::size_t>(m.position(0) + m.length(0)),
                 {"CC0 1.0", "CC0-1.0", "https://creativecommons.org/publicdomain/zero/1.0/"});
    }
    for (auto it = std::sregex_iterator(text.begin(), text.end(), short_form); it != std::sregex_iterator(); ++it) {
        const std::smatch& s = *it;
        const bool has_cc = s[1].matched;
        const std::string mods = util::to_lower_ascii(s[2].str());
        const std::string version = cc_version(s[3].str());
        // A bare "by" is an English word: it needs "CC" or a licence element
        // or a version to count.
        if (!has_cc && mods.empty() && version.empty()) continue;
        if (!has_cc && version.empty()) continue; // "by sa" in prose is too weak
        const bool nc = mods.find("nc") != std::string::npos;
        const bool nd = mods.find("nd") != std::string::npos;
        const bool sa = mods.find("sa") != std::string::npos;
        if (nd && sa) continue; // no such licence
        consider(static_cast<std::size_t>(s.position(0)), static_cast<std::size_t>(s.position(0) + s.length(0)),
                 cc_licence(nc, nd, sa, version));
        break;
    }
    if (std::regex_search(text, m, long_form)) {
        const std::string mods = util::to_lower_ascii(m[1].str());
        const bool nc = mods.find("commercial") != std::string::npos;
        const bool nd = mods.find("deriv") != std::string::npos;
        const bool sa = mods.find("share") != std::string::npos;
        if (!(nd && sa))
            consider(static_cast<std::size_t>(m.position(0)), static_cast<std::size_t>(m.position(0) + m.length(0)),
                     cc_licence(nc, nd, sa, cc_version(m[2].str())));
    }
    if (std::regex_search(text, m, public_domain)) {
        consider(static_cast<std::size_t>(m.position(0)), static_cast<std::size_t>(m.position(0) + m.length(0)),
                 {"Public Domain Mark 1.0", "", "https://creativecommons.org/publicdomain/mark/1.0/"});
    }
    if (std::regex_search(text, m, gfdl)) {
        consider(static_cast<std::size_t>(m.position(0)), static_cast<std::size_t>(m.position(0) + m.length(0)),
                 {"GNU Free Documentation License 1.3", "GFDL-1.3-or-later", "https://www.gnu.org/licenses/fdl-1.3.html"});
    }
    if (!best && std::regex_search(text, m, reserved)) {
        consider(static_cast<std::size_t>(m.position(0)), static_cast<std::size_t>(m.position(0) + m.length(0)),
                 {"All rights reserved", "", ""});
    }
    return best;
}

model::Licence recognise_licence(std::string_view text) {
    if (auto m = find_licence(text)) return m->licence;
    return {"unknown", "", ""};
}

} // namespace galley::read
