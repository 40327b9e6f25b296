#pragma once

// The lowest layer of our folder walkers (the data-category scan, the Space scan):
// lists the entries of an open folder as fast as the system allows.

#include <cerrno>
#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/syscall.h>
#endif

namespace qm {

/// Calls `entry(const char *name, unsigned char type)` for every entry of the open
/// folder `fd` ("." and ".." included; `type` is a DT_* value, DT_UNKNOWN when the
/// filesystem does not say). Reads through its own descriptor position (`fd` is read
/// on Linux, a second descriptor elsewhere), so `fd` must not be shared with another
/// reader. Returns 0 when the whole folder was listed, else the errno that stopped it
/// (entries before the failure were passed on). Blocking.
template <typename Entry>
int forEachFolderEntry(int fd, Entry &&entry)
{
#ifdef __linux__
    // getdents64 reads 64 KiB of entries per call, where readdir reads 32 KiB.
    alignas(8) char buffer[64 * 1024];
    for (;;) {
        const long n = syscall(SYS_getdents64, fd, buffer, sizeof buffer);
        if (n < 0)
            return errno;
        if (n == 0)
            return 0;
        for (long offset = 0; offset < n;) {
            struct Dirent64
            {
                ino64_t d_ino;
                off64_t d_off;
                unsigned short d_reclen;
                unsigned char d_type;
                char d_name[1];
            };
            const auto *d = reinterpret_cast<const Dirent64 *>(buffer + offset);
            entry(static_cast<const char *>(d->d_name), d->d_type);
            offset += d->d_reclen;
        }
    }
#else
    // fdopendir takes its descriptor over: list through a second one.
    const int listFd = openat(fd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    DIR *dir = listFd >= 0 ? fdopendir(listFd) : nullptr;
    if (!dir) {
        const int error = errno;
        if (listFd >= 0)
            close(listFd);
        return error;
    }
    errno = 0;
    while (const struct dirent *d = readdir(dir)) {
        entry(static_cast<const char *>(d->d_name), d->d_type);
        errno = 0;
    }
    const int error = errno;
    closedir(dir);
    return error;
#endif
}

/// Whether `name` is "." or "..".
inline bool isDotOrDotDot(const char *name)
{
    return name[0] == '.' && (name[1] == '\0' || (name[1] == '.' && name[2] == '\0'));
}

} // namespace qm
