#include "transform/typography.hpp"

#include "transform/each_article.hpp"
#include "util/text.hpp"
#include "util/utf8.hpp"

#include <array>
#include <string>
#include <vector>

namespace galley::transform {

namespace {

using model::Block;
using model::Inline;

constexpr int max_depth = 64;

constexpr std::string_view ldquo = "\xE2\x80\x9C", rdquo = "\xE2\x80\x9D";
constexpr std::string_view lsquo = "\xE2\x80\x98", rsquo = "\xE2\x80\x99";
constexpr std::string_view bdquo = "\xE2\x80\x9E", sbquo = "\xE2\x80\x9A";
constexpr std::string_view laquo = "\xC2\xAB", raquo = "\xC2\xBB";
constexpr std::string_view lsaquo = "\xE2\x80\xB9", rsaquo = "\xE2\x80\xBA";
constexpr std::string_view hellip = "\xE2\x80\xA6";
constexpr std::string_view mdash = "\xE2\x80\x94", ndash = "\xE2\x80\x93";
constexpr std::string_view nbsp = "\xC2\xA0", nnbsp = "\xE2\x80\xAF";
constexpr std::string_view apostrophe = rsquo;

struct Style {
    std::string_view dopen, dclose, sopen, sclose;
    bool french = false;  // no-break spaces inside « » and before : ; ! ?
    bool english = false; // unspaced em dashes, elisions ('tis, 'n')
};

Style style_for(std::string_view lang_tag) {
    const std::string tag = util::to_lower_ascii(lang_tag);
    const std::string primary = tag.substr(0, tag.find_first_of("-_"));
    if (primary == "fr") return {laquo, raquo, ldquo, rdquo, true, false};
    if (primary == "de") {
        if (tag == "de-ch" || tag == "de-li") return {laquo, raquo, lsaquo, rsaquo};
        return {bdquo, ldquo, sbquo, lsquo};
    }
    if (primary == "ru" || primary == "uk" || primary == "be") return {laquo, raquo, bdquo, ldquo};
    if (primary == "it" || primary == "es") return {laquo, raquo, ldquo, rdquo};
    if (primary == "fa" || primary == "ar" || primary == "ur" || primary == "ps")
        return {laquo, raquo, lsaquo, rsaquo};
    return {ldquo, rdquo, lsquo, rsquo, false, true};
}

enum class Cls { Space, Open, Letter, Digit, Punct };

Cls classify(char32_t cp) {
    if (cp == 0 || cp == ' ' || cp == '\t' || cp == '\n' || cp == 0xA0 ||
        (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x3000)
        return Cls::Space;
    if (cp == '(' || cp == '[' || cp == '{' || cp == '<' || cp == '-' || cp == '/' ||
        cp == 0x201C || cp == 0x2018 || cp == 0x201E || cp == 0x201A || cp == 0xAB ||
        cp == 0x2039 || cp == 0x2014 || cp == 0x2013)
        return Cls::Open;
    if (cp >= '0' && cp <= '9') return Cls::Digit;
    if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) return Cls::Letter;
    if (cp < 0x80) return Cls::Punct;
    // Non-ASCII: punctuation blocks, else a letter (accents, Persian, ...).
    if ((cp >= 0x80 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7 || (cp >= 0x2000 && cp <= 0x206F) ||
        (cp >= 0x3000 && cp <= 0x303F) || cp == 0x060C || cp == 0x061B || cp == 0x061F)
        return Cls::Punct;
    return Cls::Letter;
}

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
bool is_alpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// One block's text, flattened: every Text inline in reading order. Code,
// keyboard and images stand in as a letter, line breaks as a space, so
// quotes next to them read the right way.
struct Flat {
    std::string all;
    struct Run {
        std::string* text;
        std::size_t begin, end;
    };
    std::vector<Run> runs;
};

void flatten(model::Inlines& list, Flat& f, int depth) {
    for (Inline& in : list) {
        switch (in.kind) {
        case Inline::Kind::Text:
            f.runs.push_back({&in.text, f.all.size(), f.all.size() + in.text.size()});
            f.all += in.text;
            break;
        case Inline::Kind::Code:
        case Inline::Kind::Keyboard:
        case Inline::Kind::Image:
            f.all += 'x';
            break;
        case Inline::Kind::LineBreak:
            f.all += ' ';
            break;
        default:
            if (depth < max_depth) flatten(in.children, f, depth + 1);
            break;
        }
    }
}

class Smartener {
  public:
    Smartener(const Style& style, const TypographyOptions& options, const std::string& all)
        : st_(style), opt_(options), all_(all) {}

    // Rewrites all_[b, e) (one Text inline); state carries over to the next run.
    std::string run(std::size_t b, std::size_t e) {
        std::string out;
        out.reserve(e - b + 16);
        std::size_t i = b;
        while (i < e) {
            const char c = all_[i];
            if (c == '"') {
                double_quote(out, i, e);
                ++i;
                if (skip_next_space_) {
                    ++i;
                    skip_next_space_ = false;
                }
            } else if (c == '\'') {
                single_quote(out, i);
                ++i;
            } else if (c == '.' && i + 2 < e && all_[i + 1] == '.' && all_[i + 2] == '.') {
                out += hellip;
                i += 3;
            } else if (c == '-') {
                i = dash(out, i, b, e);
            } else if (st_.french && c == ' ' && i + 1 < e &&
                       (all_[i + 1] == ';' || all_[i + 1] == '!' || all_[i + 1] == '?' ||
                        all_[i + 1] == ':') &&
                       !out.empty()) {
                out += all_[i + 1] == ':' ? nbsp : nnbsp;
                ++i;
            } else if (st_.french && all_.compare(i, 2, laquo) == 0) {
                out += laquo;
                i += 2;
                if (i < e && all_[i] == ' ') {
                    out += nbsp;
                    ++i;
                }
            } else if (st_.french && all_.compare(i, 2, raquo) == 0) {
                if (!out.empty() && out.back() == ' ') {
                    out.pop_back();
                    out += nbsp;
                }
                out += raquo;
                i += 2;
            } else {
                out += c;
                ++i;
            }
        }
        return out;
    }

  private:
    char32_t prev_cp(std::size_t i) const {
        if (i == 0) return 0;
        std::size_t j = i - 1;
        while (j > 0 && (static_cast<unsigned char>(all_[j]) & 0xC0) == 0x80 && i - j < 4)
            --j;
        std::size_t k = j;
        return util::next_code_point(all_, k);
    }
    char32_t next_cp(std::size_t i) const {
        if (i >= all_.size()) return 0;
        return util::next_code_point(all_, i);
    }
    // The class before position i; an ASCII quote we opened counts as opening.
    Cls prev_class(std::size_t i) const {
        if (i > 0 && i - 1 == opened_at_) return Cls::Open;
        return classify(prev_cp(i));
    }

    void double_quote(std::string& out, std::size_t i, std::size_t e) {
        const Cls p = prev_class(i);
        const Cls n = classify(next_cp(i + 1));
        const bool left = p == Cls::Space || p == Cls::Open;
        const bool right = n == Cls::Space || n == Cls::Punct;
        const bool open = left && !right ? true : (!left && right ? false : !double_open_);
        if (open) {
            out += st_.dopen;
            opened_at_ = i;
            if (st_.french) {
                out += nbsp;
                // `" mot "`: the space typed inside becomes the no-break space.
                if (i + 1 < e && all_[i + 1] == ' ') skip_next_space_ = true;
            }
        } else {
            if (st_.french) {
                if (!out.empty() && out.back() == ' ') out.pop_back();
                out += nbsp;
            }
            out += st_.dclose;
        }
        double_open_ = open;
    }

    bool elision_follows(std::size_t i) const {
        static constexpr std::array<std::string_view, 7> words = {"tis",   "twas", "em",  "n",
                                                                  "cause", "til",  "bout"};
        for (std::string_view w : words) {
            if (all_.size() - (i + 1) < w.size()) continue;
            if (!util::starts_with_icase(std::string_view(all_).substr(i + 1), w)) continue;
            const std::size_t after = i + 1 + w.size();
            if (after >= all_.size() || !is_alpha(all_[after])) return true;
        }
        return false;
    }

    void single_quote(std::string& out, std::size_t i) {
        const Cls p = prev_class(i);
        const Cls n = classify(next_cp(i + 1));
        if ((p == Cls::Letter || p == Cls::Digit) && n == Cls::Letter) {
            out += apostrophe; // don't, it's, Mujahedin's
        } else if (p == Cls::Space || p == Cls::Open) {
            if (n == Cls::Digit || (st_.english && elision_follows(i)) || n == Cls::Space) {
                out += apostrophe; // '90s, 'tis
            } else {
                out += st_.sopen;
                opened_at_ = i;
                single_open_ = true;
            }
        } else if (single_open_) {
            out += st_.sclose;
            single_open_ = false;
        } else {
            out += apostrophe; // mullahs'
        }
    }

    void emit_dash(std::string& out) {
        while (!out.empty() && out.back() == ' ')
            out.pop_back();
        if (opt_.dashes == DashStyle::SpacedEn) {
            out += ' ';
            out += ndash;
            out += ' ';
        } else if (st_.english) {
            out += mdash;
        } else {
            out += ' ';
            out += mdash;
            out += ' ';
        }
    }

    // Handles the hyphens from i; returns the position after them.
    std::size_t dash(std::string& out, std::size_t i, std::size_t b, std::size_t e) {
        std::size_t k = i;
        while (k < e && all_[k] == '-')
            ++k;
        const std::size_t count = k - i;
        const bool space_before = i > b && all_[i - 1] == ' ';
        const bool space_after = k < e && all_[k] == ' ';
        const bool word_before =
            i > 0 && classify(prev_cp(space_before ? i - 1 : i)) != Cls::Space && !out.empty();
        const bool word_after = classify(next_cp(space_after ? k + 1 : k)) != Cls::Space;
        if (count == 2 || count == 3) {
            if (word_before && word_after && space_before == space_after) {
                emit_dash(out);
                return space_after ? k + 1 : k;
            }
            out += mdash;
            return k;
        }
        if (count == 1) {
            if (space_before && space_after && word_before && word_after) {
                emit_dash(out); // "word - word"
                return k + 1;
            }
            if (is_number_range(i)) {
                out += ndash;
                return k;
            }
        }
        out.append(all_, i, count);
        return k;
    }

    // "1990-1995", "pp. 12-15"; not "2019-11-15", "COVID-19", "A4-5" or "1.5-2".
    bool is_number_range(std::size_t i) const {
        if (i == 0 || !is_digit(all_[i - 1]) || i + 1 >= all_.size() || !is_digit(all_[i + 1]))
            return false;
        std::size_t j = i - 1;
        while (j > 0 && is_digit(all_[j - 1]))
            --j;
        if (j > 0) {
            const char before = all_[j - 1];
            if (is_alpha(before) || before == '-' || before == '.' || before == ',' ||
                before == '/' || before == '+' || static_cast<unsigned char>(before) >= 0x80)
                if (before != '\xA0') return false;
        }
        std::size_t k = i + 1;
        while (k < all_.size() && is_digit(all_[k]))
            ++k;
        if (k < all_.size()) {
            const char after = all_[k];
            if (is_alpha(after) || after == '-' || after == '/') return false;
            if ((after == '.' || after == ',') && k + 1 < all_.size() && is_digit(all_[k + 1]))
                return false;
        }
        return true;
    }

    const Style& st_;
    const TypographyOptions& opt_;
    const std::string& all_;
    bool double_open_ = false;
    bool single_open_ = false;
    bool skip_next_space_ = false;
    std::size_t opened_at_ = std::string::npos;
};

void smarten_inlines(model::Inlines& list, const Style& style, const TypographyOptions& options) {
    Flat f;
    flatten(list, f, 0);
    if (f.all.find_first_of("\"'.-:;!?\xC2") == std::string::npos) return;
    Smartener s(style, options, f.all);
    for (const Flat::Run& r : f.runs)
        *r.text = s.run(r.begin, r.end);
}

void smarten_blocks(model::Blocks& blocks, const Style& style, const TypographyOptions& options,
                    int depth) {
    if (depth > max_depth) return;
    for (Block& b : blocks) {
        if (b.kind == Block::Kind::CodeBlock) continue;
        smarten_inlines(b.inlines, style, options);
        smarten_blocks(b.children, style, options, depth + 1);
    }
}

std::string smarten_string(const std::string& text, const Style& style,
                           const TypographyOptions& options) {
    model::Inlines one{Inline::make_text(text)};
    smarten_inlines(one, style, options);
    return one.front().text;
}

} // namespace

std::string smarten(std::string_view text, std::string_view lang,
                    const TypographyOptions& options) {
    return smarten_string(std::string(text), style_for(lang), options);
}

void apply_typography(model::Book& book, const TypographyOptions& options, unsigned threads) {
    const Style book_style = style_for(book.meta.lang.empty() ? "en" : book.meta.lang);
    book.meta.title = smarten_string(book.meta.title, book_style, options);
    book.meta.subtitle = smarten_string(book.meta.subtitle, book_style, options);
    model::Diagnostics none; // smartening reports nothing
    each_article(book.articles, threads, none, [&](model::Article& a, model::Diagnostics&) {
        const Style style = style_for(model::article_lang(book, a));
        a.title = smarten_string(a.title, style, options);
        a.subtitle = smarten_string(a.subtitle, style, options);
        smarten_blocks(a.blocks, style, options, 0);
    });
}

} // namespace galley::transform
