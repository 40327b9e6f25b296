#include "historyfixture.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace qm::bench {

namespace {
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kDay = HistoryStore::kDayMs;
constexpr qint64 kGB = 1'000'000'000;
} // namespace

QString hostName(int host)
{
    return QStringLiteral("gpu-node-%1").arg(host, 2, 10, QLatin1Char('0'));
}

qint64 usedAt(int host, qint64 timeMs, qint64 nowMs, qint64 dailyRise)
{
    const qint64 minutes = (timeMs - (nowMs - 366 * kDay)) / kMinute;
    return (200 + host) * kGB + minutes * 1000 * (host + 1) + (minutes % 1440) * dailyRise / 1440;
}

bool fillYear(HistoryStore &store, qint64 nowMs, int hosts, QString *error, qint64 dailyRise)
{
    QList<ImportedSample> samples;
    const qint64 rawFrom = nowMs - 14 * kDay;
    for (qint64 time = rawFrom; time <= nowMs; time += kMinute) {
        for (int h = 0; h < hosts; ++h) {
            ImportedSample sample;
            sample.host = hostName(h);
            sample.mount = QStringLiteral("/");
            sample.timeMs = time;
            sample.totalBytes = kVolumeBytes;
            sample.usedBytes = usedAt(h, time, nowMs, dailyRise);
            sample.availableBytes = kUsableBytes - sample.usedBytes;
            samples.append(sample);
        }
    }
    if (!store.import(samples, error) || !store.maintain(nowMs, {14, 365}, error))
        return false;
    QSqlDatabase db = store.database();
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO volume_rollups (host, mount, period, start, "
                             "samples, used_min, used_max, used_mean, total_bytes, time_mean, "
                             "available_mean, used_percent_min, used_percent_max) "
                             "VALUES (?, '/', ?, ?, 60, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const auto percent = [](qint64 used) { return 100.0 * double(used) / double(kUsableBytes); };
    for (const qint64 period : {HistoryStore::kHourMs, HistoryStore::kSixHoursMs, kDay}) {
        for (qint64 start = (nowMs - 365 * kDay) / period * period; start < rawFrom;
             start += period) {
            for (int h = 0; h < hosts; ++h) {
                const qint64 low = usedAt(h, start, nowMs, dailyRise);
                const qint64 high = usedAt(h, start + period - kMinute, nowMs, dailyRise);
                const qint64 mean = usedAt(h, start + period / 2, nowMs, dailyRise);
                q.addBindValue(hostName(h));
                q.addBindValue(period);
                q.addBindValue(start);
                q.addBindValue(low);
                q.addBindValue(high);
                q.addBindValue(double(mean));
                q.addBindValue(kVolumeBytes);
                q.addBindValue(double(start + period / 2 - kMinute / 2));
                q.addBindValue(double(kUsableBytes - mean));
                q.addBindValue(percent(low));
                q.addBindValue(percent(high));
                if (!q.exec()) {
                    *error = q.lastError().text();
                    db.rollback();
                    return false;
                }
            }
        }
    }
    return db.commit();
}

} // namespace qm::bench
