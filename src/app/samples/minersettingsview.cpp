#include "minersettingsview.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace qm {

namespace {

constexpr char kHistoryFile[] = "miner_config_history.jsonl";

} // namespace

MinerSettingsView::MinerSettingsView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("minerSettingsView"));
    m_model = new MinerSettingsModel(this);
    m_filter = new MinerSettingsFilterModel(this);
    m_filter->setSourceModel(m_model);

    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_text = new QLineEdit;
    m_text->setObjectName(QStringLiteral("minerSettingsFilter"));
    m_text->setPlaceholderText(tr("Filter by setting or data directory"));
    m_text->setClearButtonEnabled(true);
    connect(m_text, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setText(text);
        updateCount();
    });
    bar->addWidget(m_text, 1);
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("minerSettingsCount"));
    bar->addWidget(m_count);
    layout->addLayout(bar);

    m_stack = new QStackedWidget;
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("minerSettingsTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(MinerSettingsModel::Time, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_stack->addWidget(m_table);
    m_empty = new QLabel;
    m_empty->setObjectName(QStringLiteral("minerSettingsEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);
    setHistories({}, 0);
}

void MinerSettingsView::setHistories(const QList<MinerSettingsModel::SourceHistory> &histories,
                                     qint64 badLines)
{
    m_badLines = badLines;
    m_model->setHistories(histories);
    if (m_model->rowCount() > 0) {
        m_stack->setCurrentWidget(m_table);
        m_table->resizeColumnsToContents();
    } else if (histories.isEmpty()) {
        m_empty->setText(tr("No data directory has been read, so there is no miner settings "
                            "history to show. Each miner's %1 is read from the top of its data "
                            "directory: add one of this machine under Data Directories, or give "
                            "hosts a data_dir in the config.")
                             .arg(QLatin1String(kHistoryFile)));
        m_stack->setCurrentWidget(m_empty);
    } else {
        QStringList places;
        for (const MinerSettingsModel::SourceHistory &history : histories) {
            SampleSource file = history.source;
            file.dataDir = QDir(file.dataDir).filePath(QLatin1String(kHistoryFile));
            places.append(file.label());
        }
        m_empty->setText(
            tr("No data directory has a %1 with settings changes. It is looked for at the top of "
               "each data directory read: %2.")
                .arg(QLatin1String(kHistoryFile), places.join(QStringLiteral(", "))));
        m_stack->setCurrentWidget(m_empty);
    }
    updateCount();
}

void MinerSettingsView::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    QString text =
        shown == total
            ? tr("%n setting change(s)", nullptr, total)
            : tr("%1 of %n setting change(s) shown", nullptr, total).arg(QLocale().toString(shown));
    if (m_badLines > 0)
        text += QStringLiteral("; ") + tr("%n line(s) not readable, skipped", nullptr,
                                          int(std::min<qint64>(m_badLines, INT_MAX)));
    m_count->setText(text);
}

} // namespace qm
