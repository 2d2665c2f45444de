#pragma once
// A strict parser for the HTML5 the print writer emits, for asserting on
// parsed structure in unit tests (the end-to-end tests use html5lib). It
// accepts only what a conforming serialisation of our documents looks like
// and fails the test on anything else: a self-closed tag (`<div/>`), an end
// tag that does not match, an end tag for a void element, an unquoted
// attribute, a bare `<` or `&` in text, an unknown entity.

#include "write/print/html5_sink.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace test::html {

struct Node {
    std::string name; // empty for a text node
    std::vector<std::pair<std::string, std::string>> attrs;
    std::string text; // text nodes only
    std::vector<std::unique_ptr<Node>> children;

    std::string attr(std::string_view key) const {
        for (const auto& [k, v] : attrs)
            if (k == key) return v;
        return "";
    }
    bool has_attr(std::string_view key) const {
        for (const auto& kv : attrs)
            if (kv.first == key) return true;
        return false;
    }
    // All text below, concatenated.
    std::string all_text() const {
        if (name.empty()) return text;
        std::string out;
        for (const auto& c : children)
            out += c->all_text();
        return out;
    }
    // Every element named `n` below (and including) this one, in document order.
    void find_all(std::string_view n, std::vector<const Node*>& out) const {
        if (name == n) out.push_back(this);
        for (const auto& c : children)
            c->find_all(n, out);
    }
    std::vector<const Node*> all(std::string_view n) const {
        std::vector<const Node*> out;
        find_all(n, out);
        return out;
    }
    const Node* first(std::string_view n) const {
        const auto found = all(n);
        return found.empty() ? nullptr : found.front();
    }
    bool has_class(std::string_view c) const {
        const std::string classes = " " + attr("class") + " ";
        return classes.find(" " + std::string(c) + " ") != std::string::npos;
    }
};

class Parser {
  public:
    explicit Parser(std::string_view s) : s_(s) {}

    // The document's root: a nameless-element holder named "#document".
    std::unique_ptr<Node> parse() {
        auto doc = std::make_unique<Node>();
        doc->name = "#document";
        if (s_.substr(0, 16) == "<!DOCTYPE html>\n") i_ = 16;
        std::vector<Node*> stack{doc.get()};
        while (i_ < s_.size()) {
            if (s_[i_] != '<') {
                add_text(*stack.back(), read_text());
                continue;
            }
            if (s_.substr(i_, 2) == "</") {
                i_ += 2;
                const std::string name = read_name();
                expect('>');
                INFO("end tag </" << name << ">");
                REQUIRE(!galley::write::print::is_void_element(name));
                REQUIRE(stack.size() > 1);
                REQUIRE(stack.back()->name == name);
                stack.pop_back();
                continue;
            }
            ++i_;
            auto el = std::make_unique<Node>();
            el->name = read_name();
            REQUIRE(!el->name.empty());
            while (true) {
                skip_space();
                REQUIRE(i_ < s_.size());
                if (s_[i_] == '>') break;
                INFO("in <" << el->name << ">");
                REQUIRE(s_[i_] != '/'); // no self-closing syntax, ever
                std::string key = read_name();
                REQUIRE(!key.empty());
                expect('=');
                expect('"');
                const std::size_t end = s_.find('"', i_);
                REQUIRE(end != std::string_view::npos);
                el->attrs.emplace_back(key, decode(s_.substr(i_, end - i_)));
                i_ = end + 1;
            }
            ++i_;
            Node* raw = el.get();
            stack.back()->children.push_back(std::move(el));
            if (galley::write::print::is_void_element(raw->name)) continue;
            if (raw->name == "style" || raw->name == "script") {
                const std::string close = "</" + raw->name + ">";
                const std::size_t end = s_.find(close, i_);
                REQUIRE(end != std::string_view::npos);
                auto t = std::make_unique<Node>();
                t->text = std::string(s_.substr(i_, end - i_));
                raw->children.push_back(std::move(t));
                i_ = end + close.size();
                continue;
            }
            stack.push_back(raw);
        }
        REQUIRE(stack.size() == 1); // every element closed
        return doc;
    }

  private:
    void skip_space() {
        while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\n'))
            ++i_;
    }
    void expect(char c) {
        INFO("expected '" << c << "' at " << i_ << ": " << s_.substr(i_, 40));
        REQUIRE(i_ < s_.size());
        REQUIRE(s_[i_] == c);
        ++i_;
    }
    std::string read_name() {
        const std::size_t start = i_;
        while (i_ < s_.size() &&
               (std::isalnum(static_cast<unsigned char>(s_[i_])) || s_[i_] == '-' || s_[i_] == ':'))
            ++i_;
        return std::string(s_.substr(start, i_ - start));
    }
    std::string read_text() {
        const std::size_t end = std::min(s_.find('<', i_), s_.size());
        const std::string_view raw = s_.substr(i_, end - i_);
        i_ = end;
        INFO("text: " << raw);
        REQUIRE(raw.find('>') == std::string_view::npos);
        return decode(raw);
    }
    static std::string decode(std::string_view raw) {
        std::string out;
        for (std::size_t i = 0; i < raw.size(); ++i) {
            if (raw[i] != '&') {
                out += raw[i];
                continue;
            }
            const std::size_t semi = raw.find(';', i);
            INFO("entity in: " << raw);
            REQUIRE(semi != std::string_view::npos);
            const std::string_view name = raw.substr(i + 1, semi - i - 1);
            if (name == "amp")
                out += '&';
            else if (name == "lt")
                out += '<';
            else if (name == "gt")
                out += '>';
            else if (name == "quot")
                out += '"';
            else
                FAIL("unknown entity &" << name << ";");
            i = semi;
        }
        return out;
    }
    static void add_text(Node& parent, std::string t) {
        auto n = std::make_unique<Node>();
        n->text = std::move(t);
        parent.children.push_back(std::move(n));
    }

    std::string_view s_;
    std::size_t i_ = 0;
};

inline std::unique_ptr<Node> parse(const std::string& html) {
    INFO(html.substr(0, 2000));
    return Parser(html).parse();
}

} // namespace test::html
