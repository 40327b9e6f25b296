#include "healthchecksdialog.h"

#include "app/widgets/detailshtml.h"
#include "core/async/whenfinished.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSet>
#include <QShortcut>
#include <QSpinBox>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace qm {

QString healthCheckKindTitle(HealthCheckKind kind)
{
    switch (kind) {
    case HealthCheckKind::LogSuccess:
        return HealthChecksDialog::tr("A success line in a log");
    case HealthCheckKind::LogErrors:
        return HealthChecksDialog::tr("Errors in a log");
    case HealthCheckKind::FileSize:
        return HealthChecksDialog::tr("A file or folder too large");
    case HealthCheckKind::Freshness:
        return HealthChecksDialog::tr("Data gone stale");
    case HealthCheckKind::Process:
        return HealthChecksDialog::tr("A process running");
    case HealthCheckKind::Command:
        return HealthChecksDialog::tr("A command that succeeds");
    case HealthCheckKind::Endpoint:
        return HealthChecksDialog::tr("An endpoint that answers");
    }
    return {};
}

namespace {

QDoubleSpinBox *doubleSpin(double maximum, int decimals, const QString &suffix)
{
    auto *spin = new QDoubleSpinBox;
    spin->setRange(0, maximum);
    spin->setDecimals(decimals);
    spin->setSuffix(suffix);
    return spin;
}

QSpinBox *spin(int minimum, int maximum, const QString &suffix = {})
{
    auto *box = new QSpinBox;
    box->setRange(minimum, maximum);
    box->setSuffix(suffix);
    return box;
}

/// `argv` as one line QProcess::splitCommand reads back: an argument with a space or a
/// quote in double quotes, a quote in it tripled.
QString commandText(const QStringList &argv)
{
    QStringList words;
    for (const QString &argument : argv) {
        const bool quote = argument.isEmpty() || argument.contains(u' ') ||
                           argument.contains(u'\t') || argument.contains(u'"');
        words << (quote ? u'"' +
                              QString(argument).replace(QStringLiteral("\""),
                                                        QStringLiteral("\"\"\"")) +
                              u'"'
                        : argument);
    }
    return words.join(u' ');
}

} // namespace

HealthChecksDialog::HealthChecksDialog(const QList<SavedHealthCheck> &checks,
                                       const FleetAccess &fleet, QWidget *parent)
    : QDialog(parent)
    , m_checks(checks)
    , m_fleet(fleet)
    , m_list(new QListWidget)
    , m_form(new QFormLayout)
    , m_name(new QLineEdit)
    , m_kind(new QComboBox)
    , m_hosts(new QLineEdit)
    , m_file(new QLineEdit)
    , m_folder(new QLineEdit)
    , m_pattern(new QLineEdit)
    , m_hours(doubleSpin(24 * 366, 1, tr(" h")))
    , m_minutes(spin(1, 1'000'000, tr(" min")))
    , m_lines(spin(0, 1'000'000'000))
    , m_maxCount(spin(0, 1'000'000'000))
    , m_maxMb(doubleSpin(1e7, 1, tr(" MB")))
    , m_maxGb(doubleSpin(1e6, 1, tr(" GB")))
    , m_command(new QLineEdit)
    , m_url(new QLineEdit)
    , m_tcp(new QLineEdit)
    , m_timeout(spin(1, 86400, tr(" s")))
    , m_problem(new QLabel)
    , m_run(new QPushButton(tr("&Run Now")))
    , m_result(new QTextBrowser)
    , m_remove(new QPushButton(tr("Re&move")))
    , m_duplicate(new QPushButton(tr("D&uplicate")))
{
    setWindowTitle(tr("Health Checks"));
    for (auto [field, name] :
         std::initializer_list<std::pair<QWidget *, const char *>>{{m_name, "checkName"},
                                                                   {m_kind, "checkKind"},
                                                                   {m_hosts, "checkMachines"},
                                                                   {m_file, "checkFile"},
                                                                   {m_folder, "checkFolder"},
                                                                   {m_pattern, "checkPattern"},
                                                                   {m_hours, "checkHours"},
                                                                   {m_minutes, "checkMinutes"},
                                                                   {m_lines, "checkLines"},
                                                                   {m_maxCount, "checkMaxCount"},
                                                                   {m_maxMb, "checkMaxMb"},
                                                                   {m_maxGb, "checkMaxGb"},
                                                                   {m_command, "checkCommand"},
                                                                   {m_url, "checkUrl"},
                                                                   {m_tcp, "checkTcp"},
                                                                   {m_timeout, "checkTimeout"},
                                                                   {m_problem, "checkProblem"},
                                                                   {m_list, "checkList"}})
        field->setObjectName(QString::fromLatin1(name));
    for (const HealthCheckKind kind : healthCheckKinds())
        m_kind->addItem(healthCheckKindTitle(kind), int(kind));
    m_hosts->setPlaceholderText(tr("local, gpu-1, role:selfplay, *"));
    m_hosts->setToolTip(tr("Where the check runs, separated by commas: “local” for this "
                           "machine, a host of the config, “role:ROLE” for every host with "
                           "that role, “*” for every host."));
    m_file->setPlaceholderText(tr("/var/log/sync.log, or a glob: /var/log/sync-*.log"));
    m_pattern->setPlaceholderText(tr("a regular expression: submission successful"));
    m_command->setPlaceholderText(tr("the program and its arguments: curl -sf http://…"));
    m_url->setPlaceholderText(tr("http://127.0.0.1:8545/health"));
    m_tcp->setPlaceholderText(tr("HOST:PORT"));
    m_lines->setSpecialValueText(tr("by minutes"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c01c28"));
    m_result->setMinimumHeight(110);
    m_result->setOpenLinks(false);
    m_result->setPlaceholderText(tr("Run Now runs the check as set here, on its machines, "
                                    "without saving it."));

    m_form->addRow(tr("&Name:"), m_name);
    m_form->addRow(tr("&Kind:"), m_kind);
    m_form->addRow(tr("&Machines:"), m_hosts);
    m_form->addRow(tr("&File:"), m_file);
    m_form->addRow(tr("F&older:"), m_folder);
    m_form->addRow(tr("&Pattern:"), m_pattern);
    m_form->addRow(tr("&Within:"), m_hours);
    m_form->addRow(tr("W&indow:"), m_minutes);
    m_form->addRow(tr("Or the &last lines:"), m_lines);
    m_form->addRow(tr("Most &matches:"), m_maxCount);
    m_form->addRow(tr("File &limit:"), m_maxMb);
    m_form->addRow(tr("Folder li&mit:"), m_maxGb);
    m_form->addRow(tr("&Command:"), m_command);
    m_form->addRow(tr("&URL:"), m_url);
    m_form->addRow(tr("&TCP:"), m_tcp);
    m_form->addRow(tr("Time limi&t:"), m_timeout);

    auto *add = new QPushButton(tr("&Add"));
    add->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(m_duplicate);
    listButtons->addWidget(m_remove);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list);
    left->addLayout(listButtons);

    auto *right = new QVBoxLayout;
    right->addLayout(m_form);
    right->addWidget(m_problem);
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_run);
    runRow->addStretch();
    right->addLayout(runRow);
    right->addWidget(m_result, 1);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    resize(820, 560);

    connect(buttons, &QDialogButtonBox::accepted, this, &HealthChecksDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &HealthChecksDialog::reject);
    connect(add, &QPushButton::clicked, this, &HealthChecksDialog::addCheck);
    connect(m_duplicate, &QPushButton::clicked, this, [this] {
        storeForm();
        if (m_current < 0)
            return;
        SavedHealthCheck copy = m_checks.at(m_current);
        copy.check.name = tr("%1 (copy)").arg(copy.check.name);
        m_checks.insert(m_current + 1, copy);
        refreshList();
        selectCheck(m_current + 1);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_current < 0)
            return;
        const int row = m_current;
        m_checks.removeAt(row);
        m_current = -1;
        refreshList();
        selectCheck(std::min<int>(row, int(m_checks.size()) - 1));
    });
    auto *removeKey = new QShortcut(QKeySequence::Delete, m_list);
    removeKey->setContext(Qt::WidgetShortcut);
    connect(removeKey, &QShortcut::activated, m_remove, &QPushButton::click);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_showing)
            return;
        storeForm();
        showCheck(row);
    });
    connect(m_run, &QPushButton::clicked, this, &HealthChecksDialog::runNow);
    for (QLineEdit *edit : {m_name, m_hosts, m_file, m_folder, m_pattern, m_command, m_url, m_tcp})
        connect(edit, &QLineEdit::textEdited, this, &HealthChecksDialog::updateForm);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &HealthChecksDialog::updateForm);
    for (QDoubleSpinBox *box : {m_hours, m_maxMb, m_maxGb})
        connect(box, &QDoubleSpinBox::valueChanged, this, &HealthChecksDialog::updateForm);
    for (QSpinBox *box : {m_minutes, m_lines, m_maxCount, m_timeout})
        connect(box, &QSpinBox::valueChanged, this, &HealthChecksDialog::updateForm);

    refreshList();
    selectCheck(m_checks.isEmpty() ? -1 : 0);
}

HealthChecksDialog::~HealthChecksDialog() = default;

void HealthChecksDialog::refreshList()
{
    m_showing = true;
    m_list->clear();
    for (const SavedHealthCheck &check : std::as_const(m_checks))
        m_list->addItem(check.check.name);
    m_showing = false;
}

void HealthChecksDialog::addCheck()
{
    storeForm();
    SavedHealthCheck check;
    check.check.name = tr("New check");
    QSet<QString> names;
    for (const SavedHealthCheck &other : std::as_const(m_checks))
        names.insert(other.check.name);
    for (int n = 2; names.contains(check.check.name); ++n)
        check.check.name = tr("New check %1").arg(n);
    check.check.maxMegabytes = 100; // the seed's limit for a log
    check.check.maxGigabytes = 500;
    m_checks << check;
    refreshList();
    selectCheck(int(m_checks.size()) - 1);
    m_name->setFocus();
    m_name->selectAll();
}

void HealthChecksDialog::selectCheck(int row)
{
    m_showing = true;
    m_list->setCurrentRow(row);
    m_showing = false;
    showCheck(row);
}

void HealthChecksDialog::showCheck(int row)
{
    m_current = row >= 0 && row < m_checks.size() ? row : -1;
    const SavedHealthCheck shown = m_current >= 0 ? m_checks.at(m_current) : SavedHealthCheck();
    const HealthCheck &check = shown.check;
    m_showing = true;
    m_name->setText(check.name);
    m_kind->setCurrentIndex(m_kind->findData(int(check.kind)));
    m_hosts->setText(shown.hosts.join(QStringLiteral(", ")));
    m_file->setText(check.file);
    m_folder->setText(check.folder);
    m_pattern->setText(check.pattern);
    m_hours->setValue(check.hours);
    m_minutes->setValue(check.minutes);
    m_lines->setValue(std::max(0, check.lastLines));
    m_maxCount->setValue(check.maxCount);
    m_maxMb->setValue(check.maxMegabytes >= 0 ? check.maxMegabytes : 100);
    m_maxGb->setValue(check.maxGigabytes >= 0 ? check.maxGigabytes : 500);
    m_command->setText(commandText(check.command));
    m_url->setText(check.url);
    m_tcp->setText(check.tcp);
    m_timeout->setValue(check.timeoutSeconds);
    m_result->clear();
    m_showing = false;
    for (QWidget *field : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_kind),
                           static_cast<QWidget *>(m_hosts)})
        field->setEnabled(m_current >= 0);
    m_remove->setEnabled(m_current >= 0);
    m_duplicate->setEnabled(m_current >= 0);
    updateForm();
}

SavedHealthCheck HealthChecksDialog::formCheck() const
{
    SavedHealthCheck saved;
    HealthCheck &check = saved.check;
    check.kind = HealthCheckKind(m_kind->currentData().toInt());
    check.name = m_name->text().trimmed();
    saved.hosts.clear();
    for (const QString &host : m_hosts->text().split(u',', Qt::SkipEmptyParts)) {
        if (!host.trimmed().isEmpty())
            saved.hosts << host.trimmed();
    }
    if (saved.hosts.isEmpty())
        saved.hosts = {QStringLiteral("local")};
    const auto uses = [&check](std::initializer_list<HealthCheckKind> kinds) {
        return std::find(kinds.begin(), kinds.end(), check.kind) != kinds.end();
    };
    using K = HealthCheckKind;
    if (uses({K::LogSuccess, K::LogErrors, K::FileSize}))
        check.file = m_file->text().trimmed();
    if (uses({K::FileSize, K::Freshness}))
        check.folder = m_folder->text().trimmed();
    if (uses({K::LogSuccess, K::LogErrors, K::Process}))
        check.pattern = m_pattern->text();
    if (uses({K::LogSuccess, K::Freshness}))
        check.hours = m_hours->value();
    if (uses({K::LogErrors})) {
        check.minutes = m_minutes->value();
        check.lastLines = m_lines->value() > 0 ? m_lines->value() : -1;
        check.maxCount = m_maxCount->value();
    }
    if (uses({K::FileSize})) {
        check.maxMegabytes = check.file.isEmpty() ? -1 : m_maxMb->value();
        check.maxGigabytes = check.folder.isEmpty() ? -1 : m_maxGb->value();
    }
    if (uses({K::Command}))
        check.command = QProcess::splitCommand(m_command->text());
    if (uses({K::Endpoint})) {
        check.url = m_url->text().trimmed();
        check.tcp = m_tcp->text().trimmed();
    }
    if (uses({K::Process, K::Command, K::Endpoint}))
        check.timeoutSeconds = m_timeout->value();
    return saved;
}

void HealthChecksDialog::storeForm()
{
    if (m_current < 0 || m_current >= m_checks.size())
        return;
    m_checks[m_current] = formCheck();
    if (QListWidgetItem *item = m_list->item(m_current))
        item->setText(m_checks.at(m_current).check.name);
}

void HealthChecksDialog::updateForm()
{
    if (m_showing)
        return;
    using K = HealthCheckKind;
    const K kind = HealthCheckKind(m_kind->currentData().toInt());
    const bool any = m_current >= 0;
    const auto show = [&](QWidget *field, std::initializer_list<K> kinds) {
        m_form->setRowVisible(field,
                              any && std::find(kinds.begin(), kinds.end(), kind) != kinds.end());
    };
    show(m_file, {K::LogSuccess, K::LogErrors, K::FileSize});
    show(m_folder, {K::FileSize, K::Freshness});
    show(m_pattern, {K::LogSuccess, K::LogErrors, K::Process});
    show(m_hours, {K::LogSuccess, K::Freshness});
    show(m_minutes, {K::LogErrors});
    show(m_lines, {K::LogErrors});
    show(m_maxCount, {K::LogErrors});
    show(m_maxMb, {K::FileSize});
    show(m_maxGb, {K::FileSize});
    show(m_command, {K::Command});
    show(m_url, {K::Endpoint});
    show(m_tcp, {K::Endpoint});
    show(m_timeout, {K::Process, K::Command, K::Endpoint});
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_hours)))
        label->setText(kind == K::Freshness ? tr("Newest file at most:") : tr("&Within:"));
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_pattern)))
        label->setText(kind == K::Process ? tr("&Command line matches:") : tr("&Pattern:"));
    m_minutes->setEnabled(m_lines->value() == 0);
    storeForm();
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_run->setEnabled(any && !m_running && healthCheckProblem(formCheck().check).isEmpty());
}

QString HealthChecksDialog::problem() const
{
    QSet<QString> names;
    for (const SavedHealthCheck &saved : m_checks) {
        const QString name = saved.check.name;
        QString why = healthCheckProblem(saved.check);
        if (name.isEmpty())
            why = tr("it has no name");
        else if (names.contains(name))
            why = tr("a second check is named so");
        if (!why.isEmpty())
            return tr("“%1”: %2").arg(name.isEmpty() ? tr("(unnamed)") : name, why);
        names.insert(name);
    }
    return {};
}

void HealthChecksDialog::accept()
{
    storeForm();
    const QString why = problem();
    if (!why.isEmpty()) {
        // Select the check that cannot be saved, with its problem.
        for (int row = 0; row < m_checks.size(); ++row) {
            if (why.startsWith(tr("“%1”").arg(m_checks.at(row).check.name))) {
                selectCheck(row);
                break;
            }
        }
        m_problem->setText(why);
        m_problem->setVisible(true);
        return;
    }
    QDialog::accept();
}

void HealthChecksDialog::runNow()
{
    storeForm();
    const SavedHealthCheck saved = formCheck();
    if (m_running || !healthCheckProblem(saved.check).isEmpty())
        return;
    QStringList problems;
    const QList<HealthRun> runs = healthRunsFor({saved}, m_fleet.config.get(), {}, &problems);
    m_running = true;
    m_run->setEnabled(false);
    m_result->setHtml(tr("Running “%1” on %n machine(s)…", nullptr, int(runs.size()))
                          .arg(html::esc(saved.check.name)));
    const FleetAccess fleet = m_fleet;
    whenFinished(
        this, QtConcurrent::run([runs, fleet] {
            return runHealthChecks(runs, fleet, QDateTime::currentMSecsSinceEpoch(), 8);
        }),
        [this, problems](const QList<HealthResult> &results) {
            m_running = false;
            QString text;
            for (const QString &problem : problems)
                text += QStringLiteral("<p style='color:#c01c28'>%1</p>").arg(html::esc(problem));
            for (const HealthResult &result : results) {
                text +=
                    QStringLiteral("<p><b>%1</b> %2: %3</p>")
                        .arg(html::esc(healthStateKey(result.state).toUpper()),
                             html::esc(result.host.isEmpty() ? tr("this machine") : result.host),
                             html::esc(result.summary));
                if (!result.evidence.isEmpty())
                    text +=
                        QStringLiteral("<pre>%1</pre>").arg(html::esc(result.evidence.join(u'\n')));
            }
            m_result->setHtml(text);
            updateForm();
            Q_EMIT ranNow();
        });
}

QString HealthChecksDialog::runResultText() const
{
    return m_result->toPlainText();
}

} // namespace qm
