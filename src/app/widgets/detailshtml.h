#pragma once

// The pieces of the details panes (Hosts, Jobs, Replication, Samples), which show rich
// text in a QTextBrowser: one escaping, one look for a labelled row and a table row.

#include <QString>
#include <QStringList>

namespace qm::html {

/// `text` safe inside rich text.
inline QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

/// A two-column table row: `label` in bold (escaped here), then `valueHtml` as given.
QString labelledRow(const QString &label, const QString &valueHtml);

/// A table row of `cellsHtml` (as given), `<th>` cells when `header`.
QString cellsRow(const QStringList &cellsHtml, bool header = false);

} // namespace qm::html
