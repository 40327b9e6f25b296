#include "newjobdialog.h"

#include "core/appdata/appdata.h"
#include "core/config/kindrouting.h"
#include "core/logs/logretention.h"
#include "core/settings/settings.h"
#include "core/storage/locationlistingjob.h"
#include "core/storage/orphanscleanjob.h"
#include "core/storage/orphanslifecyclejob.h"
#include "core/units/datasize.h"
#include "jobqueueservice.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTimeEdit>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace qm {

namespace {

constexpr int kMinutesPerUnit[] = {1, 60, 1440};

/// "HOST:/path" → host and path; nothing for a local path or an rclone remote.
std::optional<std::pair<QString, QString>> hostAndPath(const QString &text)
{
    const qsizetype colon = text.indexOf(u':');
    if (colon <= 0 || text.startsWith(QLatin1String("rclone:")) || text.startsWith(u'/'))
        return std::nullopt;
    return std::make_pair(text.left(colon), text.mid(colon + 1));
}

/// A row of `field` and a Browse… button that picks a folder of this machine into it.
/// Adds a row of `form`: `label`, then `field` with a Browse… button beside it that picks
/// a folder. The label's mnemonic reaches the field.
void addBrowseRow(QFormLayout *form, const QString &label, QLineEdit *field)
{
    QWidget *parent = field->parentWidget();
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field, 1);
    auto *browse = new QToolButton(row);
    browse->setText(NewJobDialog::tr("Browse…"));
    layout->addWidget(browse);
    QObject::connect(browse, &QToolButton::clicked, field, [field] {
        const QString folder = QFileDialog::getExistingDirectory(
            field->window(), NewJobDialog::tr("Choose a folder"), field->text());
        if (!folder.isEmpty())
            field->setText(folder);
    });
    auto *caption = new QLabel(label, parent);
    caption->setBuddy(field);
    form->addRow(caption, row);
}

QComboBox *endpointBox(QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    box->lineEdit()->setPlaceholderText(
        NewJobDialog::tr("/path, HOST:/path or rclone:REMOTE:path"));
    return box;
}

} // namespace

NewJobDialog::NewJobDialog(JobQueueService *service, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
{
    setWindowTitle(tr("New Job"));
    setObjectName(QStringLiteral("newJobDialog"));
    buildForm();
    fillSuggestions();
    readRcloneRemotes();
    formChanged();
    resize(760, 620);
}

NewJobDialog::~NewJobDialog()
{
    // A listing still running when the dialog closes is of no use any more.
    if (m_rclone) {
        m_rclone->disconnect(this);
        m_rclone->kill();
        m_rclone->waitForFinished(1000);
    }
}

NewJobDialog *NewJobDialog::openFor(JobQueueService *service, const QString &key,
                                    const JobArguments &arguments, QWidget *parent)
{
    auto *dialog = new NewJobDialog(service, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!key.isEmpty())
        dialog->setJob(key, arguments);
    dialog->open();
    return dialog;
}

void NewJobDialog::buildForm()
{
    auto *layout = new QVBoxLayout(this);
    auto *what = new QGroupBox(tr("What"), this);
    auto *whatLayout = new QVBoxLayout(what);
    auto *kindRow = new QFormLayout;
    m_kind = new QComboBox(what);
    m_kind->setObjectName(QStringLiteral("kind"));
    for (const JobKindRecord &record : standardJobKinds().records()) {
        if (record.fromArguments)
            m_kind->addItem(record.title(), record.key());
    }
    kindRow->addRow(tr("&Kind:"), m_kind);
    whatLayout->addLayout(kindRow);
    m_forms = new QStackedWidget(what);
    whatLayout->addWidget(m_forms);

    const auto page = [this](const QString &key) {
        auto *widget = new QWidget(m_forms);
        widget->setObjectName(key + QStringLiteral("Form"));
        auto *form = new QFormLayout(widget);
        form->setContentsMargins(0, 0, 0, 0);
        m_forms->addWidget(widget);
        return form;
    };
    // Each form in the order of the kinds; a kind without a form has none to show.
    QFormLayout *sync = page(QStringLiteral("sync"));
    m_syncSource = endpointBox(this);
    m_syncSource->setObjectName(QStringLiteral("syncSource"));
    m_syncDestination = endpointBox(this);
    m_syncDestination->setObjectName(QStringLiteral("syncDestination"));
    m_syncDelete = new QCheckBox(tr("Delete files the source no longer has, at most"), this);
    m_syncMaxDelete = new QSpinBox(this);
    m_syncMaxDelete->setRange(0, 10'000'000);
    m_syncMaxDelete->setValue(100);
    m_syncMaxDelete->setSuffix(tr(" files"));
    auto *deleteRow = new QHBoxLayout;
    deleteRow->addWidget(m_syncDelete);
    deleteRow->addWidget(m_syncMaxDelete);
    deleteRow->addStretch(1);
    m_syncPush = new QCheckBox(tr("Run rsync on the source host and push"), this);
    sync->addRow(tr("&Source:"), m_syncSource);
    sync->addRow(tr("&Destination:"), m_syncDestination);
    sync->addRow(QString(), deleteRow);
    sync->addRow(QString(), m_syncPush);

    QFormLayout *archive = page(QStringLiteral("archive"));
    m_archiveRoot = new QLineEdit(this);
    m_archiveRoot->setObjectName(QStringLiteral("archiveRoot"));
    m_archiveRoot->setPlaceholderText(tr("/path or HOST:/path"));
    m_archiveDestination = new QLineEdit(this);
    m_archiveDestination->setObjectName(QStringLiteral("archiveDestination"));
    m_archiveDestination->setPlaceholderText(
        tr("a folder of this machine; for /path empty means /path/archives"));
    m_archiveDays = new QSpinBox(this);
    m_archiveDays->setRange(0, 36'500);
    m_archiveDays->setValue(30);
    m_archiveDays->setSuffix(tr(" days"));
    m_archiveFormat = new QComboBox(this);
    m_archiveFormat->addItem(tr("tar + zstd (.tar.zst)"), QStringLiteral("zst"));
    m_archiveFormat->addItem(tr("tar + gzip (.tar.gz)"), QStringLiteral("gz"));
    addBrowseRow(archive, tr("&Root:"), m_archiveRoot);
    addBrowseRow(archive, tr("Archive &into:"), m_archiveDestination);
    archive->addRow(tr("Files &older than:"), m_archiveDays);
    archive->addRow(tr("&Format:"), m_archiveFormat);
    auto *archiveNote = new QLabel(tr("The archive is written on this machine and verified by "
                                      "reading it back before the originals go: to the trash "
                                      "here, to a quarantine folder on a host."),
                                   this);
    archiveNote->setWordWrap(true);
    archive->addRow(QString(), archiveNote);

    QFormLayout *cleanup = page(QStringLiteral("cleanup"));
    m_cleanupRoot = new QLineEdit(this);
    m_cleanupRoot->setObjectName(QStringLiteral("cleanupRoot"));
    m_cleanupRoot->setPlaceholderText(tr("/path or HOST:/path"));
    m_cleanupDays = new QSpinBox(this);
    m_cleanupDays->setRange(0, 36'500);
    m_cleanupDays->setValue(30);
    m_cleanupDays->setSuffix(tr(" days"));
    m_cleanupPatterns = new QLineEdit(this);
    m_cleanupPatterns->setObjectName(QStringLiteral("cleanupPatterns"));
    m_cleanupPatterns->setPlaceholderText(tr("any name; or patterns such as *.tmp *.log"));
    m_cleanupEmptyQuarantine =
        new QCheckBox(tr("Delete for good from the host's quarantine (no undo)"), this);
    addBrowseRow(cleanup, tr("&Root:"), m_cleanupRoot);
    cleanup->addRow(tr("Files &older than:"), m_cleanupDays);
    cleanup->addRow(tr("&Names:"), m_cleanupPatterns);
    cleanup->addRow(QString(), m_cleanupEmptyQuarantine);
    cleanup->addRow(QString(), new QLabel(tr("Files of this machine go to its trash; files of a "
                                             "host to a quarantine folder on that host."),
                                          this));

    QFormLayout *probe = page(QStringLiteral("probe"));
    m_probeHost = new QComboBox(this);
    m_probeHost->setObjectName(QStringLiteral("probeHost"));
    probe->addRow(tr("&Host:"), m_probeHost);

    QFormLayout *retention = page(QStringLiteral("logs-retention"));
    m_retentionDatabase = new QComboBox(this);
    m_retentionDatabase->setObjectName(QStringLiteral("retentionDatabase"));
    m_retentionDatabase->setEditable(true);
    m_retentionDatabase->setInsertPolicy(QComboBox::NoInsert);
    m_retentionDatabase->addItem(tr("The embedded logs.sqlite"), QString());
    for (const QString &uri : Settings().logConnections())
        m_retentionDatabase->addItem(uri, uri);
    m_retentionHours = new QSpinBox(this);
    m_retentionHours->setObjectName(QStringLiteral("retentionHours"));
    m_retentionHours->setRange(0, 24 * 36'500);
    m_retentionHours->setValue(48);
    m_retentionHours->setSuffix(tr(" hours"));
    retention->addRow(tr("Data&base:"), m_retentionDatabase);
    retention->addRow(tr("Lines &older than:"), m_retentionHours);
    auto *retentionNote = new QLabel(tr("The lines go in batches of a few thousand, each its own "
                                        "transaction, so the fleet's writers are not held up. "
                                        "Deleted lines cannot be brought back."),
                                     this);
    retentionNote->setWordWrap(true);
    retention->addRow(QString(), retentionNote);

    QFormLayout *orphans = page(kOrphansCleanJobKind.key());
    m_orphansPlan = new QLineEdit(this);
    m_orphansPlan->setObjectName(QStringLiteral("orphansPlan"));
    m_orphansPlan->setPlaceholderText(tr("PLAN.csv saved by qmctl orphans scan"));
    auto *planRow = new QWidget(this);
    auto *planLayout = new QHBoxLayout(planRow);
    planLayout->setContentsMargins(0, 0, 0, 0);
    planLayout->addWidget(m_orphansPlan, 1);
    auto *browsePlan = new QToolButton(planRow);
    browsePlan->setText(tr("Browse…"));
    planLayout->addWidget(browsePlan);
    connect(browsePlan, &QToolButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Choose an orphan plan"),
            m_orphansPlan->text().isEmpty() ? orphanPlansDirectory() : m_orphansPlan->text(),
            tr("Orphan plans (*.csv)"));
        if (!file.isEmpty())
            m_orphansPlan->setText(file);
    });
    auto *planCaption = new QLabel(tr("&Plan:"), this);
    planCaption->setBuddy(m_orphansPlan);
    orphans->addRow(planCaption, planRow);
    m_orphansMaxObjects = new QSpinBox(this);
    m_orphansMaxObjects->setObjectName(QStringLiteral("orphansMaxObjects"));
    m_orphansMaxObjects->setRange(0, 100'000'000);
    m_orphansMaxObjects->setSpecialValueText(tr("No cap"));
    m_orphansMaxObjects->setSuffix(tr(" objects"));
    m_orphansMaxBytes = new QLineEdit(this);
    m_orphansMaxBytes->setObjectName(QStringLiteral("orphansMaxBytes"));
    m_orphansMaxBytes->setPlaceholderText(tr("no cap; or a size such as 500G or 2TB"));
    m_orphansBatch = new QSpinBox(this);
    m_orphansBatch->setObjectName(QStringLiteral("orphansBatch"));
    m_orphansBatch->setRange(1, 100'000);
    m_orphansBatch->setValue(1000);
    m_orphansBatch->setSuffix(tr(" keys"));
    orphans->addRow(tr("At most &a run:"), m_orphansMaxObjects);
    orphans->addRow(tr("At most a run (&bytes):"), m_orphansMaxBytes);
    orphans->addRow(tr("&Batch:"), m_orphansBatch);
    auto *orphansNote = new QLabel(
        tr("Each batch is checked against the database and the store just before it moves "
           "to the quarantine; a run goes on where the last one stopped."),
        this);
    orphansNote->setWordWrap(true);
    orphans->addRow(QString(), orphansNote);

    QFormLayout *lifecycle = page(kOrphansLifecycleJobKind.key());
    m_lifecycleLocation = new QLineEdit(this);
    m_lifecycleLocation->setObjectName(QStringLiteral("lifecycleLocation"));
    m_lifecycleLocation->setPlaceholderText(tr("a location scanned before: /srv/store, "
                                               "rclone:REMOTE:bucket, HOST:/path"));
    // The form is the tallest of all: what a run does is in the review, and here.
    m_lifecycleLocation->setToolTip(
        tr("Each run scans again with the rule of the location's last scan, then moves "
           "what is orphaned into the quarantine in checked batches; over the share limit it "
           "moves nothing."));
    m_lifecycleScanOnly = new QCheckBox(tr("&Scan only: keep the figures, move nothing"), this);
    m_lifecycleScanOnly->setObjectName(QStringLiteral("lifecycleScanOnly"));
    m_lifecycleMaxObjects = new QSpinBox(this);
    m_lifecycleMaxObjects->setObjectName(QStringLiteral("lifecycleMaxObjects"));
    m_lifecycleMaxObjects->setRange(0, 100'000'000);
    m_lifecycleMaxObjects->setSpecialValueText(tr("No cap"));
    m_lifecycleMaxObjects->setSuffix(tr(" objects"));
    m_lifecycleMaxBytes = new QLineEdit(this);
    m_lifecycleMaxBytes->setObjectName(QStringLiteral("lifecycleMaxBytes"));
    m_lifecycleMaxBytes->setPlaceholderText(tr("no cap; or a size such as 500G or 2TB"));
    m_lifecycleBatch = new QSpinBox(this);
    m_lifecycleBatch->setObjectName(QStringLiteral("lifecycleBatch"));
    m_lifecycleBatch->setRange(1, 100'000);
    m_lifecycleBatch->setValue(1000);
    m_lifecycleBatch->setSuffix(tr(" keys"));
    lifecycle->addRow(tr("&Location:"), m_lifecycleLocation);
    lifecycle->addRow(QString(), m_lifecycleScanOnly);
    lifecycle->addRow(tr("At most &a run:"), m_lifecycleMaxObjects);
    lifecycle->addRow(tr("At most a run (&bytes):"), m_lifecycleMaxBytes);
    lifecycle->addRow(tr("&Batch:"), m_lifecycleBatch);
    connect(m_lifecycleScanOnly, &QCheckBox::toggled, this, [this](bool scanOnly) {
        for (QWidget *cap : std::initializer_list<QWidget *>{m_lifecycleMaxObjects,
                                                             m_lifecycleMaxBytes, m_lifecycleBatch})
            cap->setEnabled(!scanOnly);
    });

    QFormLayout *listing = page(kLocationListingJobKind.key());
    m_listingLocation = new QLineEdit(this);
    m_listingLocation->setObjectName(QStringLiteral("listingLocation"));
    m_listingLocation->setPlaceholderText(tr("/srv/store, rclone:REMOTE:bucket, HOST:/path"));
    listing->addRow(tr("&Location:"), m_listingLocation);
    auto *listingNote = new QLabel(tr("Lists the location and keeps its size in the history: "
                                      "its trend on the Storage page, and the alerts of a backup "
                                      "(Stale backup) or a location with a limit. Reads only."),
                                   this);
    listingNote->setWordWrap(true);
    listing->addRow(QString(), listingNote);

    QFormLayout *rotate = page(QStringLiteral("log-rotate"));
    m_rotatePath = new QLineEdit(this);
    m_rotatePath->setObjectName(QStringLiteral("rotatePath"));
    m_rotatePath->setPlaceholderText(
        tr("/var/log/sync.log, a glob (/var/log/miner-*.log), or HOST:/var/log/sync.log"));
    m_rotateMaxMb = new QSpinBox(this);
    m_rotateMaxMb->setObjectName(QStringLiteral("rotateMaxMb"));
    m_rotateMaxMb->setRange(0, 10'000'000);
    m_rotateMaxMb->setValue(100);
    m_rotateMaxMb->setSuffix(tr(" MB"));
    m_rotateMaxMb->setSpecialValueText(tr("no size rule"));
    m_rotateMaxDays = new QSpinBox(this);
    m_rotateMaxDays->setRange(0, 3650);
    m_rotateMaxDays->setSuffix(tr(" days"));
    m_rotateMaxDays->setSpecialValueText(tr("no age rule"));
    m_rotateKeep = new QSpinBox(this);
    m_rotateKeep->setRange(0, 1000);
    m_rotateKeep->setValue(7);
    m_rotateFormat = new QComboBox(this);
    m_rotateFormat->addItem(tr("zstd (.zst)"), QStringLiteral("zst"));
    m_rotateFormat->addItem(tr("gzip (.gz)"), QStringLiteral("gz"));
    rotate->addRow(tr("&Log:"), m_rotatePath);
    rotate->addRow(tr("Over &size:"), m_rotateMaxMb);
    rotate->addRow(tr("Or &older than:"), m_rotateMaxDays);
    rotate->addRow(tr("&Keep:"), m_rotateKeep);
    rotate->addRow(tr("&Compression:"), m_rotateFormat);
    auto *rotateNote = new QLabel(tr("Sets the log aside, compresses it and reads it back before "
                                     "the uncompressed copy goes; rotations beyond those kept "
                                     "move to the folder's quarantine. A log a process holds "
                                     "open is cut so that what it writes meanwhile stays in it. "
                                     "A host's log (HOST:/path) is rotated by the host's own "
                                     "zstd or gzip over ssh."),
                                  this);
    rotateNote->setWordWrap(true);
    rotate->addRow(QString(), rotateNote);

    QFormLayout *daemon = page(QStringLiteral("daemon"));
    m_daemonHost = new QComboBox(this);
    m_daemonHost->setObjectName(QStringLiteral("daemonHost"));
    m_daemonHost->setEditable(true);
    m_daemonName = new QComboBox(this);
    m_daemonName->setObjectName(QStringLiteral("daemonName"));
    m_daemonAction = new QComboBox(this);
    m_daemonAction->addItem(tr("Start"), QStringLiteral("start"));
    m_daemonAction->addItem(tr("Restart"), QStringLiteral("restart"));
    m_daemonAction->addItem(tr("Stop"), QStringLiteral("stop"));
    if (m_service) {
        const JobEnvironment environment = m_service->environment();
        m_daemonHost->addItem(QStringLiteral("local"));
        for (const FleetHost &host :
             environment.config ? environment.config->hosts : QList<FleetHost>())
            m_daemonHost->addItem(host.name);
        for (const DaemonSpec &spec : environment.daemons)
            m_daemonName->addItem(spec.name);
    }
    daemon->addRow(tr("&Machine:"), m_daemonHost);
    daemon->addRow(tr("&Daemon:"), m_daemonName);
    daemon->addRow(tr("&Action:"), m_daemonAction);
    auto *daemonNote = new QLabel(tr("Runs the daemon's start, stop or restart on the machine, "
                                     "then looks again until it is as it should be. The daemons "
                                     "are those a checks file names (qmctl health import)."),
                                  this);
    daemonNote->setWordWrap(true);
    daemon->addRow(QString(), daemonNote);
    layout->addWidget(what);

    auto *when = new QGroupBox(tr("When"), this);
    auto *whenLayout = new QFormLayout(when);
    m_now = new QRadioButton(tr("&Now, once"), when);
    m_now->setChecked(true);
    m_every = new QRadioButton(tr("&Every"), when);
    m_every->setObjectName(QStringLiteral("every"));
    m_everyCount = new QSpinBox(when);
    m_everyCount->setRange(1, 100'000);
    m_everyCount->setValue(1);
    m_everyUnit = new QComboBox(when);
    m_everyUnit->addItems({tr("minutes"), tr("hours"), tr("days")});
    m_everyUnit->setCurrentIndex(2);
    m_daily = new QRadioButton(tr("&Daily at"), when);
    m_daily->setObjectName(QStringLiteral("daily"));
    m_dailyAt = new QTimeEdit(QTime(3, 0), when);
    m_dailyAt->setDisplayFormat(QStringLiteral("HH:mm"));
    m_catchUp = new QCheckBox(tr("Catch up a run missed while no runner was going"), when);
    auto *choices = new QButtonGroup(this);
    for (QRadioButton *button : {m_now, m_every, m_daily})
        choices->addButton(button);
    auto *everyRow = new QHBoxLayout;
    everyRow->addWidget(m_every);
    everyRow->addWidget(m_everyCount);
    everyRow->addWidget(m_everyUnit);
    everyRow->addSpacing(24);
    everyRow->addWidget(m_daily);
    everyRow->addWidget(m_dailyAt);
    everyRow->addStretch(1);
    whenLayout->addRow(m_now);
    whenLayout->addRow(everyRow);
    whenLayout->addRow(m_catchUp);
    layout->addWidget(when);

    auto *reviewBox = new QGroupBox(tr("Review"), this);
    auto *reviewLayout = new QVBoxLayout(reviewBox);
    m_reviewState = new QLabel(reviewBox);
    m_reviewState->setObjectName(QStringLiteral("reviewState"));
    m_reviewState->setWordWrap(true);
    m_reviewState->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_review = new QPlainTextEdit(reviewBox);
    m_review->setObjectName(QStringLiteral("review"));
    m_review->setReadOnly(true);
    m_review->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_review->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    reviewLayout->addWidget(m_reviewState);
    reviewLayout->addWidget(m_review, 1);
    layout->addWidget(reviewBox, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_reviewButton = buttons->addButton(tr("&Review"), QDialogButtonBox::ActionRole);
    m_reviewButton->setObjectName(QStringLiteral("reviewButton"));
    m_reviewButton->setToolTip(tr("Build the job and show what it would do (Ctrl+Return)"));
    m_queueButton = buttons->addButton(tr("&Queue"), QDialogButtonBox::AcceptRole);
    m_queueButton->setObjectName(QStringLiteral("queueButton"));
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(m_reviewButton, &QPushButton::clicked, this, &NewJobDialog::review);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewJobDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *reviewShortcut = new QAction(this);
    reviewShortcut->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    connect(reviewShortcut, &QAction::triggered, this, &NewJobDialog::review);
    addAction(reviewShortcut);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_forms->setCurrentIndex(index);
        formChanged();
    });
    const auto changed = [this] { formChanged(); };
    for (QComboBox *box : {m_syncSource, m_syncDestination})
        connect(box, &QComboBox::currentTextChanged, this, changed);
    connect(m_syncSource, &QComboBox::currentTextChanged, this, &NewJobDialog::suggestReceivers);
    for (QLineEdit *field : {m_archiveRoot, m_archiveDestination, m_cleanupRoot, m_cleanupPatterns,
                             m_orphansPlan, m_orphansMaxBytes, m_lifecycleLocation,
                             m_lifecycleMaxBytes, m_listingLocation, m_rotatePath})
        connect(field, &QLineEdit::textChanged, this, changed);
    for (QSpinBox *box : {m_rotateMaxMb, m_rotateMaxDays, m_rotateKeep})
        connect(box, &QSpinBox::valueChanged, this, changed);
    connect(m_rotateFormat, &QComboBox::currentIndexChanged, this, changed);
    for (QComboBox *box : {m_daemonHost, m_daemonName, m_daemonAction})
        connect(box, &QComboBox::currentTextChanged, this, changed);
    for (QSpinBox *box :
         {m_syncMaxDelete, m_archiveDays, m_cleanupDays, m_retentionHours, m_everyCount,
          m_orphansMaxObjects, m_orphansBatch, m_lifecycleMaxObjects, m_lifecycleBatch})
        connect(box, &QSpinBox::valueChanged, this, changed);
    connect(m_retentionDatabase, &QComboBox::currentTextChanged, this, changed);
    for (QComboBox *box : {m_archiveFormat, m_probeHost, m_everyUnit})
        connect(box, &QComboBox::currentIndexChanged, this, changed);
    for (QCheckBox *box :
         {m_syncDelete, m_syncPush, m_cleanupEmptyQuarantine, m_catchUp, m_lifecycleScanOnly})
        connect(box, &QCheckBox::toggled, this, changed);
    for (QRadioButton *button : {m_now, m_every, m_daily})
        connect(button, &QRadioButton::toggled, this, changed);
    connect(m_dailyAt, &QTimeEdit::timeChanged, this, changed);
}

void NewJobDialog::fillSuggestions()
{
    const std::shared_ptr<const FleetConfig> config =
        m_service ? m_service->environment().config : nullptr;
    m_probeHost->addItem(tr("Every host of the config and this machine"), QString());
    if (!config)
        return;
    QStringList endpoints;
    for (const FleetHost &host : config->hosts) {
        m_probeHost->addItem(host.name, host.name);
        for (const auto &[name, path] : host.storagePaths) {
            Q_UNUSED(name)
            if (!path.isEmpty())
                endpoints.append(host.name + u':' + path);
        }
    }
    for (const ExternalStorage &storage : config->externalStorage) {
        if (!storage.path.isEmpty() && !storage.host.name.isEmpty())
            endpoints.append(storage.host.name + u':' + storage.path);
    }
    endpoints.removeDuplicates();
    for (QComboBox *box : {m_syncSource, m_syncDestination}) {
        box->addItems(endpoints);
        box->setCurrentIndex(-1);
        box->setEditText(QString());
    }
}

void NewJobDialog::readRcloneRemotes()
{
    // The remotes of the user's rclone config (credentials stay there): `rclone
    // listremotes` reads the local file and reaches nothing.
    const QString rclone = QStandardPaths::findExecutable(QStringLiteral("rclone"));
    if (rclone.isEmpty())
        return;
    auto *process = new QProcess(this);
    m_rclone = process;
    connect(process, &QProcess::finished, this, [this, process](int code) {
        process->deleteLater();
        m_rclone = nullptr;
        if (code != 0)
            return;
        const QStringList remotes =
            QString::fromUtf8(process->readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        for (QString remote : remotes) {
            remote = remote.trimmed();
            if (!remote.endsWith(u':'))
                continue;
            for (QComboBox *box : {m_syncSource, m_syncDestination}) {
                const QString text = box->currentText();
                box->addItem(QStringLiteral("rclone:") + remote);
                box->setEditText(text);
            }
        }
    });
    process->start(rclone, {QStringLiteral("listremotes")});
}

void NewJobDialog::suggestReceivers()
{
    // The hosts the routing lets hold a copy of what the source is: offered first.
    const std::shared_ptr<const FleetConfig> config =
        m_service ? m_service->environment().config : nullptr;
    QStringList receivers;
    if (const auto source = hostAndPath(m_syncSource->currentText()); source && config) {
        if (const FleetHost *host = config->host(source->first)) {
            for (const DataKind kind : kDataKinds) {
                if (kindStoragePath(*host, kind) != source->second)
                    continue;
                for (const ReplicationReceiver &receiver : kindRouting(*config, kind).receivers) {
                    if (receiver.host != host->name) // the source is no copy of itself
                        receivers.append(receiver.host + u':' + receiver.path);
                }
            }
        }
    }
    receivers.removeDuplicates();
    if (receivers == m_receiverSuggestions)
        return;
    const QString text = m_syncDestination->currentText();
    const bool filling = std::exchange(m_filling, true);
    for (qsizetype i = 0; i < m_receiverSuggestions.size(); ++i)
        m_syncDestination->removeItem(0);
    for (qsizetype i = 0; i < receivers.size(); ++i) {
        m_syncDestination->insertItem(int(i), receivers[i]);
        m_syncDestination->setItemData(int(i), tr("A receiver of this data by the routing"),
                                       Qt::ToolTipRole);
    }
    m_receiverSuggestions = receivers;
    m_syncDestination->setEditText(text);
    m_filling = filling;
}

QString NewJobDialog::kindKey() const
{
    return m_kind->currentData().toString();
}

JobArguments NewJobDialog::arguments() const
{
    JobArguments arguments;
    JobKindOptions &options = arguments.options;
    const QString key = kindKey();
    if (key == QLatin1String("sync")) {
        arguments.words = {m_syncSource->currentText().trimmed(),
                           m_syncDestination->currentText().trimmed()};
        options.deleting = m_syncDelete->isChecked();
        options.maxDelete = options.deleting ? m_syncMaxDelete->value() : -1;
        options.push = m_syncPush->isChecked();
    } else if (key == QLatin1String("archive")) {
        arguments.words = {m_archiveRoot->text().trimmed()};
        if (const QString into = m_archiveDestination->text().trimmed(); !into.isEmpty())
            arguments.words.append(into);
        options.olderThanDays = m_archiveDays->value();
        options.archiveFormat = m_archiveFormat->currentData().toString();
    } else if (key == QLatin1String("cleanup")) {
        arguments.words = {m_cleanupRoot->text().trimmed()};
        options.olderThanDays = m_cleanupDays->value();
        options.patterns = m_cleanupPatterns->text().split(
            QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
        options.emptyQuarantine = m_cleanupEmptyQuarantine->isChecked();
    } else if (key == QLatin1String("probe")) {
        const QString host = m_probeHost->currentData().toString();
        if (!host.isEmpty())
            arguments.words = {host};
    } else if (key == kLogRetentionJobKind.key()) {
        // The first item is the embedded file, shown by name; anything typed is a URI.
        const int index = m_retentionDatabase->currentIndex();
        const QString text = m_retentionDatabase->currentText().trimmed();
        options.database = index >= 0 && m_retentionDatabase->itemText(index) == text
                               ? m_retentionDatabase->itemData(index).toString()
                               : text;
        options.olderThanHours = m_retentionHours->value();
    } else if (key == kOrphansCleanJobKind.key()) {
        arguments.words = {m_orphansPlan->text().trimmed()};
        options.maxObjects = m_orphansMaxObjects->value() > 0 ? m_orphansMaxObjects->value() : -1;
        // Empty: no cap. A size that does not read is never taken for none: the kind
        // refuses it (kMaxBytesUnreadable).
        const QString bytes = m_orphansMaxBytes->text().trimmed();
        options.maxBytes =
            bytes.isEmpty() ? -1 : parseDataSize(bytes).value_or(kMaxBytesUnreadable);
        options.batchSize = m_orphansBatch->value();
    } else if (key == kOrphansLifecycleJobKind.key()) {
        arguments.words = {m_lifecycleLocation->text().trimmed()};
        if (m_lifecycleScanOnly->isChecked()) {
            options.maxObjects = 0;
        } else {
            options.maxObjects =
                m_lifecycleMaxObjects->value() > 0 ? m_lifecycleMaxObjects->value() : -1;
            const QString bytes = m_lifecycleMaxBytes->text().trimmed();
            options.maxBytes =
                bytes.isEmpty() ? -1 : parseDataSize(bytes).value_or(kMaxBytesUnreadable);
            options.batchSize = m_lifecycleBatch->value();
        }
    } else if (key == kLocationListingJobKind.key()) {
        arguments.words = {m_listingLocation->text().trimmed()};
    } else if (key == QLatin1String("log-rotate")) {
        arguments.words = {m_rotatePath->text().trimmed()};
        options.maxMegabytes = m_rotateMaxMb->value() > 0 ? m_rotateMaxMb->value() : -1;
        options.maxAgeDays = m_rotateMaxDays->value() > 0 ? m_rotateMaxDays->value() : -1;
        options.keep = m_rotateKeep->value();
        options.archiveFormat = m_rotateFormat->currentData().toString();
    } else if (key == QLatin1String("daemon")) {
        arguments.words = {m_daemonHost->currentText().trimmed(), m_daemonName->currentText(),
                           m_daemonAction->currentData().toString()};
    }
    return arguments;
}

void NewJobDialog::setJob(const QString &key, const JobArguments &arguments)
{
    const int index = m_kind->findData(key);
    if (index < 0)
        return;
    m_filling = true;
    m_kind->setCurrentIndex(index);
    m_forms->setCurrentIndex(index);
    const JobKindOptions &options = arguments.options;
    const QString first = arguments.words.value(0);
    if (key == QLatin1String("sync")) {
        m_syncSource->setEditText(first);
        m_filling = false;
        suggestReceivers();
        m_filling = true;
        m_syncDestination->setEditText(arguments.words.value(1));
        m_syncDelete->setChecked(options.deleting);
        if (options.maxDelete >= 0)
            m_syncMaxDelete->setValue(int(std::min<qint64>(options.maxDelete, 10'000'000)));
        m_syncPush->setChecked(options.push);
    } else if (key == QLatin1String("archive")) {
        m_archiveRoot->setText(first);
        m_archiveDestination->setText(arguments.words.value(1));
        if (options.olderThanDays >= 0)
            m_archiveDays->setValue(options.olderThanDays);
        if (const int format = m_archiveFormat->findData(options.archiveFormat); format >= 0)
            m_archiveFormat->setCurrentIndex(format);
    } else if (key == QLatin1String("cleanup")) {
        m_cleanupRoot->setText(first);
        if (options.olderThanDays >= 0)
            m_cleanupDays->setValue(options.olderThanDays);
        m_cleanupPatterns->setText(options.patterns.join(u' '));
        m_cleanupEmptyQuarantine->setChecked(options.emptyQuarantine);
    } else if (key == QLatin1String("probe")) {
        int host = m_probeHost->findData(first);
        if (host < 0) {
            m_probeHost->addItem(first, first);
            host = m_probeHost->count() - 1;
        }
        m_probeHost->setCurrentIndex(host);
    } else if (key == kLogRetentionJobKind.key()) {
        int database = m_retentionDatabase->findData(options.database);
        if (database < 0) {
            m_retentionDatabase->addItem(options.database, options.database);
            database = m_retentionDatabase->count() - 1;
        }
        m_retentionDatabase->setCurrentIndex(database);
        if (options.olderThanHours >= 0)
            m_retentionHours->setValue(options.olderThanHours);
    } else if (key == kOrphansCleanJobKind.key()) {
        m_orphansPlan->setText(first);
        m_orphansMaxObjects->setValue(int(std::clamp<qint64>(options.maxObjects, 0, 100'000'000)));
        m_orphansMaxBytes->setText(options.maxBytes >= 0 ? QString::number(options.maxBytes)
                                                         : QString());
        if (options.batchSize > 0)
            m_orphansBatch->setValue(options.batchSize);
    } else if (key == kOrphansLifecycleJobKind.key()) {
        m_lifecycleLocation->setText(first);
        m_lifecycleScanOnly->setChecked(options.maxObjects == 0);
        m_lifecycleMaxObjects->setValue(
            int(std::clamp<qint64>(options.maxObjects, 0, 100'000'000)));
        m_lifecycleMaxBytes->setText(options.maxBytes >= 0 ? QString::number(options.maxBytes)
                                                           : QString());
        if (options.batchSize > 0)
            m_lifecycleBatch->setValue(options.batchSize);
    } else if (key == kLocationListingJobKind.key()) {
        m_listingLocation->setText(first);
    } else if (key == QLatin1String("log-rotate")) {
        m_rotatePath->setText(first);
        m_rotateMaxMb->setValue(options.maxMegabytes > 0 ? int(options.maxMegabytes) : 0);
        m_rotateMaxDays->setValue(options.maxAgeDays > 0 ? int(options.maxAgeDays) : 0);
        if (options.keep >= 0)
            m_rotateKeep->setValue(options.keep);
        if (const int at = m_rotateFormat->findData(options.archiveFormat); at >= 0)
            m_rotateFormat->setCurrentIndex(at);
    } else if (key == QLatin1String("daemon")) {
        m_daemonHost->setEditText(first);
        m_daemonName->setCurrentText(arguments.words.value(1));
        if (const int at = m_daemonAction->findData(arguments.words.value(2)); at >= 0)
            m_daemonAction->setCurrentIndex(at);
    }
    m_filling = false;
    formChanged();
}

void NewJobDialog::setDailyAt(const QTime &at)
{
    m_daily->setChecked(true);
    m_dailyAt->setTime(at);
    formChanged();
}

void NewJobDialog::editSchedule(const JobSchedule &schedule)
{
    const std::optional<JobArguments> arguments = standardJobKinds().argumentsOf(schedule.spec);
    if (arguments)
        setJob(schedule.spec.kind.key(), *arguments);
    m_filling = true;
    if (schedule.everyMinutes > 0) {
        m_every->setChecked(true);
        int unit = 0;
        for (int u = 2; u >= 0; --u) {
            if (schedule.everyMinutes % kMinutesPerUnit[u] == 0) {
                unit = u;
                break;
            }
        }
        m_everyUnit->setCurrentIndex(unit);
        m_everyCount->setValue(schedule.everyMinutes / kMinutesPerUnit[unit]);
    } else {
        m_daily->setChecked(true);
        m_dailyAt->setTime(QTime(0, 0).addSecs(qMax(0, schedule.dailyAtMinute) * 60));
    }
    m_catchUp->setChecked(schedule.catchUp);
    m_now->setEnabled(false);
    m_editing = schedule;
    setWindowTitle(tr("Edit Schedule %1").arg(schedule.id));
    m_filling = false;
    formChanged();
    if (!arguments) {
        // Its job is not one the form can say (a kind this Quartermaster does not
        // build from arguments): saving would replace it with another.
        m_unreadable = true;
        m_reviewButton->setEnabled(false);
        m_reviewState->setText(tr("This schedule's job (%1) cannot be edited here; remove it "
                                  "and add a new one.")
                                   .arg(standardJobKinds().title(schedule.spec.kind)));
    }
}

void NewJobDialog::setScheduled(bool scheduled)
{
    (scheduled ? m_daily : m_now)->setChecked(true);
}

bool NewJobDialog::repeats() const
{
    return !m_now->isChecked();
}

std::optional<JobSchedule> NewJobDialog::scheduleFor(const JobSpec &spec, QString *error) const
{
    if (const QString refusal = standardJobKinds().scheduleRefusal(spec); !refusal.isEmpty()) {
        *error = refusal;
        return std::nullopt;
    }
    JobSchedule schedule = m_editing.value_or(JobSchedule());
    schedule.spec = spec;
    schedule.spec.trigger = JobTrigger::Schedule;
    schedule.catchUp = m_catchUp->isChecked();
    if (m_every->isChecked()) {
        schedule.everyMinutes =
            m_everyCount->value() * kMinutesPerUnit[qBound(0, m_everyUnit->currentIndex(), 2)];
        schedule.dailyAtMinute = -1;
    } else {
        schedule.everyMinutes = 0;
        const QTime at = m_dailyAt->time();
        schedule.dailyAtMinute = at.hour() * 60 + at.minute();
    }
    return schedule;
}

QString NewJobDialog::reviewText() const
{
    return m_review->toPlainText();
}

void NewJobDialog::formChanged()
{
    if (m_filling)
        return;
    // What was reviewed is not what the form says any more.
    m_reviewed.reset();
    ++m_serial;
    m_reviewing = false;
    m_syncMaxDelete->setEnabled(m_syncDelete->isChecked());
    m_syncPush->setEnabled(hostAndPath(m_syncSource->currentText()) &&
                           hostAndPath(m_syncDestination->currentText()));
    m_cleanupEmptyQuarantine->setEnabled(hostAndPath(m_cleanupRoot->text()).has_value());
    m_everyCount->setEnabled(m_every->isChecked());
    m_everyUnit->setEnabled(m_every->isChecked());
    m_dailyAt->setEnabled(m_daily->isChecked());
    m_catchUp->setEnabled(repeats());
    m_reviewState->setText(tr("Review shows what this job would do, as qmctl prints it; "
                              "nothing is queued before that."));
    m_review->clear();
    updateButtons();
}

void NewJobDialog::review()
{
    if (m_reviewing || m_unreadable)
        return;
    // A host's folder is archived into one of this machine: said in the form's words.
    const QString archiveRoot = m_archiveRoot->text().trimmed();
    if (kindKey() == QLatin1String("archive") && !archiveRoot.startsWith(u'/') &&
        archiveRoot.indexOf(u':') > 0 && m_archiveDestination->text().trimmed().isEmpty()) {
        ++m_serial;
        m_reviewed.reset();
        m_review->clear();
        m_reviewState->setText(tr("Not queued: choose “Archive into”, the folder of this machine "
                                  "the archive of %1 is written into.")
                                   .arg(archiveRoot));
        m_archiveDestination->setFocus();
        updateButtons();
        Q_EMIT reviewed(false);
        return;
    }
    const quint64 serial = ++m_serial;
    m_reviewed.reset();
    m_reviewing = true;
    m_reviewState->setText(tr("Reviewing… (a plan or dry run may take a while on a host)"));
    m_review->clear();
    updateButtons();
    JobArguments arguments = this->arguments();
    arguments.options.dryRunAlways = true;
    const QString key = kindKey();
    const JobEnvironment environment = m_service ? m_service->environment() : JobEnvironment();
    auto *watcher = new QFutureWatcher<JobFromArguments>(this);
    connect(watcher, &QFutureWatcher<JobFromArguments>::finished, this, [this, watcher, serial] {
        watcher->deleteLater();
        showReview(serial, watcher->result());
    });
    // Planning lists folders, runs rsync's dry run or reaches a host: never on the GUI
    // thread. A stale answer (the form changed meanwhile) is dropped.
    watcher->setFuture(QtConcurrent::run([key, arguments, environment] {
        return standardJobKinds().fromArguments(key, arguments.words, arguments.options,
                                                environment);
    }));
}

void NewJobDialog::showReview(quint64 serial, const JobFromArguments &made)
{
    if (serial != m_serial)
        return;
    m_reviewing = false;
    QStringList lines;
    bool ok = made.job.has_value();
    if (ok) {
        const JobSpec &spec = made.job->spec;
        QString error;
        if (repeats() && !scheduleFor(spec, &error)) {
            ok = false;
            m_reviewState->setText(tr("Cannot be scheduled: %1").arg(error));
        } else if (repeats() && spec.destructive) {
            m_reviewState->setText(
                tr("Each run plans again and removes what its own plan lists; this is what "
                   "it would remove now."));
        } else if (spec.destructive) {
            m_reviewState->setText(tr("Queue it, and the job carries out exactly this plan."));
        } else {
            m_reviewState->setText(tr("Ready: nothing is removed."));
        }
        if (const std::optional<JobFields> fields =
                standardJobKinds().describeParameters(spec, &error)) {
            for (const auto &[label, value] : *fields)
                lines.append(label + QStringLiteral(": ") + value);
            lines.append(QString());
        }
        lines += made.job->description;
        if (ok)
            m_reviewed = Reviewed{*made.job};
    } else {
        m_reviewState->setText(tr("Not queued: %1").arg(made.error));
        lines = made.details;
    }
    m_review->setPlainText(lines.join(u'\n'));
    updateButtons();
    Q_EMIT reviewed(ok);
}

void NewJobDialog::updateButtons()
{
    m_reviewButton->setEnabled(!m_reviewing && !m_unreadable);
    m_queueButton->setText(m_editing   ? tr("&Save Schedule")
                           : repeats() ? tr("&Schedule")
                                       : tr("&Queue"));
    m_queueButton->setEnabled(isReviewed());
    m_queueButton->setDefault(isReviewed());
    m_reviewButton->setDefault(!isReviewed());
}

void NewJobDialog::accept()
{
    if (!m_reviewed || !m_service)
        return;
    const PreparedJob &job = m_reviewed->job;
    if (repeats()) {
        QString error;
        const std::optional<JobSchedule> schedule = scheduleFor(job.spec, &error);
        if (!schedule)
            return;
        if (m_editing)
            m_service->updateSchedule(*schedule);
        else
            m_service->addSchedule(*schedule);
    } else if (!job.plan.isEmpty()) {
        m_service->enqueueWithPlan(job.spec, job.plan);
    } else {
        m_service->enqueue(job.spec);
    }
    QDialog::accept();
}

} // namespace qm
