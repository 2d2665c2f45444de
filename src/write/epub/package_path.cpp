#include "write/epub/package_path.hpp"

#include <vector>

namespace galley::write::epub {

namespace {

std::vector<std::string_view> segments(std::string_view p) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    while (start <= p.size()) {
        const std::size_t slash = p.find('/', start);
        const std::size_t end = slash == std::string_view::npos ? p.size() : slash;
        if (end > start) out.push_back(p.substr(start, end - start));
        if (slash == std::string_view::npos) break;
        start = slash + 1;
    }
    return out;
}

} // namespace

std::string_view PackagePath::directory() const {
    const std::size_t slash = path_.rfind('/');
    return slash == std::string::npos ? std::string_view()
                                      : std::string_view(path_).substr(0, slash + 1);
}

PackagePath PackagePath::operator/(std::string_view child) const {
    if (path_.empty()) return PackagePath(std::string(child));
    return PackagePath(path_ + "/" + std::string(child));
}

std::string PackagePath::href_from(const PackagePath& from) const {
    const auto base = segments(from.directory());
    const auto target = segments(path_);
    std::size_t common = 0;
    while (common < base.size() && common + 1 < target.size() && base[common] == target[common])
        ++common;
    std::string href;
    for (std::size_t i = common; i < base.size(); ++i)
        href += "../";
    for (std::size_t i = common; i < target.size(); ++i) {
        href += target[i];
        if (i + 1 < target.size()) href += '/';
    }
    return href;
}

} // namespace galley::write::epub
