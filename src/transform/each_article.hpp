#pragma once
// The per-article part of a transform, on `threads` threads. Articles are
// independent of each other, and what each one reports is appended in
// article order, so the book and its warnings do not depend on how the
// threads ran.

#include "model/article.hpp"
#include "model/diagnostic.hpp"
#include "util/parallel.hpp"

#include <vector>

namespace galley::transform {

// Calls work(article, diagnostics) for every article.
template <class Work>
void each_article(std::vector<model::Article>& articles, unsigned threads,
                  model::Diagnostics& diags, Work&& work) {
    util::parallel_ordered(
        articles.size(), threads,
        [&](std::size_t i) {
            model::Diagnostics found;
            work(articles[i], found);
            return found;
        },
        [&](std::size_t, model::Diagnostics found) { diags.append(found); });
}

} // namespace galley::transform
