// Fuzz target for the database addresses a user types (qm::SqlLocation::parse). Built as
// a libFuzzer binary by the `fuzz` preset, and as a regression test over the seed corpus
// and deterministic mutations by every build (see corpusdriver.cpp).

#include "core/sql/sqllocation.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString uri = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const std::optional<qm::SqlLocation> location = qm::SqlLocation::parse(uri, &error);
    if (!location) {
        if (error.isEmpty()) // a refusal always says why
            std::abort();
        return 0;
    }
    if (location->kind == qm::SqlLocation::Kind::Sqlite && location->path.isEmpty())
        std::abort();
    if (location->kind == qm::SqlLocation::Kind::Postgres) {
        if (location->port != -1 && (location->port < 1 || location->port > 65535))
            std::abort();
        // Nothing QtSql's driver would split, and no password shown.
        for (const QString &option : location->options) {
            if (option.contains(u';'))
                std::abort();
        }
        qm::SqlLocation withoutPassword = *location;
        withoutPassword.password.clear();
        if (location->displayName() != withoutPassword.displayName())
            std::abort();
    }
    return 0;
}
