#include "detailshtml.h"

namespace qm::html {

QString labelledRow(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
        .arg(esc(label), valueHtml);
}

QString cellsRow(const QStringList &cellsHtml, bool header)
{
    const QString tag = header ? QStringLiteral("th") : QStringLiteral("td");
    QString html = QStringLiteral("<tr>");
    for (const QString &cell : cellsHtml)
        html += QStringLiteral("<%1 style='padding:1px 8px 1px 0'>%2</%1>").arg(tag, cell);
    return html + QStringLiteral("</tr>");
}

} // namespace qm::html
