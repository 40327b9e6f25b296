#include "routingform.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qm {

namespace {

const QStringList kRouting = {QStringLiteral("sync_routing")};

QString numberText(double value)
{
    return value == std::floor(value) ? QString::number(qint64(value)) : QString::number(value);
}

QDoubleSpinBox *percentBox(const QString &name, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(name);
    box->setRange(-1.0, 100.0);
    box->setDecimals(1);
    box->setSuffix(QStringLiteral(" %"));
    box->setSpecialValueText(RoutingForm::tr("not set"));
    box->setKeyboardTracking(false);
    return box;
}

} // namespace

HostListEditor::HostListEditor(const QString &objectName, QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_name(new QComboBox(this))
{
    setObjectName(objectName);
    m_list->setObjectName(objectName + QStringLiteral("List"));
    m_list->setMaximumHeight(110);
    m_name->setEditable(true);
    m_name->setObjectName(objectName + QStringLiteral("Name"));
    m_name->setInsertPolicy(QComboBox::NoInsert);
    auto *add = new QPushButton(tr("Add"), this);
    add->setObjectName(objectName + QStringLiteral("Add"));
    auto *remove = new QPushButton(tr("Remove"), this);
    remove->setObjectName(objectName + QStringLiteral("Remove"));
    remove->setEnabled(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_name, 1);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        const QString name = m_name->currentText().trimmed();
        if (!name.isEmpty())
            Q_EMIT addRequested(name);
    });
    connect(m_list, &QListWidget::currentRowChanged, remove,
            [remove](int row) { remove->setEnabled(row >= 0); });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_list->currentRow() >= 0)
            Q_EMIT removeRequested(m_list->currentRow());
    });
}

void HostListEditor::setItems(const QStringList &items, const QStringList &hostNames)
{
    const int row = m_list->currentRow();
    m_list->clear();
    m_list->addItems(items);
    if (row >= 0 && row < m_list->count())
        m_list->setCurrentRow(row);
    const QString typed = m_name->currentText();
    m_name->clear();
    for (const QString &name : hostNames) {
        if (!items.contains(name))
            m_name->addItem(name);
    }
    m_name->setCurrentText(items.contains(typed) ? QString() : typed);
}

RoutingForm::RoutingForm(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("routingForm"));
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);

    auto *thresholds = new QGroupBox(tr("Disk thresholds"), content);
    auto *form = new QFormLayout(thresholds);
    m_max = percentBox(QStringLiteral("maxDiskUsage"), thresholds);
    m_target = percentBox(QStringLiteral("targetDiskUsage"), thresholds);
    m_minFree = percentBox(QStringLiteral("minFreeDisk"), thresholds);
    m_replication = new QSpinBox(thresholds);
    m_replication->setObjectName(QStringLiteral("replicationTarget"));
    m_replication->setRange(-1, 99);
    m_replication->setSpecialValueText(tr("not set"));
    m_replication->setKeyboardTracking(false);
    form->addRow(tr("Stop syncing to a host at (max_disk_usage_percent):"), m_max);
    form->addRow(tr("Clean up down to (target_disk_usage_percent):"), m_target);
    form->addRow(tr("Keep free at least (min_free_disk_percent):"), m_minFree);
    form->addRow(tr("Copies of each game (replication_target):"), m_replication);
    m_thresholdProblem = new QLabel(thresholds);
    m_thresholdProblem->setObjectName(QStringLiteral("thresholdProblem"));
    m_thresholdProblem->setStyleSheet(QStringLiteral("color: #c03030"));
    m_thresholdProblem->setWordWrap(true);
    m_thresholdProblem->hide();
    form->addRow(m_thresholdProblem);
    layout->addWidget(thresholds);

    const auto listGroup = [&](const QString &title, const QString &name) {
        auto *group = new QGroupBox(title, content);
        auto *groupLayout = new QVBoxLayout(group);
        auto *editor = new HostListEditor(name, group);
        groupLayout->addWidget(editor);
        layout->addWidget(group);
        return editor;
    };
    m_excluded = listGroup(tr("Excluded from receiving (sync_routing.excluded_hosts)"),
                           QStringLiteral("excludedHosts"));
    m_autoSyncExcluded = listGroup(tr("Excluded from auto sync (auto_sync.exclude_hosts)"),
                                   QStringLiteral("autoSyncExcludeHosts"));
    m_priority = listGroup(tr("Priority hosts (sync_routing.priority_hosts)"),
                           QStringLiteral("priorityHosts"));
    m_voters = listGroup(tr("P2P voters (p2p_voters)"), QStringLiteral("p2pVoters"));

    auto *storageGroup =
        new QGroupBox(tr("External storage (sync_routing.allowed_external_storage)"), content);
    auto *storageLayout = new QVBoxLayout(storageGroup);
    m_storage = new QTableWidget(0, 5, storageGroup);
    m_storage->setObjectName(QStringLiteral("externalStorage"));
    m_storage->setHorizontalHeaderLabels(
        {tr("Host"), tr("Path"), tr("Games"), tr("NPZ"), tr("Models")});
    m_storage->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_storage->verticalHeader()->hide();
    m_storage->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_storage->setMaximumHeight(140);
    storageLayout->addWidget(m_storage);
    layout->addWidget(storageGroup);
    layout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_max, &QDoubleSpinBox::valueChanged, this,
            [this] { thresholdEdited(m_max, QStringLiteral("max_disk_usage_percent")); });
    connect(m_target, &QDoubleSpinBox::valueChanged, this,
            [this] { thresholdEdited(m_target, QStringLiteral("target_disk_usage_percent")); });
    connect(m_minFree, &QDoubleSpinBox::valueChanged, this,
            [this] { thresholdEdited(m_minFree, QStringLiteral("min_free_disk_percent")); });
    connect(m_replication, &QSpinBox::valueChanged, this, [this](int value) {
        if (!m_updating && value >= 0)
            Q_EMIT setRequested(kRouting + QStringList{QStringLiteral("replication_target")},
                                QString::number(value), QStringLiteral("int"));
    });
    const auto wire = [this](HostListEditor *editor, const QStringList &path) {
        connect(editor, &HostListEditor::addRequested, this,
                [this, path](const QString &name) { Q_EMIT appendRequested(path, name); });
        connect(editor, &HostListEditor::removeRequested, this,
                [this, path](int index) { Q_EMIT removeRequested(path, index); });
    };
    wire(m_excluded, kRouting + QStringList{QStringLiteral("excluded_hosts")});
    wire(m_autoSyncExcluded, {QStringLiteral("auto_sync"), QStringLiteral("exclude_hosts")});
    wire(m_priority, kRouting + QStringList{QStringLiteral("priority_hosts")});
    wire(m_voters, {QStringLiteral("p2p_voters")});
    connect(m_storage, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_updating || item->column() < 2)
            return;
        static const QString kinds[] = {QStringLiteral("games"), QStringLiteral("npz"),
                                        QStringLiteral("models")};
        Q_EMIT storageFlagRequested(item->row(), kinds[item->column() - 2],
                                    item->checkState() == Qt::Checked);
    });
}

bool RoutingForm::thresholdsValid(double max, double target, double minFree, QString *problem)
{
    if (max >= 0 && target >= 0 && target >= max) {
        *problem = tr("The cleanup target (%1 %) must be below the maximum (%2 %).")
                       .arg(numberText(target), numberText(max));
        return false;
    }
    if (max >= 0 && minFree >= 0 && max > 100.0 - minFree) {
        *problem = tr("A maximum of %1 % leaves less than the %2 % that must stay free.")
                       .arg(numberText(max), numberText(minFree));
        return false;
    }
    return true;
}

void RoutingForm::thresholdEdited(QDoubleSpinBox *box, const QString &key)
{
    if (m_updating || box->value() < 0)
        return;
    QString problem;
    if (!thresholdsValid(m_max->value(), m_target->value(), m_minFree->value(), &problem)) {
        m_thresholdProblem->setText(problem + QLatin1Char(' ') + tr("Not written to the file."));
        m_thresholdProblem->show();
        return;
    }
    m_thresholdProblem->hide();
    const double value = box->value();
    Q_EMIT setRequested(kRouting + QStringList{key}, numberText(value),
                        value == std::floor(value) ? QStringLiteral("int")
                                                   : QStringLiteral("float"));
}

void RoutingForm::setConfig(const FleetConfig &config)
{
    m_updating = true;
    const auto setBox = [](QDoubleSpinBox *box, const std::optional<ConfigNumber> &number) {
        if (!box->hasFocus())
            box->setValue(number ? number->value : -1.0);
    };
    setBox(m_max, config.maxDiskUsagePercent);
    setBox(m_target, config.targetDiskUsagePercent);
    setBox(m_minFree, config.minFreeDiskPercent);
    if (!m_replication->hasFocus())
        m_replication->setValue(config.replicationTarget ? int(config.replicationTarget->value)
                                                         : -1);
    QStringList hostNames;
    for (const FleetHost &host : config.hosts)
        hostNames.append(host.name);
    QStringList excluded;
    for (const Exclusion &exclusion : config.excludedHosts) {
        QString text = exclusion.host.name;
        if (exclusion.mappingForm) {
            QStringList kinds;
            for (const DataKind kind : kDataKinds) {
                if (exclusion.excludesKind(kind))
                    kinds << dataKindKey(kind);
            }
            text += QStringLiteral(" (%1)").arg(kinds.join(QStringLiteral(", ")));
        }
        excluded.append(text);
    }
    m_excluded->setItems(excluded, hostNames);
    const auto names = [](const QList<HostReference> &references) {
        QStringList list;
        for (const HostReference &reference : references)
            list.append(reference.name);
        return list;
    };
    m_autoSyncExcluded->setItems(names(config.autoSyncExcludeHosts), hostNames);
    m_priority->setItems(names(config.priorityHosts), hostNames);
    m_voters->setItems(names(config.p2pVoters), hostNames);

    m_storage->setRowCount(int(config.externalStorage.size()));
    for (int row = 0; row < config.externalStorage.size(); ++row) {
        const ExternalStorage &storage = config.externalStorage[row];
        m_storage->setItem(row, 0, new QTableWidgetItem(storage.host.name));
        m_storage->setItem(row, 1, new QTableWidgetItem(storage.path));
        for (const DataKind kind : kDataKinds) {
            auto *item = new QTableWidgetItem;
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(storage.receivesKind(kind) ? Qt::Checked : Qt::Unchecked);
            m_storage->setItem(row, 2 + int(kind), item);
        }
    }
    m_updating = false;
}

} // namespace qm
