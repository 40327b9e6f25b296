// HistoryStore::import(): samples of another tool's history (`qmctl history import`),
// inserted thousands to a statement. The rest of HistoryStore is in historystore.cpp.

#include "historystore.h"
#include "historywatermarks.h"

#include <QCoreApplication>
#include <QHash>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <charconv>
#include <iterator>
#include <limits>
#include <numeric>
#include <tuple>
#include <vector>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::HistoryStore)
};

/// Rows inserted thousands to a statement: they travel as one JSON array bound to one
/// parameter and are unpacked by SQLite's json_each(), so neither a statement nor a
/// bound value is paid per row (Qt's binding costs more than SQLite's insert).
/// add() queues a row and runs a full batch; flush() runs the rest. A batch of rows
/// that refer to another table's (`parent`) flushes that one first.
class BatchInsert
{
public:
    static constexpr int kRows = 4096;

    /// One value of a row: a number, or a string already written as JSON (by json(),
    /// and outliving the add() call).
    struct Field
    {
        Field(qint64 value)
            : number(value)
        {}
        Field(const QByteArray &jsonText)
            : json(&jsonText)
        {}
        /// A number when it is not negative, else null (not known).
        static Field orNull(qint64 value)
        {
            static const QByteArray null = "null";
            return value >= 0 ? Field(value) : Field(null);
        }
        qint64 number = 0;
        const QByteArray *json = nullptr;
    };

    /// `text` as a JSON string, quotes included.
    static QByteArray json(const QString &text)
    {
        static const char hex[] = "0123456789abcdef";
        QByteArray out = "\"";
        for (const char c : text.toUtf8()) {
            const auto byte = static_cast<unsigned char>(c);
            if (c == '"' || c == '\\') {
                out += '\\';
                out += c;
            } else if (byte < 0x20) {
                out += "\\u00";
                out += hex[byte >> 4];
                out += hex[byte & 0xf];
            } else {
                out += c;
            }
        }
        return out + '"';
    }

    /// `table` and its `columns`; `constants` are SQL expressions for further columns.
    BatchInsert(const QSqlDatabase &db, const QString &table, const QStringList &columns,
                const QStringList &constants = {}, const QStringList &constantColumns = {},
                BatchInsert *parent = nullptr)
        : m_parent(parent)
        , m_query(db)
    {
        QStringList values;
        for (int i = 0; i < columns.size(); ++i)
            values.append(QStringLiteral("json_extract(value, '$[%1]')").arg(i));
        m_sql = QStringLiteral("INSERT INTO %1 (%2) SELECT %3 FROM json_each(CAST(? AS TEXT))")
                    .arg(table, (columns + constantColumns).join(QStringLiteral(", ")),
                         (values + constants).join(QStringLiteral(", ")));
    }

    bool add(std::initializer_list<Field> row)
    {
        m_json += m_rows == 0 ? '[' : ',';
        char separator = '[';
        for (const Field &field : row) {
            m_json += separator;
            separator = ',';
            if (field.json) {
                m_json += *field.json;
            } else {
                char digits[24];
                const auto end = std::to_chars(std::begin(digits), std::end(digits), field.number);
                m_json.append(digits, end.ptr - digits);
            }
        }
        m_json += ']';
        return ++m_rows < kRows || run();
    }

    bool flush() { return m_rows == 0 || run(); }
    QString error() const { return m_error; }

private:
    bool run()
    {
        if (m_parent && !m_parent->flush()) {
            m_error = m_parent->error();
            return false;
        }
        m_json += ']';
        if (!m_prepared && !m_query.prepare(m_sql)) {
            m_error = m_query.lastError().text();
            return false;
        }
        m_prepared = true;
        m_query.bindValue(0, m_json);
        m_json.resize(0); // the next batch; the bound value keeps this one
        m_rows = 0;
        if (!m_query.exec()) {
            m_error = m_query.lastError().text();
            return false;
        }
        return true;
    }

    BatchInsert *m_parent;
    QSqlQuery m_query;
    QString m_sql;
    bool m_prepared = false;
    QByteArray m_json;
    int m_rows = 0;
    QString m_error;
};

} // namespace

bool HistoryStore::import(const QList<ImportedSample> &samples, QString *error)
{
    QSqlDatabase db = database();
    QSqlQuery q(db);
    // Every sample's probe is inserted here, under ids taken below: checking each of a
    // million references again would cost a B-tree search apiece. (Outside a
    // transaction, or SQLite ignores it.)
    q.exec(QStringLiteral("PRAGMA foreign_keys=OFF"));
    const auto checkReferences =
        qScopeGuard([&db] { QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys=ON")); });
    // IMMEDIATE: the probe ids below are taken from MAX(id), so no other writer may come
    // between reading it and inserting.
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        *error = Text::tr("cannot import into %1: %2").arg(path(), q.lastError().text());
        return false;
    }
    const auto fail = [&](const QString &message) {
        *error = Text::tr("cannot import into %1: %2").arg(path(), message);
        db.rollback();
        return false;
    };
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM probes")) || !q.next())
        return fail(q.lastError().text());
    qint64 nextId = q.value(0).toLongLong() + 1;
    q.finish();

    const auto columns = [](const char *names) { return QString::fromLatin1(names).split(u' '); };
    BatchInsert probes(db, QStringLiteral("probes"), columns("id host probed_at"),
                       {QStringLiteral("'ok'"), QStringLiteral("'import'")},
                       columns("status transport"));
    // Available bytes stay NULL where the sample did not give them: never guessed.
    BatchInsert volumes(db, QStringLiteral("volume_samples"),
                        columns("probe_id host mount time total_bytes used_bytes available_bytes"),
                        {}, {}, &probes);
    BatchInsert categories(
        db, QStringLiteral("category_samples"), columns("probe_id host category time bytes"),
        {QStringLiteral("''"), QStringLiteral("0")}, columns("root files"), &probes);
    // Every host, mount and category name once, numbered in sorted order and written as
    // JSON once: a million samples then sort and match by integers.
    QHash<QString, int> nameIds;
    QStringList names;
    const auto nameId = [&](const QString &name) -> int {
        auto it = nameIds.constFind(name);
        if (it == nameIds.constEnd()) {
            it = nameIds.insert(name, int(names.size()));
            names.append(name);
        }
        return it.value();
    };
    struct Key
    {
        int host;
        int mount;
        qint64 timeMs;
        int category;
        qsizetype index;
    };
    std::vector<Key> keys;
    keys.reserve(size_t(samples.size()));
    for (qsizetype i = 0; i < samples.size(); ++i) {
        const ImportedSample &sample = samples[i];
        keys.push_back(
            {nameId(sample.host), nameId(sample.mount), sample.timeMs, nameId(sample.category), i});
    }
    std::vector<int> byName(size_t(names.size()));
    std::iota(byName.begin(), byName.end(), 0);
    std::sort(byName.begin(), byName.end(), [&](int a, int b) { return names[a] < names[b]; });
    std::vector<int> rank(size_t(names.size()));
    std::vector<QByteArray> json(size_t(names.size()));
    for (size_t r = 0; r < byName.size(); ++r) {
        rank[size_t(byName[r])] = int(r);
        json[r] = BatchInsert::json(names[byName[r]]);
    }
    for (Key &key : keys) {
        key.host = rank[size_t(key.host)];
        key.mount = rank[size_t(key.mount)];
        key.category = rank[size_t(key.category)];
    }
    // In index order (host, volume, time), first given first among equals: SQLite's
    // B-tree inserts are cheapest when each lands next to the one before.
    std::sort(keys.begin(), keys.end(), [](const Key &a, const Key &b) {
        return std::tie(a.host, a.mount, a.timeMs, a.index) <
               std::tie(b.host, b.mount, b.timeMs, b.index);
    });
    QSet<std::pair<qint64, int>> seenCategories; // one sample per category and probe
    const Key *lastVolume = nullptr;             // the volume sample inserted last
    qint64 oldest = std::numeric_limits<qint64>::max();
    std::vector<qint64> times;
    for (auto hostBegin = keys.cbegin(); hostBegin != keys.cend();) {
        // One probe per time of this host, numbered in time order.
        const int host = hostBegin->host;
        const auto hostEnd = std::find_if(hostBegin, keys.cend(),
                                          [host](const Key &key) { return key.host != host; });
        times.clear();
        for (auto key = hostBegin; key != hostEnd; ++key)
            times.push_back(key->timeMs);
        std::sort(times.begin(), times.end());
        times.erase(std::unique(times.begin(), times.end()), times.end());
        oldest = std::min(oldest, times.front());
        const qint64 firstId = nextId;
        for (const qint64 time : times) {
            if (!probes.add({nextId++, json[size_t(host)], time}))
                return fail(probes.error());
        }
        for (auto key = hostBegin; key != hostEnd; ++key) {
            const ImportedSample &sample = samples[key->index];
            const qint64 id =
                firstId +
                (std::lower_bound(times.cbegin(), times.cend(), key->timeMs) - times.cbegin());
            // One sample per volume and probe: a second one sorts right after the first.
            if (!sample.mount.isEmpty() && sample.totalBytes >= 0 && sample.usedBytes >= 0 &&
                !(lastVolume && lastVolume->host == key->host && lastVolume->mount == key->mount &&
                  lastVolume->timeMs == key->timeMs)) {
                lastVolume = &*key;
                if (!volumes.add({id, json[size_t(host)], json[size_t(key->mount)], sample.timeMs,
                                  sample.totalBytes, sample.usedBytes,
                                  BatchInsert::Field::orNull(sample.availableBytes)}))
                    return fail(volumes.error());
            }
            if (!sample.category.isEmpty() && sample.categoryBytes >= 0 &&
                !seenCategories.contains({id, key->category})) {
                seenCategories.insert({id, key->category});
                if (!categories.add({id, json[size_t(host)], json[size_t(key->category)],
                                     sample.timeMs, sample.categoryBytes}))
                    return fail(categories.error());
            }
        }
        hostBegin = hostEnd;
    }
    for (BatchInsert *batch : {&probes, &volumes, &categories}) {
        if (!batch->flush())
            return fail(batch->error());
    }
    // Rollups from the oldest imported hour and day on are redone by maintain().
    QString message;
    if (!samples.isEmpty() &&
        (!setWatermark(kTenMinuteUntil, floorTo(oldest, kTenMinutesMs), true, &message) ||
         !setWatermark(kHourlyUntil, floorTo(oldest, kHourMs), true, &message) ||
         !setWatermark(kSixHourlyUntil, floorTo(oldest, kSixHoursMs), true, &message) ||
         !setWatermark(kDailyUntil, floorTo(oldest, kDayMs), true, &message)))
        return fail(message);
    if (!db.commit())
        return fail(db.lastError().text());
    return true;
}

} // namespace qm
