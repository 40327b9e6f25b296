#include "historycsv.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <cmath>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::HistoryCsv)
};

constexpr int kMaxErrors = 10;

/// Splits one CSV line: commas, fields optionally in double quotes ("" for a quote).
QStringList splitCsvLine(const QString &line, bool *ok)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    *ok = true;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"' && field.isEmpty()) {
            quoted = true;
        } else if (c == u',') {
            fields.append(field.trimmed());
            field.clear();
        } else {
            field += c;
        }
    }
    if (quoted)
        *ok = false;
    fields.append(field.trimmed());
    return fields;
}

} // namespace

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') &&
        !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

std::optional<qint64> parseHistoryTime(const QString &text)
{
    const QString value = text.trimmed();
    bool ok = false;
    const double seconds = value.toDouble(&ok);
    if (ok) {
        if (!std::isfinite(seconds) || seconds < 0 || seconds > 1e11)
            return std::nullopt;
        return qint64(std::llround(seconds * 1000));
    }
    QDateTime time = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    if (time.timeSpec() == Qt::LocalTime) // no offset given: UTC, as logs write it
        time.setTimeSpec(Qt::UTC);
    return time.toMSecsSinceEpoch();
}

bool parseHistoryCsv(const QByteArray &text, QList<ImportedSample> *samples, QStringList *errors)
{
    samples->clear();
    const QStringList lines = QString::fromUtf8(text).split(u'\n');
    qsizetype first = 0;
    while (first < lines.size() && lines.at(first).trimmed().isEmpty())
        ++first;
    if (first == lines.size()) {
        errors->append(Text::tr("the file is empty"));
        return false;
    }
    bool ok = true;
    QStringList header = splitCsvLine(lines.at(first).trimmed(), &ok);
    if (!header.isEmpty() && header.first().startsWith(QChar(0xFEFF)))
        header.first().remove(0, 1);
    QHash<QString, int> column;
    for (int i = 0; i < header.size(); ++i)
        column.insert(header.at(i).toLower(), i);
    const QStringList required = {QStringLiteral("host"), QStringLiteral("mount"),
                                  QStringLiteral("time"), QStringLiteral("total_bytes"),
                                  QStringLiteral("used_bytes")};
    QStringList missing;
    for (const QString &name : required) {
        if (!column.contains(name))
            missing.append(name);
    }
    if (!missing.isEmpty()) {
        errors->append(Text::tr("line %1: the header lacks %2 (columns: host,mount,time,"
                                "total_bytes,used_bytes[,available_bytes][,category,bytes])")
                           .arg(first + 1)
                           .arg(missing.join(QStringLiteral(", "))));
        return false;
    }
    const bool hasCategory =
        column.contains(QStringLiteral("category")) && column.contains(QStringLiteral("bytes"));
    // Older exports have no available_bytes: their samples keep it unknown.
    const bool hasAvailable = column.contains(QStringLiteral("available_bytes"));

    for (qsizetype n = first + 1; n < lines.size() && errors->size() < kMaxErrors; ++n) {
        const QString line = lines.at(n).trimmed();
        if (line.isEmpty())
            continue;
        const QStringList fields = splitCsvLine(line, &ok);
        const auto fail = [&](const QString &message) {
            errors->append(Text::tr("line %1: %2").arg(n + 1).arg(message));
        };
        if (!ok) {
            fail(Text::tr("a quote is not closed"));
            continue;
        }
        if (fields.size() != header.size()) {
            fail(Text::tr("%1 fields, the header has %2").arg(fields.size()).arg(header.size()));
            continue;
        }
        const auto field = [&](const QString &name) { return fields.at(column.value(name)); };
        const auto number = [&](const QString &name, qint64 *value) {
            const QString digits = field(name);
            if (digits.isEmpty()) {
                *value = -1;
                return true;
            }
            bool isNumber = false;
            *value = digits.toLongLong(&isNumber);
            if (!isNumber || *value < 0) {
                fail(Text::tr("%1 '%2' is not a number of bytes").arg(name, digits));
                return false;
            }
            return true;
        };
        ImportedSample sample;
        sample.host = field(QStringLiteral("host"));
        if (sample.host.isEmpty()) {
            fail(Text::tr("no host"));
            continue;
        }
        const std::optional<qint64> time = parseHistoryTime(field(QStringLiteral("time")));
        if (!time) {
            fail(Text::tr("time '%1' is neither ISO 8601 nor seconds since the epoch")
                     .arg(field(QStringLiteral("time"))));
            continue;
        }
        sample.timeMs = *time;
        sample.mount = field(QStringLiteral("mount"));
        if (!number(QStringLiteral("total_bytes"), &sample.totalBytes) ||
            !number(QStringLiteral("used_bytes"), &sample.usedBytes) ||
            (hasAvailable && !number(QStringLiteral("available_bytes"), &sample.availableBytes)))
            continue;
        if (hasCategory) {
            sample.category = field(QStringLiteral("category"));
            if (!number(QStringLiteral("bytes"), &sample.categoryBytes))
                continue;
        }
        const bool volume =
            !sample.mount.isEmpty() && sample.totalBytes >= 0 && sample.usedBytes >= 0;
        const bool category = !sample.category.isEmpty() && sample.categoryBytes >= 0;
        if (!volume && !category) {
            fail(Text::tr("neither a volume (mount, total_bytes, used_bytes) nor a category "
                          "(category, bytes)"));
            continue;
        }
        if (volume && sample.usedBytes > sample.totalBytes) {
            fail(Text::tr("used_bytes %1 is more than total_bytes %2")
                     .arg(sample.usedBytes)
                     .arg(sample.totalBytes));
            continue;
        }
        if (volume && sample.availableBytes > sample.totalBytes) {
            fail(Text::tr("available_bytes %1 is more than total_bytes %2")
                     .arg(sample.availableBytes)
                     .arg(sample.totalBytes));
            continue;
        }
        if (!volume) {
            sample.mount.clear();
            sample.availableBytes = -1;
        }
        samples->append(sample);
    }
    if (!errors->isEmpty()) {
        samples->clear();
        return false;
    }
    return true;
}

} // namespace qm
