// The rollups of a history and its maintenance: the watermarks up to which each period
// is rolled up, and the raw samples and rollups dropped once past their retention. The
// rest of HistoryStore is in historystore.cpp.

#include "historystore.h"
#include "historywatermarks.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <limits>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::HistoryStore)
};

/// The SQL expression of a raw sample's used % over the columns of volume_samples:
/// used / (used + available) * 100 (0 when both are 0), NULL where the available bytes
/// were not recorded. VolumePoint::usedPercent() in SQL, for the rollups.
QString usedPercentSql()
{
    return QStringLiteral("(CASE WHEN available_bytes IS NULL OR used_bytes IS NULL THEN NULL "
                          "WHEN used_bytes + available_bytes <= 0 THEN 0.0 "
                          "ELSE used_bytes * 100.0 / (used_bytes + available_bytes) END)");
}

} // namespace

qint64 HistoryStore::rolledUpUntil(qint64 periodMs) const
{
    return watermark(periodMs == kDayMs          ? kDailyUntil
                     : periodMs == kSixHoursMs   ? kSixHourlyUntil
                     : periodMs == kTenMinutesMs ? kTenMinuteUntil
                                                 : kHourlyUntil);
}

qint64 HistoryStore::watermark(const QString &name) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT value FROM maintenance WHERE name = ?"));
    q.addBindValue(name);
    return q.exec() && q.next() ? q.value(0).toLongLong() : std::numeric_limits<qint64>::min();
}

bool HistoryStore::setWatermark(const QString &name, qint64 valueMs, bool onlyLower, QString *error)
{
    QSqlQuery q(database());
    q.prepare(onlyLower ? QStringLiteral("UPDATE maintenance SET value = MIN(value, ?) WHERE "
                                         "name = ?")
                        : QStringLiteral("INSERT OR REPLACE INTO maintenance (value, name) "
                                         "VALUES (?, ?)"));
    q.addBindValue(valueMs);
    q.addBindValue(name);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

bool HistoryStore::rollUp(qint64 periodMs, qint64 fromMs, qint64 toMs, QString *error)
{
    QSqlQuery q(database());
    // The mean time of the samples, not the bucket's middle: a line through the means
    // then keeps the slope of the samples. AVG, MIN and MAX skip NULLs: the available
    // bytes and the used % come from the samples that recorded them.
    q.prepare(
        QStringLiteral(
            "INSERT OR REPLACE INTO volume_rollups (host, mount, period, start, samples, used_min, "
            "used_max, used_mean, total_bytes, time_mean, available_mean, used_percent_min, "
            "used_percent_max) "
            "SELECT host, mount, :period, (time / :period) * :period AS bucket, COUNT(*), "
            "MIN(used_bytes), MAX(used_bytes), AVG(used_bytes), MAX(total_bytes), AVG(time), "
            "AVG(available_bytes), MIN(percent), MAX(percent) FROM "
            "(SELECT host, mount, time, used_bytes, total_bytes, available_bytes, %1 AS percent "
            "FROM volume_samples WHERE time >= :from AND time < :to AND used_bytes IS NOT NULL) "
            "GROUP BY host, mount, bucket")
            .arg(usedPercentSql()));
    q.bindValue(QStringLiteral(":period"), periodMs);
    q.bindValue(QStringLiteral(":from"), fromMs);
    q.bindValue(QStringLiteral(":to"), toMs);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    // A category's figure at one probe is its sum over the host's data roots.
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO category_rollups (host, category, period, start, samples, "
        "bytes_min, bytes_max, bytes_mean, files_max) "
        "SELECT host, category, :period, (time / :period) * :period AS bucket, COUNT(*), "
        "MIN(bytes), MAX(bytes), AVG(bytes), MAX(files) FROM "
        "(SELECT host, category, time, SUM(bytes) AS bytes, SUM(files) AS files "
        "FROM category_samples WHERE time >= :from AND time < :to "
        "GROUP BY probe_id, host, category) "
        "GROUP BY host, category, bucket"));
    q.bindValue(QStringLiteral(":period"), periodMs);
    q.bindValue(QStringLiteral(":from"), fromMs);
    q.bindValue(QStringLiteral(":to"), toMs);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

bool HistoryStore::maintain(qint64 nowMs, const HistoryRetention &retention, QString *error)
{
    QSqlDatabase db = database();
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    const auto fail = [&](const QString &message) {
        *error = Text::tr("cannot maintain the history %1: %2").arg(path(), message);
        db.rollback();
        return false;
    };
    QString message;
    for (const auto &[periodMs, name] : kRollupLevels) {
        const qint64 to = floorTo(nowMs, periodMs); // complete buckets only
        const qint64 from = watermark(name);
        if (from < to && !rollUp(periodMs, from, to, &message))
            return fail(message);
        if (from < to && !setWatermark(name, to, false, &message))
            return fail(message);
    }
    // Raw probes go once their days are rolled up and they are older than rawDays.
    const qint64 rawCutoff =
        std::min(nowMs - qint64(retention.rawDays) * kDayMs, watermark(kDailyUntil));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM probes WHERE probed_at < ?"));
    q.addBindValue(rawCutoff);
    if (!q.exec())
        return fail(q.lastError().text());
    for (const QString &table :
         {QStringLiteral("volume_rollups"), QStringLiteral("category_rollups")}) {
        for (const auto &[periodMs, days] : {std::pair(kTenMinutesMs, retention.rawDays),
                                             std::pair(kHourMs, retention.hourlyDays)}) {
            q.prepare(QStringLiteral("DELETE FROM %1 WHERE period = ? AND start < ?").arg(table));
            q.addBindValue(periodMs);
            q.addBindValue(nowMs - qint64(days) * kDayMs);
            if (!q.exec())
                return fail(q.lastError().text());
        }
    }
    if (!db.commit())
        return fail(db.lastError().text());
    return true;
}

} // namespace qm
