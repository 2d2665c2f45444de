#include "read/html_subset.hpp"

#include "util/utf8.hpp"

#include <algorithm>
#include <map>

namespace galley::read::html {

namespace {

constexpr auto npos = std::string_view::npos;

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}
bool is_alpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
char lower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

// Memoises forward searches for one needle. The tokenizer only moves forward,
// so a later search starting before the last hit has the same answer: input
// such as "<!--" repeated without an end costs one scan, not one per try.
class Finder {
  public:
    Finder(std::string_view s, std::string_view needle) : s_(s), needle_(needle) {}
    std::size_t from(std::size_t pos) {
        if (!valid_ || pos < from_ || (hit_ != npos && pos > hit_)) {
            from_ = pos;
            hit_ = s_.find(needle_, pos);
            valid_ = true;
        }
        return hit_;
    }

  private:
    std::string_view s_, needle_;
    std::size_t from_ = 0, hit_ = npos;
    bool valid_ = false;
};

class Tokenizer {
  public:
    explicit Tokenizer(std::string_view s)
        : s_(s), comment_end_(s, "-->"), cdata_end_(s, "]]>"), pi_end_(s, "?>"), gt_(s, ">"),
          lt_(s, "<"), dquote_(s, "\""), squote_(s, "'") {}

    std::vector<Token> run() {
        std::size_t text_start = 0;
        std::size_t i = 0;
        while ((i = s_.find('<', i)) != npos) {
            Token t;
            std::size_t end = 0;
            if (!construct(i, t, end)) {
                ++i;
                continue;
            }
            flush_text(text_start, i);
            t.source = std::string(s_.substr(i, end - i));
            t.line = line_at(i);
            out_.push_back(std::move(t));
            i = text_start = end;
        }
        flush_text(text_start, s_.size());
        return std::move(out_);
    }

  private:
    int line_at(std::size_t pos) {
        line_ += static_cast<int>(std::count(s_.begin() + line_pos_, s_.begin() + pos, '\n'));
        line_pos_ = pos;
        return line_;
    }

    void flush_text(std::size_t from, std::size_t to) {
        if (from >= to) return;
        Token t;
        t.text = std::string(s_.substr(from, to - from));
        t.source = t.text;
        t.line = line_at(from);
        out_.push_back(std::move(t));
    }

    bool starts(std::size_t i, std::string_view p) const { return s_.substr(i, p.size()) == p; }
    char at(std::size_t i) const { return i < s_.size() ? s_[i] : '\0'; }

    // Delimited constructs: everything up to `finder`'s needle.
    bool delimited(std::size_t i, std::size_t skip, Finder& finder, std::size_t close_len,
                   Token::Kind kind, Token& t, std::size_t& end) {
        const std::size_t e = finder.from(i + skip);
        if (e == npos) return false;
        t.kind = kind;
        t.text = std::string(s_.substr(i + skip, e - (i + skip)));
        end = e + close_len;
        return true;
    }

    std::size_t name_end(std::size_t j) const {
        while (j < s_.size() && (is_alpha(s_[j]) || is_digit(s_[j]) || s_[j] == '-'))
            ++j;
        return j;
    }

    std::string lowered(std::size_t from, std::size_t to) const {
        std::string out(s_.substr(from, to - from));
        for (char& c : out)
            c = lower(c);
        return out;
    }

    bool construct(std::size_t i, Token& t, std::size_t& end) {
        if (starts(i, "<!--"))
            return delimited(i, 4, comment_end_, 3, Token::Kind::Comment, t, end);
        if (starts(i, "<![CDATA["))
            return delimited(i, 9, cdata_end_, 3, Token::Kind::CData, t, end);
        if (starts(i, "<!") && is_alpha(at(i + 2)))
            return delimited(i, 2, gt_, 1, Token::Kind::Declaration, t, end);
        if (starts(i, "<?"))
            return delimited(i, 2, pi_end_, 2, Token::Kind::ProcessingInstruction, t, end);
        if (starts(i, "</") && is_alpha(at(i + 2))) {
            std::size_t j = name_end(i + 2);
            t.kind = Token::Kind::EndTag;
            t.name = lowered(i + 2, j);
            while (j < s_.size() && is_space(s_[j]))
                ++j;
            if (at(j) != '>') return false;
            end = j + 1;
            return true;
        }
        if (is_alpha(at(i + 1))) return start_tag(i, t, end);
        return false;
    }

    // Every scan below stops at the next '<' (quoted values are found with
    // the memoised finders and may not contain one), so a failed tag costs
    // no more than the text up to that '<'.
    bool start_tag(std::size_t i, Token& t, std::size_t& end) {
        std::size_t j = name_end(i + 1);
        t.kind = Token::Kind::StartTag;
        t.name = lowered(i + 1, j);
        for (;;) {
            while (j < s_.size() && (is_space(s_[j]) || (s_[j] == '/' && at(j + 1) != '>')))
                ++j;
            if (j >= s_.size() || s_[j] == '<') return false;
            if (s_[j] == '>') {
                end = j + 1;
                return true;
            }
            if (s_[j] == '/') { // "/>"
                t.self_closing = true;
                end = j + 2;
                return true;
            }
            const std::size_t name_from = j;
            while (j < s_.size() && !is_space(s_[j]) && s_[j] != '"' && s_[j] != '\'' &&
                   s_[j] != '>' && s_[j] != '/' && s_[j] != '=' && s_[j] != '<')
                ++j;
            if (j == name_from) return false;
            Attribute a;
            a.name = lowered(name_from, j);
            std::size_t k = j;
            while (k < s_.size() && is_space(s_[k]))
                ++k;
            if (at(k) == '=') {
                ++k;
                while (k < s_.size() && is_space(s_[k]))
                    ++k;
                const char q = at(k);
                if (q == '"' || q == '\'') {
                    const std::size_t close = (q == '"' ? dquote_ : squote_).from(k + 1);
                    if (close == npos) return false;
                    const std::size_t next_lt = lt_.from(k + 1);
                    if (next_lt != npos && next_lt < close) return false;
                    a.value = std::string(s_.substr(k + 1, close - k - 1));
                    j = close + 1;
                } else {
                    const std::size_t from = k;
                    while (k < s_.size() && !is_space(s_[k]) && s_[k] != '"' && s_[k] != '\'' &&
                           s_[k] != '=' && s_[k] != '<' && s_[k] != '>' && s_[k] != '`')
                        ++k;
                    if (k == from) return false;
                    a.value = std::string(s_.substr(from, k - from));
                    j = k;
                }
            }
            t.attributes.push_back(std::move(a));
        }
    }

    std::string_view s_;
    Finder comment_end_, cdata_end_, pi_end_, gt_, lt_, dquote_, squote_;
    std::vector<Token> out_;
    std::size_t line_pos_ = 0;
    int line_ = 0;
};

const std::map<std::string_view, ElementInfo>& element_table() {
    using K = model::Inline::Kind;
    static const std::map<std::string_view, ElementInfo> table = [] {
        std::map<std::string_view, ElementInfo> t;
        for (auto [name, kind] :
             std::initializer_list<std::pair<std::string_view, K>>{{"em", K::Emphasis},
                                                                   {"i", K::Emphasis},
                                                                   {"strong", K::Strong},
                                                                   {"b", K::Strong},
                                                                   {"sup", K::Superscript},
                                                                   {"sub", K::Subscript},
                                                                   {"s", K::Strikeout},
                                                                   {"strike", K::Strikeout},
                                                                   {"del", K::Strikeout},
                                                                   {"u", K::Underline},
                                                                   {"ins", K::Underline},
                                                                   {"mark", K::Mark},
                                                                   {"small", K::Small},
                                                                   {"cite", K::Cite},
                                                                   {"q", K::Quoted},
                                                                   {"abbr", K::Abbreviation},
                                                                   {"acronym", K::Abbreviation}})
            t[name] = {Role::Span, kind, false};
        auto set = [&](std::initializer_list<std::string_view> names, Role role,
                       bool is_void = false) {
            for (std::string_view n : names)
                t[n] = {role, K::Text, is_void};
        };
        set({"a"}, Role::Link);
        set({"img"}, Role::Image, true);
        set({"br"}, Role::LineBreak, true);
        set({"code", "kbd", "samp", "tt"}, Role::CodeSpan);
        set({"span"}, Role::Plain);
        set({"p"}, Role::Paragraph);
        set({"h1", "h2", "h3", "h4", "h5", "h6"}, Role::Heading);
        set({"blockquote"}, Role::BlockQuote);
        set({"figure"}, Role::Figure);
        set({"figcaption"}, Role::Caption);
        set({"pre", "listing", "plaintext", "xmp"}, Role::Pre);
        set({"hr"}, Role::Rule, true);
        set({"address", "article", "aside", "body",   "caption", "center",   "dd",
             "details", "dialog",  "dir",   "div",    "dl",      "dt",       "fieldset",
             "footer",  "form",    "head",  "header", "hgroup",  "html",     "legend",
             "li",      "main",    "menu",  "nav",    "ol",      "optgroup", "option",
             "section", "summary", "table", "tbody",  "td",      "tfoot",    "th",
             "thead",   "title",   "tr",    "ul",     "output",  "search"},
            Role::Block);
        set({"bdi",      "bdo",     "big",      "blink", "button",  "canvas", "data",  "datalist",
             "dfn",      "font",    "label",    "map",   "marquee", "math",   "meter", "nobr",
             "noscript", "picture", "progress", "rb",    "rp",      "rt",     "rtc",   "ruby",
             "select",   "slot",    "textarea", "time",  "var",     "video",  "audio"},
            Role::Inline);
        set({"area", "base", "basefont", "col", "colgroup", "input", "keygen", "link", "meta",
             "param", "source", "track", "wbr"},
            Role::Inline, true);
        set({"script", "style", "iframe", "object", "applet", "noembed", "noframes", "frameset",
             "template", "svg"},
            Role::Dangerous);
        set({"embed", "frame"}, Role::Dangerous, true);
        return t;
    }();
    return table;
}

bool is_xml_char(char32_t cp) {
    return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
           (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
}

} // namespace

std::vector<Token> tokenize(std::string_view input) {
    return Tokenizer(input).run();
}

ElementInfo classify(std::string_view name) {
    const auto& table = element_table();
    const auto it = table.find(name);
    return it == table.end() ? ElementInfo{} : it->second;
}

const std::string* find_attribute(const Token& tag, std::string_view name) {
    for (const Attribute& a : tag.attributes)
        if (a.name == name) return &a.value;
    return nullptr;
}

bool is_script_url(std::string_view url) {
    std::string scheme;
    for (char c : url) {
        const auto b = static_cast<unsigned char>(c);
        if (b <= 0x20) continue; // browsers skip these inside the scheme too
        if (c == ':') break;
        scheme += lower(c);
        if (scheme.size() > 16) return false;
    }
    return scheme == "javascript" || scheme == "vbscript" || scheme == "livescript";
}

std::string decode_references(std::string_view s,
                              const std::function<std::string(std::string_view)>& named) {
    std::string out;
    out.reserve(s.size());
    std::size_t i = 0;
    while (i < s.size()) {
        const std::size_t amp = s.find('&', i);
        if (amp == npos) break;
        out.append(s.substr(i, amp - i));
        i = amp + 1;
        if (i < s.size() && s[i] == '#') {
            const bool hex = i + 1 < s.size() && (s[i + 1] == 'x' || s[i + 1] == 'X');
            std::size_t j = i + 1 + hex;
            char32_t cp = 0;
            std::size_t digits = 0;
            for (; j < s.size() && digits < 8; ++j, ++digits) {
                const char c = s[j];
                int v = -1;
                if (is_digit(c)) v = c - '0';
                if (hex && c >= 'a' && c <= 'f') v = c - 'a' + 10;
                if (hex && c >= 'A' && c <= 'F') v = c - 'A' + 10;
                if (v < 0) break;
                cp = cp * (hex ? 16 : 10) + static_cast<char32_t>(v);
            }
            if (digits == 0 || j >= s.size() || s[j] != ';') {
                out += '&';
                continue;
            }
            util::append_utf8(out, is_xml_char(cp) ? cp : 0xFFFD);
            i = j + 1;
            continue;
        }
        std::size_t j = i;
        while (j < s.size() && j - i < 32 && (is_alpha(s[j]) || (j > i && is_digit(s[j]))))
            ++j;
        if (j > i && j < s.size() && s[j] == ';') {
            const std::string chars = named(s.substr(i, j - i));
            if (!chars.empty()) {
                out += chars;
                i = j + 1;
                continue;
            }
        }
        out += '&';
    }
    out.append(s.substr(std::min(i, s.size())));
    return out;
}

} // namespace galley::read::html
