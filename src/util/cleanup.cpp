#include "util/cleanup.hpp"

#include <algorithm>
#include <csignal>
#include <mutex>
#include <unistd.h>
#include <vector>

namespace galley::util::cleanup {

namespace {

// Changed only with the signals blocked (and under the mutex, for threads),
// so the handler never sees them half-updated.
std::vector<std::string>& paths() {
    static std::vector<std::string> p;
    return p;
}
volatile pid_t child = 0;
std::mutex lock;
const int signals[] = {SIGINT, SIGTERM, SIGHUP};

extern "C" void on_signal(int sig) {
    if (child > 0) ::kill(child, SIGKILL);
    // Files before directories: they were remembered in that order, and
    // removing in reverse takes a directory's files before the directory.
    const auto& p = paths();
    for (auto it = p.rbegin(); it != p.rend(); ++it)
        if (::unlink(it->c_str()) != 0) ::rmdir(it->c_str());
    ::signal(sig, SIG_DFL);
    ::raise(sig);
}

// Blocks the handled signals for the life of the object.
class Blocked {
  public:
    Blocked() {
        sigset_t set;
        sigemptyset(&set);
        for (int s : signals)
            sigaddset(&set, s);
        pthread_sigmask(SIG_BLOCK, &set, &old_);
    }
    ~Blocked() { pthread_sigmask(SIG_SETMASK, &old_, nullptr); }

  private:
    sigset_t old_;
};

void install() {
    static std::once_flag once;
    std::call_once(once, [] {
        struct sigaction sa {};
        sa.sa_handler = on_signal;
        sigemptyset(&sa.sa_mask);
        for (int s : signals)
            sigaddset(&sa.sa_mask, s);
        for (int s : signals) {
            struct sigaction old {};
            sigaction(s, nullptr, &old);
            if (old.sa_handler == SIG_IGN) continue; // e.g. nohup: keep ignoring
            sigaction(s, &sa, nullptr);
        }
    });
}

} // namespace

void remember(const std::string& path) {
    install();
    std::lock_guard<std::mutex> guard(lock);
    Blocked blocked;
    paths().push_back(path);
}

void forget(const std::string& path) {
    std::lock_guard<std::mutex> guard(lock);
    Blocked blocked;
    auto& p = paths();
    const auto it = std::find(p.rbegin(), p.rend(), path);
    if (it != p.rend()) p.erase(std::next(it).base());
}

void set_child(pid_t pid) {
    install();
    Blocked blocked;
    child = pid;
}

} // namespace galley::util::cleanup
