// The HTML reader's parts on their own: parsing, charset, extraction,
// metadata rules, URL resolution and JSON-LD.
#include "read/html/extract.hpp"
#include "read/html/html_parser.hpp"
#include "read/html/json_ld.hpp"
#include "read/html/page_charset.hpp"
#include "read/html/page_metadata.hpp"
#include "read/html/url.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace galley::read::html;

namespace {

std::string kept_text(const Document& doc, const Extraction& e) {
    std::string out;
    for (NodeId k : e.kept)
        if (!doc[k].removed) out += collapse_white_space(doc.text_content(k)) + "|";
    return out;
}

const std::string paragraph =
    "<p>This paragraph is the article's own text, long enough, with commas, clauses, and "
    "more than a hundred characters in all, so that it scores.</p>";
// Five of them: more than the 500 characters below which extraction retries leniently.
const std::string article = paragraph + paragraph + paragraph + paragraph + paragraph;

} // namespace

TEST_CASE("extract: the article is chosen over menus, comments and related boxes", "[html]") {
    Document doc = parse_document(
        "<body><div class='menu'><a href='/'>Home</a><a href='/n'>News</a></div>"
        "<div id='story'>" + article +
        "<div class='related'><a href='/a'>Another story entirely</a></div></div>"
        "<div class='comments'><p>A comment that says a great deal, at length, about very "
        "little, as comments do, again and again.</p></div></body>");
    const Extraction e = extract_article(doc);
    REQUIRE(e.container != no_node);
    CHECK(doc[e.container].attr("id") == "story");
    const std::string text = kept_text(doc, e);
    CHECK(text.find("Another story") == std::string::npos);
    CHECK(text.find("comment") == std::string::npos);
    CHECK(text.find("Home") == std::string::npos);
    std::vector<std::string> reasons;
    for (const DroppedBlock& d : e.dropped)
        reasons.push_back(d.reason);
    CHECK(std::find(reasons.begin(), reasons.end(), "class/id 'menu'") != reasons.end());
    CHECK(std::find(reasons.begin(), reasons.end(), "class/id 'related'") != reasons.end());
    CHECK(std::find(reasons.begin(), reasons.end(), "class/id 'comment'") != reasons.end());
}

TEST_CASE("extract: hidden elements and navigation roles are dropped", "[html]") {
    Document doc = parse_document("<body><div>" + article +
                                  "<p style='display: none'>Invisible text of the page.</p>"
                                  "<div role='navigation'>Go to page two</div></div></body>");
    const Extraction e = extract_article(doc);
    const std::string text = kept_text(doc, e);
    CHECK(text.find("Invisible") == std::string::npos);
    CHECK(text.find("page two") == std::string::npos);
    CHECK(text.find("article's own text") != std::string::npos);
}

TEST_CASE("extract: a page with no paragraphs keeps its body", "[html]") {
    Document doc = parse_document("<body>just a few words</body>");
    const Extraction e = extract_article(doc);
    CHECK(kept_text(doc, e) == "just a few words|");
}

TEST_CASE("parser: deep nesting is flattened, not recursed into", "[html]") {
    std::string html;
    for (int i = 0; i < 100000; ++i)
        html += "<div>";
    html += "deep text";
    Document doc = parse_document(html);
    CHECK(collapse_white_space(doc.text_content(doc.root())) == "deep text");
    const Extraction e = extract_article(doc);
    CHECK(kept_text(doc, e).find("deep text") != std::string::npos);
}

TEST_CASE("charset: a BOM, a declaration, or UTF-8, else Windows-1252", "[html]") {
    galley::model::Diagnostics diags;
    CHECK(declared_charset("<meta charset=\"ISO-8859-2\">") == "iso-8859-2");
    CHECK(declared_charset("<meta http-equiv=Content-Type content='text/html; charset=Shift_JIS'>") ==
          "shift_jis");
    CHECK(declared_charset("<p>charset=utf-8</p>").empty());
    // ISO-8859-2 through iconv: 0xB1 is "ą".
    CHECK(decode_page("<meta charset=iso-8859-2><p>\xB1</p>", "p.html", diags).text ==
          "<meta charset=iso-8859-2><p>\xC4\x85</p>");
    CHECK(diags.all().empty());
    // Undeclared and not UTF-8: Windows-1252 with a warning.
    const auto src = decode_page("<p>caf\xE9</p>", "p.html", diags);
    CHECK(src.text == "<p>caf\xC3\xA9</p>");
    CHECK(src.encoding == "Windows-1252");
    REQUIRE(diags.all().size() == 1);
    CHECK(diags.all()[0].pos.file == "p.html");
}

TEST_CASE("metadata: <title> without its site part, bylines without By, Staff or dates", "[html]") {
    const Document doc = parse_document("<h1>Other</h1>");
    CHECK(clean_title("A long title about harbours | The Courier", doc) == "A long title about harbours");
    CHECK(clean_title("Walking the coast path - Notes from the Shore",
                      parse_document("<h2>Walking the coast path</h2>")) == "Walking the coast path");
    CHECK(names_from_byline("By Jane Doe") == std::vector<std::string>{"Jane Doe"});
    CHECK(names_from_byline("Staff").empty());
    CHECK(names_from_byline("By").empty());
    CHECK(names_from_byline("Jane Doe May 20, 2019") == std::vector<std::string>{"Jane Doe"});
    CHECK(names_from_byline("Jane Doe | Site") == std::vector<std::string>{"Jane Doe"});
}

TEST_CASE("url: relative links resolve against the base", "[html]") {
    const std::string base = "https://a.example/news/2024/story.html?x=1";
    CHECK(resolve_url(base, "photo.jpg") == "https://a.example/news/2024/photo.jpg");
    CHECK(resolve_url(base, "../x/y.jpg") == "https://a.example/news/x/y.jpg");
    CHECK(resolve_url(base, "/top") == "https://a.example/top");
    CHECK(resolve_url(base, "//cdn.example/i.png") == "https://cdn.example/i.png");
    CHECK(resolve_url(base, "#s2") == "https://a.example/news/2024/story.html?x=1#s2");
    CHECK(resolve_url("", "photo.jpg") == "photo.jpg");
    CHECK(resolve_url(base, "mailto:a@b.example") == "mailto:a@b.example");
}

TEST_CASE("json-ld: an article in @graph, in CDATA; bad or deep JSON is ignored", "[html]") {
    JsonLdArticle a;
    CHECK(read_json_ld("<![CDATA[{\"@graph\": [{\"@type\": \"WebSite\"}, {\"@type\": \"NewsArticle\", "
                       "\"headline\": \"H\", \"author\": [{\"name\": \"A\"}, {\"name\": \"B\"}], "
                       "\"publisher\": {\"name\": \"P\"}}]}]]>",
                       a));
    CHECK(a.headline == "H");
    CHECK(a.authors == std::vector<std::string>{"A", "B"});
    CHECK(a.publisher == "P");
    JsonLdArticle b;
    CHECK_FALSE(read_json_ld("{not json", b));
    CHECK_FALSE(read_json_ld(std::string(10000, '[') + std::string(10000, ']'), b));
}

TEST_CASE("extract: <noscript> counts only for the image it copies", "[html]") {
    // A tracking pixel's markup written as text (shown only without scripts)
    // next to the article must not outscore it; a lazy image's copy stays.
    std::string pixels;
    for (int i = 0; i < 20; ++i)
        pixels += "<noscript>&lt;div style=\"position:absolute;\"&gt;&lt;img width=1 height=1 alt=\"\" "
                  "src=\"http://ads.example/b?P=a,b,c,d,e,f,g,h\"&gt;&lt;/div&gt;</noscript>";
    Document doc = parse_document("<body><div class='box'>" + pixels + "</div><div id='story'>" +
                                  article + "<noscript><img src='photo.jpg' alt='A photo'></noscript>"
                                  "<noscript>Please turn on JavaScript to see the comments.</noscript>"
                                  "</div></body>");
    const Extraction e = extract_article(doc);
    REQUIRE(e.container != no_node);
    CHECK(doc[e.container].attr("id") == "story");
    const std::string text = kept_text(doc, e);
    CHECK(text.find("position") == std::string::npos);
    CHECK(text.find("JavaScript") == std::string::npos);
    bool image_kept = false;
    for (NodeId k : e.kept)
        for (NodeId d : doc.descendants(k))
            image_kept = image_kept || (doc[d].is("img") && !doc.detached(d));
    CHECK(image_kept);
}

TEST_CASE("extract: an article split over sibling blocks of a formatted page is kept whole",
          "[html]") {
    // Each part is a wrapper around a wrapper (white space between the tags,
    // as saved pages have it); the parts are siblings, with a figure between.
    auto part = [](const std::string& words) {
        return "\n  <div class='part'>\n    <div class='inner'>\n" + article +
               "<p>" + words + " closes this part of the story, with a comma, and a full stop.</p>"
               "\n    </div>\n  </div>\n";
    };
    Document doc = parse_document("<body><div class='menu'><a href='/'>Home</a></div>\n<section>" +
                                  part("Alpha") + "<div class='fig'><img src='x.jpg'></div>" +
                                  part("Bravo") + part("Charlie") + "</section></body>");
    const Extraction e = extract_article(doc);
    const std::string text = kept_text(doc, e);
    CHECK(text.find("Alpha closes") != std::string::npos);
    CHECK(text.find("Bravo closes") != std::string::npos);
    CHECK(text.find("Charlie closes") != std::string::npos);
    CHECK(text.find("Home") == std::string::npos);
}

TEST_CASE("extract: a byline element gives its author's name, not its other parts", "[html]") {
    // An author link beside the writer's job title; a provider's name beside
    // the schema.org author's name.
    Document doc = parse_document("<body><div class='author'><a class='author-link' href='/author/jane'>Jane Doe</a>"
                                  "<div class='author-title'>Games Editor</div></div><div>" +
                                  article + "</div></body>");
    CHECK(extract_article(doc).byline == "Jane Doe");
    Document doc2 = parse_document(
        "<body><div class='byline'><a href='https://provider.example'>Provider Daily</a>"
        "<span itemprop='author'><span itemprop='name'>John Roe</span></span>"
        "<time>1 day ago</time></div><div>" + article + "</div></body>");
    CHECK(extract_article(doc2).byline == "John Roe");
    // A plain byline keeps its text (the names are read from it later).
    Document doc3 = parse_document("<body><p class='byline'>By Ann Poe</p><div>" + article + "</div></body>");
    CHECK(extract_article(doc3).byline == "By Ann Poe");
}

TEST_CASE("extract: a row of links with only separators between them is a menu", "[html]") {
    // Kept however lenient the pass: a short page retries without its
    // conditional cleaning, and a link bar is never the article.
    Document doc = parse_document(
        "<body><div class='page'><p>A short list of places worth knowing, gathered over the years.</p>"
        "<ul><li><a href='https://a.example/'>Tide tables</a></li>"
        "<li><a href='https://b.example/'>Weather forecasts</a></li></ul>"
        "<div><a href='/x'>Harbour news</a> | <a href='/y'>Boat sales</a> · <a href='/z'>Crew wanted</a></div>"
        "<p>See <a href='/a'>one</a>, <a href='/b'>two</a> and <a href='/c'>three</a> for more.</p>"
        "</div></body>");
    const Extraction e = extract_article(doc);
    const std::string text = kept_text(doc, e);
    CHECK(text.find("Boat sales") == std::string::npos);
    CHECK(text.find("Tide tables") != std::string::npos);
    CHECK(text.find("See one, two and three for more.") != std::string::npos); // words between the links
    bool reported = false;
    for (const DroppedBlock& d : e.dropped)
        reported = reported || (d.reason == "link bar" && d.excerpt == "Harbour news | Boat sales · Crew wanted");
    CHECK(reported);
}
