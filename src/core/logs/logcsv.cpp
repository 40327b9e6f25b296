#include "logcsv.h"

#include "core/text/csv.h"

#include <QStringList>

namespace qm {

namespace {

void appendField(QByteArray &row, const QString &text)
{
    if (!row.isEmpty())
        row += ',';
    appendCsvField(&row, text.toUtf8());
}

} // namespace

QByteArray logCsvHeader()
{
    return QByteArrayLiteral("id,timestamp,source_type,source_id,log_level,message,task_id,"
                             "worker_id,cycle_number,metadata\r\n");
}

QByteArray logLineToCsv(const LogLine &line)
{
    QByteArray row;
    for (const QString &field :
         {line.id, logTimeText(line.timeUs), line.sourceType, line.sourceId, line.level,
          line.message, line.taskId, line.workerId,
          line.cycle ? QString::number(*line.cycle) : QString(), QString::fromUtf8(line.metadata)})
        appendField(row, field);
    return row + "\r\n";
}

} // namespace qm
