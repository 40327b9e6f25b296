#include "filelisting.h"

#include <cstring>
#include <limits>

namespace qm {

namespace {

/// Reads a non-negative decimal integer at `p`; advances past it. False on no digits or
/// overflow.
bool readInteger(const char *&p, const char *end, qint64 *value)
{
    const char *start = p;
    qint64 result = 0;
    while (p < end && *p >= '0' && *p <= '9') {
        const int digit = *p - '0';
        if (result > (std::numeric_limits<qint64>::max() - digit) / 10)
            return false;
        result = result * 10 + digit;
        ++p;
    }
    *value = result;
    return p > start;
}

} // namespace

FileListingParser::FileListingParser(Callback callback, char separator, Format format)
    : m_callback(std::move(callback))
    , m_separator(separator)
    , m_format(format)
{}

void FileListingParser::record(QByteArrayView bytes)
{
    const char *p = bytes.data();
    const char *end = p + bytes.size();
    ListedFile file;
    qint64 fraction = 0;
    if (m_format == Format::Detailed) {
        // "TYPE DEVICE INODE LINKS ", then what the short format holds.
        if (end - p < 2 || p[1] != ' ' || p[0] < 'a' || p[0] > 'z') {
            ++m_bad;
            return;
        }
        file.type = p[0];
        p += 2;
        for (qint64 *value : {&file.device, &file.inode, &file.links}) {
            if (!readInteger(p, end, value) || p == end || *p++ != ' ') {
                ++m_bad;
                return;
            }
        }
    }
    if (!readInteger(p, end, &file.bytes) || p == end || *p++ != ' ' ||
        !readInteger(p, end, &file.modifiedSecs)) {
        ++m_bad;
        return;
    }
    if (p < end && *p == '.') { // %T@ prints a fraction: dropped
        ++p;
        readInteger(p, end, &fraction);
    }
    if (p == end || *p++ != ' ' || p == end) {
        ++m_bad;
        return;
    }
    file.path = QByteArrayView(p, end - p);
    ++m_files;
    m_callback(file);
}

void FileListingParser::feed(QByteArrayView chunk)
{
    const char *p = chunk.data();
    const char *end = p + chunk.size();
    while (p < end) {
        const char *nul = static_cast<const char *>(std::memchr(p, m_separator, size_t(end - p)));
        if (!nul) {
            // The record goes on in the next chunk.
            if (!m_skipping) {
                m_pending.append(p, end - p);
                if (m_pending.size() > kMaxRecordBytes) {
                    m_pending.clear();
                    m_skipping = true;
                }
            }
            return;
        }
        if (m_skipping) {
            m_skipping = false;
            ++m_bad;
        } else if (!m_pending.isEmpty()) {
            m_pending.append(p, nul - p);
            if (m_pending.size() > kMaxRecordBytes)
                ++m_bad;
            else
                record(m_pending);
            m_pending.clear();
        } else if (nul - p > kMaxRecordBytes) {
            ++m_bad;
        } else {
            record(QByteArrayView(p, nul - p));
        }
        p = nul + 1;
    }
}

void FileListingParser::finish()
{
    if (m_skipping || !m_pending.isEmpty())
        ++m_bad;
    m_pending.clear();
    m_skipping = false;
}

} // namespace qm
