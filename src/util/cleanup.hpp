#pragma once
// Cleaning up on SIGINT, SIGTERM and SIGHUP: temporary files and directories
// galley is writing are removed and a running child (WeasyPrint) is killed
// before galley dies of the signal, so an interrupted run leaves nothing
// behind. The handlers are installed on first use. Used by the pipeline's
// file and process helpers only.

#include <string>
#include <sys/types.h>

namespace galley::util::cleanup {

// Remove `path` (a file, or an empty directory once its files are gone) if a
// signal arrives before forget(path).
void remember(const std::string& path);
void forget(const std::string& path);

// Kill `pid` if a signal arrives before it is forgotten (0: none).
void set_child(pid_t pid);

} // namespace galley::util::cleanup
