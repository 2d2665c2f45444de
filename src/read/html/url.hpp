#pragma once
// Resolving a page's relative links against its base (RFC 3986, section 5.2).

#include <string>
#include <string_view>

namespace galley::read::html {

// `ref` resolved against the absolute URL `base`; `ref` itself when it has a
// scheme, or when `base` has none (nothing to resolve against).
std::string resolve_url(std::string_view base, std::string_view ref);

// True for http:, https: and protocol-relative (//host) URLs.
bool is_remote_url(std::string_view url);

} // namespace galley::read::html
