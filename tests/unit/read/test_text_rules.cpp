// The rules behind the plain-text reader, one by one.

#include "read/text/boilerplate.hpp"
#include "read/credit_line.hpp"
#include "read/text/heading_rules.hpp"
#include "read/text/text_blocks.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace galley;
using namespace galley::read;

TEST_CASE("credit lines: words after the licence are kept as its note", "[read][text][credit]") {
    const model::SourcePos pos{"a.txt", 3};
    auto c = parse_credit_line("Photo: Jane Doe via Flickr, CC BY-SA 4.0, cropped by the editors.", pos);
    REQUIRE(c);
    CHECK(c->creator == "Jane Doe");
    CHECK(c->source == "Flickr");
    CHECK(c->licence.name == "CC BY-SA 4.0");
    CHECK(c->note == "cropped by the editors");
    CHECK(model::plain_text(model::attribution(*c)) ==
          "Jane Doe via Flickr, CC BY-SA 4.0, cropped by the editors");
    c = parse_credit_line("Photo: Jane Doe, CC BY 4.0.", pos);
    REQUIRE(c);
    CHECK(c->note.empty());
}

TEST_CASE("credit lines: creator, source and licence", "[read][text][credit]") {
    const model::SourcePos pos{"a.txt", 9};
    auto c = parse_credit_line("Image credit: Philafrenzy via Wikimedia CommonsCC BY-SA 4.0.", pos);
    REQUIRE(c);
    CHECK(c->creator == "Philafrenzy");
    CHECK(c->source == "Wikimedia Commons");
    CHECK(c->licence.name == "CC BY-SA 4.0");
    CHECK(c->licence.url == "https://creativecommons.org/licenses/by-sa/4.0/");
    CHECK(c->pos == pos);

    c = parse_credit_line("PHOTO CREDIT: Jane Doe", pos);
    REQUIRE(c);
    CHECK(c->creator == "Jane Doe");
    CHECK(c->source.empty());
    CHECK(c->licence.empty());

    c = parse_credit_line("Photo by Anna Lee on Unsplash", pos);
    REQUIRE(c);
    CHECK(c->creator == "Anna Lee");
    CHECK(c->source == "Unsplash");

    c = parse_credit_line("Credit: Wikimedia Commons", pos);
    REQUIRE(c);
    CHECK(c->creator.empty());
    CHECK(c->source == "Wikimedia Commons");

    c = parse_credit_line("Photo: © Reuters", pos);
    REQUIRE(c);
    CHECK(c->creator == "Reuters");
    CHECK(c->licence.name == "All rights reserved");
}

TEST_CASE("not credit lines", "[read][text][credit]") {
    const model::SourcePos pos{"a.txt", 1};
    CHECK_FALSE(parse_credit_line("The photo was taken in 1988.", pos));
    CHECK_FALSE(parse_credit_line("Image: protesters in front of the court", pos));
    CHECK_FALSE(parse_credit_line("Credit:", pos));
    CHECK_FALSE(parse_credit_line("Credit: " + std::string(400, 'x'), pos));
    CHECK(parse_credit_line("Image: protesters, via Flickr", pos));
}

TEST_CASE("strip patterns: whole-paragraph glob, case-insensitive", "[read][text][strip]") {
    CHECK(matches_strip_pattern("If you experience technical problems*",
                                "If you experience technical problems, please write to"));
    CHECK(matches_strip_pattern("share this article", "Share This Article"));
    CHECK(matches_strip_pattern("  share   this article ", "Share this article"));
    CHECK_FALSE(matches_strip_pattern("share this article", "Share this article now"));
    CHECK(matches_strip_pattern("*newsletter*", "Subscribe to our newsletter today"));
    CHECK(matches_strip_pattern("a?c", "abc"));
    CHECK(matches_strip_pattern("a?c", "a\xC3\xA9"
                                       "c")); // ? is one character, é two bytes
    CHECK_FALSE(matches_strip_pattern("a?c", "ac"));
    CHECK_FALSE(matches_strip_pattern("", "anything"));
    CHECK(matches_strip_pattern("*", "anything"));
    CHECK(matches_strip_pattern("*a*b", "xaxaxaxb"));
}

namespace {

// The obvious exponential glob, as the reference for small inputs.
bool reference_glob(std::string_view p, std::string_view t) {
    if (p.empty()) return t.empty();
    if (p[0] == '*')
        return reference_glob(p.substr(1), t) || (!t.empty() && reference_glob(p, t.substr(1)));
    if (t.empty()) return false;
    if (p[0] == '?' || p[0] == t[0]) return reference_glob(p.substr(1), t.substr(1));
    return false;
}

} // namespace

TEST_CASE("strip patterns agree with the reference glob", "[read][text][strip]") {
    // Every pattern and text over {a, b, ?, *} up to a few characters (ASCII,
    // so '?' is one byte and both sides count alike).
    const std::string pattern_letters = "ab?*", text_letters = "ab";
    std::vector<std::string> patterns{""}, texts{""};
    for (int len = 1; len <= 5; ++len) {
        const std::size_t from = patterns.size();
        for (std::size_t i = 0; i < from; ++i)
            if (patterns[i].size() == static_cast<std::size_t>(len - 1))
                for (char c : pattern_letters) patterns.push_back(patterns[i] + c);
    }
    for (int len = 1; len <= 6; ++len) {
        const std::size_t from = texts.size();
        for (std::size_t i = 0; i < from; ++i)
            if (texts[i].size() == static_cast<std::size_t>(len - 1))
                for (char c : text_letters) texts.push_back(texts[i] + c);
    }
    int checked = 0;
    for (const std::string& p : patterns) {
        if (p.empty()) continue;
        for (const std::string& t : texts) {
            INFO("pattern \"" << p << "\" text \"" << t << "\"");
            REQUIRE(matches_strip_pattern(p, t) == reference_glob(p, t));
            ++checked;
        }
    }
    CHECK(checked > 50000);
}

TEST_CASE("strip patterns: stars and long paragraphs", "[read][text][strip]") {
    // The shape that was quadratic: many stars against a long run that
    // almost matches. Leftmost matching answers it in one pass.
    const std::string text(200000, 'a');
    CHECK_FALSE(matches_strip_pattern("*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b", text));
    CHECK(matches_strip_pattern("*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a", text));
    CHECK(matches_strip_pattern("a*?a", text));
    CHECK_FALSE(matches_strip_pattern("*aaaa?b*", text));
    CHECK(matches_strip_pattern("*ab*", text + "b"));
    CHECK(matches_strip_pattern("*Photo: ?*", "Lead image. PHOTO: \xC3\x89mile Zola"));
    CHECK(matches_strip_pattern("*zola", "Lead image. PHOTO: \xC3\x89mile Zola"));
    CHECK(matches_strip_pattern("*?mile zola", "\xC3\x89mile Zola"));
}

TEST_CASE("boilerplate: known lines and cut-off endings", "[read][text][boilerplate]") {
    CHECK(is_known_boilerplate("Share this article"));
    CHECK(is_known_boilerplate("Subscribe to our newsletter for more"));
    CHECK(is_known_boilerplate("CLICK HERE TO donate"));
    CHECK_FALSE(is_known_boilerplate("The minister asked readers to share this article."));
    CHECK(is_cut_off("If you experience technical problems, please write to"));
    CHECK(is_cut_off("Read the full report at the"));
    CHECK_FALSE(is_cut_off("It ended there."));
    CHECK_FALSE(is_cut_off("A heading without punctuation"));
}

TEST_CASE("heading rules", "[read][text][heading]") {
    using namespace read::text;
    CHECK(is_heading_candidate("Current executions continue the 1988 massacre path"));
    CHECK(is_heading_candidate("\"Death commissions\" and their legacy"));
    CHECK_FALSE(is_heading_candidate("He left the room."));
    CHECK_FALSE(is_heading_candidate("1988. The year of the massacre"));
    CHECK_FALSE(is_heading_candidate("2) second item"));
    CHECK_FALSE(is_heading_candidate("lower case start"));
    CHECK_FALSE(is_heading_candidate("Please write to"));
    CHECK_FALSE(is_heading_candidate("First sentence. Second one"));
    CHECK_FALSE(is_heading_candidate(
        "A line with far too many words to be a heading in any article we know of"));
    CHECK(is_chapter_heading("Chapter 1"));
    CHECK(is_chapter_heading("CHAPTER XIV."));
    CHECK(is_chapter_heading("Part Two: The Return"));
    CHECK(is_chapter_heading("Chapter 3 - Escape"));
    CHECK(is_chapter_heading("Epilogue"));
    CHECK_FALSE(is_chapter_heading("Chapter and verse were quoted"));
    CHECK_FALSE(is_chapter_heading("Part 1 of the report"));
    CHECK(is_all_caps_heading("THE DEATH COMMISSIONS"));
    CHECK(is_all_caps_heading("PART 2"));
    CHECK_FALSE(is_all_caps_heading("The Death Commissions"));
    CHECK_FALSE(is_all_caps_heading("A 1 2"));
    CHECK_FALSE(is_all_caps_heading("ÉTÉ À PARIS, été"));
    CHECK(looks_like_body("Short but ends."));
    CHECK_FALSE(looks_like_body("No punctuation here"));
}

TEST_CASE("list markers", "[read][text][list]") {
    using namespace read::text;
    ListMarker m;
    REQUIRE(parse_list_marker("1. first", m));
    CHECK(m.kind == ListMarker::Kind::Number);
    CHECK(m.value == 1);
    CHECK(m.width == 3);
    REQUIRE(parse_list_marker("(12) twelfth", m));
    CHECK(m.value == 12);
    CHECK(m.delimiter == '(');
    REQUIRE(parse_list_marker("b) second", m));
    CHECK(m.kind == ListMarker::Kind::LowerLetter);
    CHECK(m.value == 2);
    REQUIRE(parse_list_marker("\xE2\x80\xA2 bullet", m));
    CHECK(m.kind == ListMarker::Kind::Bullet);
    CHECK_FALSE(parse_list_marker("1988. The year", m));
    CHECK_FALSE(parse_list_marker("3.5 million", m));
    CHECK_FALSE(parse_list_marker("-dash", m));
    CHECK_FALSE(parse_list_marker("1.", m));
    CHECK(is_scene_break("* * *"));
    CHECK(is_scene_break("***"));
    CHECK(is_scene_break("---"));
    CHECK(is_scene_break("#"));
    CHECK(is_scene_break("\xE2\x81\x82"));
    CHECK_FALSE(is_scene_break("**"));
    CHECK_FALSE(is_scene_break("*-*"));
}
