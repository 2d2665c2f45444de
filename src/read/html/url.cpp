#include "read/html/url.hpp"

#include "util/text.hpp"

#include <vector>

namespace galley::read::html {

namespace {

// Removes "." and ".." segments from an absolute path.
std::string remove_dots(std::string_view path) {
    std::vector<std::string_view> out;
    std::size_t i = 0;
    const bool trailing = path.ends_with("/.") || path.ends_with("/..") || path.ends_with("/");
    while (i <= path.size()) {
        std::size_t j = path.find('/', i);
        if (j == std::string_view::npos) j = path.size();
        const std::string_view seg = path.substr(i, j - i);
        if (seg == "..") {
            if (!out.empty()) out.pop_back();
        } else if (seg != "." && !seg.empty()) {
            out.push_back(seg);
        }
        i = j + 1;
    }
    std::string r;
    for (std::string_view s : out) {
        r += '/';
        r += s;
    }
    if (trailing || r.empty()) r += '/';
    return r;
}

} // namespace

bool is_remote_url(std::string_view url) {
    url = util::trim(url);
    return url.substr(0, 2) == "//" || util::starts_with_icase(url, "http://") ||
           util::starts_with_icase(url, "https://");
}

std::string resolve_url(std::string_view base, std::string_view ref) {
    ref = util::trim(ref);
    if (util::has_url_scheme(ref) || !util::has_url_scheme(base)) return std::string(ref);
    const std::size_t colon = base.find(':');
    const std::string scheme(base.substr(0, colon));
    std::string_view rest = base.substr(colon + 1);
    std::string authority;
    if (rest.substr(0, 2) == "//") {
        const std::size_t end = rest.find_first_of("/?#", 2);
        authority = std::string(rest.substr(0, end));
        rest = end == std::string_view::npos ? std::string_view() : rest.substr(end);
    }
    std::string_view base_path = rest.substr(0, rest.find_first_of("?#"));
    const std::string_view base_query =
        rest.find('?') == std::string_view::npos ? std::string_view()
                                                 : rest.substr(rest.find('?'), rest.find('#') - rest.find('?'));
    if (ref.substr(0, 2) == "//") return scheme + ":" + std::string(ref);
    if (ref.empty()) return std::string(base.substr(0, base.find('#')));
    if (ref[0] == '#') return scheme + ":" + authority + std::string(base_path) + std::string(base_query) + std::string(ref);
    if (ref[0] == '?') return scheme + ":" + authority + std::string(base_path) + std::string(ref);
    const std::size_t tail = ref.find_first_of("?#");
    const std::string_view ref_path = ref.substr(0, tail);
    const std::string_view ref_tail = tail == std::string_view::npos ? std::string_view() : ref.substr(tail);
    std::string merged;
    if (ref_path[0] == '/') {
        merged = std::string(ref_path);
    } else {
        const std::size_t slash = base_path.rfind('/');
        merged = (slash == std::string_view::npos ? std::string("/")
                                                  : std::string(base_path.substr(0, slash + 1))) +
                 std::string(ref_path);
    }
    return scheme + ":" + authority + remove_dots(merged) + std::string(ref_tail);
}

} // namespace galley::read::html
