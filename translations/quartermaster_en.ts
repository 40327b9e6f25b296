<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Quartermaster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desktop console for a fleet of data-producing hosts and the storage behind them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>This machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volumes of this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order of the host cards</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent &amp;Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Config…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a fleet config (distributed_hosts.yaml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show S&amp;ystem Filesystems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list pseudo and runtime filesystems (proc, sysfs, tmpfs under /run, snap images, container layers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the volumes again now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Quartermaster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warning when free space is below:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Critical when free space is below:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Probe every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One category per line: name: pattern pattern ... A pattern without / matches file names in any folder; with / it matches the last folders of the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpected processes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One rule per line: role or host name (globs allowed): pgrep -f pattern ... No process is expected on hosts no rule names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data folders of this machine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One folder per line, scanned besides the roots the config names for this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data c&amp;ategories:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a desktop &amp;notification when an alert is raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An alert is raised once its condition has held for the &quot;for&quot; time, and cleared once the value is the margin past the threshold on the good side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data category &amp;size limits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One limit per line: category: size, e.g. ply_rejected: 300 GB (units B, kB, MB, GB, TB, KiB, MiB, GiB, TiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep every &amp;probe for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older probes are kept as hourly and daily minimum, maximum and mean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;hourly figures for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily figures are kept for ever.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history is pruned at most once an hour, after a probe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache of &amp;fetched samples:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples of hosts are copied here to be previewed; the least recently used copies make room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus &amp;textfile folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After every orphan scan the storage gauges go here (quartermaster_storage.prom), for node_exporter&apos;s textfile collector. Empty: not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage &amp;location limits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One limit per line: location: size, as the Storage page names the location, e.g. rclone:s3:backups: 2 TB. A location with a limit is forecast against it (the &quot;Location at its limit&quot; rule).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rclone:s3:backups: 2 TB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop console for a fleet of data-producing hosts and their storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleet config to open (distributed_hosts.yaml).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::AboutDialog</name>
    <message>
        <source>Quartermaster %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::AlertConditions</name>
    <message>
        <source>%1 on %2 has %3 free, below %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>syncs to %1 are blocked: %2 is at %3 ≥ max_disk_usage_percent %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 take %3, over the limit of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 will be full in about %3 (growing %4 a day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not answered for %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected process &apos;%1&apos; is not running on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the newest data on %1 is %2 old (limit %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is ephemeral and holds %n file(s) of %2 (%3) with fewer than %4 copies; the oldest is %5 old</source>
        <translation>
            <numerusform>%1 is ephemeral and holds %n file of %2 (%3) with fewer than %4 copies; the oldest is %5 old</numerusform>
            <numerusform>%1 is ephemeral and holds %n files of %2 (%3) with fewer than %4 copies; the oldest is %5 old</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has not answered over SSH for %2: %3 (its node_exporter answers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 % orphaned at its last scan (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, the backup of %2 %3, was empty when listed at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, the backup of %2 %3: its newest object is %4 old (as listed at %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2, at or over its limit of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will reach its limit of %2 in about %3 (growing %4 a day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::AlertMonitor</name>
    <message>
        <source>Alerts are kept in memory only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts are not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::AlertNotifier</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s), %1 critical</source>
        <translation>
            <numerusform>%n alert, %1 critical</numerusform>
            <numerusform>%n alerts, %1 critical</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n alert</numerusform>
            <numerusform>%n alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quartermaster: %n open alert(s)</source>
        <translation>
            <numerusform>Quartermaster: %n open alert</numerusform>
            <numerusform>Quartermaster: %n open alerts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::AlertRules</name>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncs blocked (max_disk_usage_percent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data category size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreplicated data on an ephemeral host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A writable volume has less free space than the warning or critical threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A volume that syncs write to is at or above the config&apos;s max_disk_usage_percent, so syncs to it stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A data category on a host has grown over its size limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the growth of the last 6 hours, a volume will be full soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A host has not answered its probes for a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A process expected on a host is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest data file on a host (logs left out) is older than the freshness limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ephemeral host holds data with fewer copies than replication_target for too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the size is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: &apos;%2&apos; has a limit already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orphaned storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last orphan scan of a storage location found this share of its bytes in objects no database row references.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest object of a storage location named as a host&apos;s backup is older than this (as of its last listing): the backup has stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location at its limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the growth of its last 30 days of listings, a storage location will reach its size limit (set under Location limits) within this time, or has reached it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: write a limit as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;category: size&apos;, e.g. &apos;ply_rejected: 300 GB&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;location: size&apos;, e.g. &apos;rclone:s3:backups: 2 TB&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved health check (Health page) is at warning or critical: a success line missing, errors, a log too large, stale data, a process not running, a command or an endpoint failing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::AlertStore</name>
    <message>
        <source>cannot record alerts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the alerts: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::AlertsModel</name>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet (since %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::AlertsPage</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host: %1, subject: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value: %1 (threshold %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition since: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared: %1 (after %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open alerts, cleared ones, or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All severities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an alert to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alert matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open alert(s)</source>
        <translation>
            <numerusform>%n open alert</numerusform>
            <numerusform>%n open alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n cleared</source>
        <translation>
            <numerusform>, %n cleared</numerusform>
            <numerusform>, %n cleared</numerusform>
        </translation>
    </message>
    <message>
        <source>Pending: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not raised yet: its condition holds, but not yet for as long as the rule asks (“for”). It is raised when a later probe finds it still holding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n pending</source>
        <translation>
            <numerusform>, %n pending</numerusform>
            <numerusform>, %n pending</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::Archive</name>
    <message>
        <source>The saved archive plan is damaged: &quot;%1&quot; is missing or wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No folder or file to archive was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The age of files to archive must be 0 days or more, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot archive %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a symbolic link, and archiving never follows links. Give the path it points to (%2) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot archive %1: it is neither a folder nor a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists, and archiving never replaces a file. Move it away or choose another output folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning the archive of %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown libarchive error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 while writing %2 — nothing was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing under %1 is old enough to archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2 — nothing was archived or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2 — nothing was archived or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists, and archiving never replaces a file — nothing was archived or removed. Plan the archive again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Writing %1: %n file(s), %2.</source>
        <translation>
            <numerusform>Writing %1: %n file, %2.</numerusform>
            <numerusform>Writing %1: %n files, %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing left to archive: every planned file changed since the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appeared while it was being written, and archiving never replaces a file — nothing was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot flush the folder %1 to disk (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n file(s), %2 → %3.</source>
        <translation>
            <numerusform>Wrote %1: %n file, %2 → %3.</numerusform>
            <numerusform>Wrote %1: %n files, %2 → %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verified %1: every entry matches what was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This libarchive cannot compress with several threads; using one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled while writing %1 — nothing was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out %1: it is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out %1: it changed since the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2 — nothing was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shrank while it was being archived — nothing was removed. Run the archive again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed while it was being archived: the archive holds it as it was read, and the original stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot flush it to disk (fsync): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification of %1 failed: %2. The archive was deleted and nothing was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a %1 stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>it cannot be read after %n entries (%1)</source>
        <translation>
            <numerusform>it cannot be read after %n entry (%1)</numerusform>
            <numerusform>it cannot be read after %n entries (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>it holds an unexpected entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 has the wrong type or size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled while verifying %1. The archive was deleted and nothing was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 differs from the file that was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled after %1 was written and verified: %2 original(s) moved to the trash, %3 left in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept %1: it changed after it was archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove %1 (%2); it stays in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 was written and verified, but %n original(s) could not be moved to the trash and are still in place (first: %2).</source>
        <translation>
            <numerusform>%1 was written and verified, but %n original could not be moved to the trash and is still in place (first: %2).</numerusform>
            <numerusform>%1 was written and verified, but %n originals could not be moved to the trash and are still in place (first: %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>moved to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Archived %n file(s), %1 → %2; %3 original(s) %4, %5 kept.</source>
        <translation>
            <numerusform>Archived %n file, %1 → %2; %3 original(s) %4, %5 kept.</numerusform>
            <numerusform>Archived %n files, %1 → %2; %3 original(s) %4, %5 kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no usable tar (`tar --version` said: %2), which archiving a host&apos;s files needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — nothing was archived or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved into the quarantine on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files of %1:%2 did not arrive whole (%3) — nothing was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tar on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n planned file(s) did not arrive from the host (gone or unreadable since the plan): left out, their originals untouched.</source>
        <translation>
            <numerusform>%n planned file did not arrive from the host (gone or unreadable since the plan): left out, its original untouched.</numerusform>
            <numerusform>%n planned files did not arrive from the host (gone or unreadable since the plan): left out, their originals untouched.</numerusform>
        </translation>
    </message>
    <message>
        <source>The stream of %1:%2 could not be archived: %3 — nothing was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host sent %1, which the plan does not name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out %1: the host sent it as a link or a special file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 arrived with %2 of its %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 was written and verified, but %n original(s) on %2 could not be moved into the quarantine and are still in place (%3).</source>
        <translation>
            <numerusform>%1 was written and verified, but %n original on %2 could not be moved into the quarantine and is still in place (%3).</numerusform>
            <numerusform>%1 was written and verified, but %n originals on %2 could not be moved into the quarantine and are still in place (%3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Archiving %1 needs a folder of this machine to write the archive into.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::ArchiveJob</name>
    <message>
        <source>the archive job&apos;s parameters are damaged (root, olderThanDays or format)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing under %1 is older than %n day(s): nothing to archive.</source>
        <translation>
            <numerusform>Nothing under %1 is older than %n day: nothing to archive.</numerusform>
            <numerusform>Nothing under %1 is older than %n days: nothing to archive.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would archive %n file(s) (%1) older than %2 day(s) under %3 into %4, then move the originals to the trash.</source>
        <translation>
            <numerusform>Would archive %n file (%1) older than %2 day(s) under %3 into %4, then move the original to the trash.</numerusform>
            <numerusform>Would archive %n files (%1) older than %2 day(s) under %3 into %4, then move the originals to the trash.</numerusform>
        </translation>
    </message>
    <message>
        <source>Symbolic links left alone (never followed): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders on another filesystem not entered: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special files and unreadable names left alone: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders that could not be read (their files stay): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved plan is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>executing the saved plan of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a host of the config</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Would archive %n file(s) (%1) older than %2 day(s) under %3 into %4 on this machine, then move the originals into %5 on %6.</source>
        <translation>
            <numerusform>Would archive %n file (%1) older than %2 day(s) under %3 into %4 on this machine, then move the original into %5 on %6.</numerusform>
            <numerusform>Would archive %n files (%1) older than %2 day(s) under %3 into %4 on this machine, then move the originals into %5 on %6.</numerusform>
        </translation>
    </message>
    <message>
        <source>Freed on %1 now: 0 bytes; held in its quarantine: %2 (until it is emptied: qmctl jobs add cleanup %3 --empty-quarantine --older-than DAYS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved plan is damaged: it is of another host</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::BackupLink</name>
    <message>
        <source>“%1” is not HOST/KIND=LOCATION (e.g. gpu-1/models=rclone:s3:backup/gpu-1/models)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a data kind: games, npz or models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup location “%1” does not read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::Cleanup</name>
    <message>
        <source>%1 does not exist (a drive that is not mounted?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to clean up must be an absolute path, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The age must be a number of days (0 or more), not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cleanup plan was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cleanup plan is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a version 1 cleanup plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file %1 of the list is not valid (a path must stay inside the root; a size and a time are needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sizes add up to more than any disk holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file count or the total size does not match the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cleanup plan is damaged: its root &quot;%1&quot; is not an absolute path; nothing was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cleanup plan is damaged: &quot;%1&quot; is not a path inside the root, or is listed twice; nothing was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; nothing was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now leads to %2 (a link on the way changed): plan the cleanup again; nothing was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder on its way is now a symbolic link, which is never followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder on its way is now on another filesystem (a drive mounted there?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is no longer a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it changed since the plan was made (now %1, modified %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its path no longer leads to the planned file (a folder on the way was replaced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot check %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cleaning up %Ln file(s) (%1) under %2</source>
        <translation>
            <numerusform>Cleaning up %Ln file (%1) under %2</numerusform>
            <numerusform>Cleaning up %Ln files (%1) under %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was moved or replaced during the cleanup; stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %Ln failed file(s)</source>
        <translation>
            <numerusform>Stopped after %Ln failed file</numerusform>
            <numerusform>Stopped after %Ln failed files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled with %Ln file(s) not reached</source>
        <translation>
            <numerusform>Cancelled with %Ln file not reached</numerusform>
            <numerusform>Cancelled with %Ln files not reached</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) could not be removed; the first: %1</source>
        <translation>
            <numerusform>%Ln file could not be removed; the first: %1</numerusform>
            <numerusform>%Ln files could not be removed; the first: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to clean up under %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Would move %Ln file(s) (%1) under %2 to the trash. Freed now: %3; held in the trash: %4.</source>
        <translation>
            <numerusform>Would move %Ln file (%1) under %2 to the trash. Freed now: %3; held in the trash: %4.</numerusform>
            <numerusform>Would move %Ln files (%1) under %2 to the trash. Freed now: %3; held in the trash: %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>of any age</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>modified more than %Ln day(s) before %1</source>
        <translation>
            <numerusform>modified more than %Ln day before %1</numerusform>
            <numerusform>modified more than %Ln days before %1</numerusform>
        </translation>
    </message>
    <message>
        <source>with any name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope: regular files %1, %2, in %3 and its folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln symbolic link(s) left alone: links are never followed or removed.</source>
        <translation>
            <numerusform>%Ln symbolic link left alone: links are never followed or removed.</numerusform>
            <numerusform>%Ln symbolic links left alone: links are never followed or removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other item(s) left alone: special files, trash folders, other filesystems, names not valid here.</source>
        <translation>
            <numerusform>%Ln other item left alone: special files, trash folders, other filesystems, names not valid here.</numerusform>
            <numerusform>%Ln other items left alone: special files, trash folders, other filesystems, names not valid here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln folder(s) could not be read: their files are not in the plan.</source>
        <translation>
            <numerusform>%Ln folder could not be read: its files are not in the plan.</numerusform>
            <numerusform>%Ln folders could not be read: their files are not in the plan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln file(s) (%1) to the trash</source>
        <translation>
            <numerusform>Moved %Ln file (%1) to the trash</numerusform>
            <numerusform>Moved %Ln files (%1) to the trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already gone</source>
        <translation>
            <numerusform>%Ln already gone</numerusform>
            <numerusform>%Ln already gone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed since planned and kept</source>
        <translation>
            <numerusform>%Ln changed since planned and kept</numerusform>
            <numerusform>%Ln changed since planned and kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln failed</numerusform>
            <numerusform>%Ln failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln left by the caps for a later run</source>
        <translation>
            <numerusform>%Ln left by the caps for a later run</numerusform>
            <numerusform>%Ln left by the caps for a later run</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not reached</source>
        <translation>
            <numerusform>%Ln not reached</numerusform>
            <numerusform>%Ln not reached</numerusform>
        </translation>
    </message>
    <message>
        <source>The pattern &quot;%1&quot; cannot match a file name: patterns match names, without folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pattern &quot;%1&quot; is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> … (%n more character(s))</source>
        <translation>
            <numerusform> … (%n more character)</numerusform>
            <numerusform> … (%n more characters)</numerusform>
        </translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the remote cleanup plan names no host or a bad run folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emptying the quarantine takes an age in days and no pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2 does not exist or cannot be entered (a drive that is not mounted?): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2 is a link, not the quarantine folder: left alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the listing of %1:%2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cleanup was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n failed removal(s)</source>
        <translation>
            <numerusform>Stopped after %n failed removal</numerusform>
            <numerusform>Stopped after %n failed removals</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:%2 is gone or has moved since the plan: nothing removed there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cleanup on %1 stopped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept %1: changed since the plan (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not remove %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be removed</source>
        <translation>
            <numerusform>%n file could not be removed</numerusform>
            <numerusform>%n files could not be removed</numerusform>
        </translation>
    </message>
    <message>
        <source>the list of files is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Scope: the %Ln file(s) chosen, each only while it is as it was when chosen, in %1.</source>
        <translation>
            <numerusform>Scope: the %Ln file chosen, only while it is as it was when chosen, in %1.</numerusform>
            <numerusform>Scope: the %Ln files chosen, each only while it is as it was when chosen, in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln file(s) (%1) to the quarantine folder %2</source>
        <translation>
            <numerusform>Moved %Ln file (%1) to the quarantine folder %2</numerusform>
            <numerusform>Moved %Ln files (%1) to the quarantine folder %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln file(s) (%1) for good from the quarantine</source>
        <translation>
            <numerusform>Deleted %Ln file (%1) for good from the quarantine</numerusform>
            <numerusform>Deleted %Ln files (%1) for good from the quarantine</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::CleanupJob</name>
    <message>
        <source>give the folder as /path or HOST:/path, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Would delete for good %n file(s) (%1) that the quarantine %2:%3 has held for more than %4 day(s).</source>
        <translation>
            <numerusform>Would delete for good %n file (%1) that the quarantine %2:%3 has held for more than %4 day(s).</numerusform>
            <numerusform>Would delete for good %n files (%1) that the quarantine %2:%3 has held for more than %4 day(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would move %n file(s) (%1) under %2:%3 into the quarantine %2:%4 (held there, on the same filesystem, until a cleanup with --empty-quarantine deletes them).</source>
        <translation>
            <numerusform>Would move %n file (%1) under %2:%3 into the quarantine %2:%4 (held there, on the same filesystem, until a cleanup with --empty-quarantine deletes it).</numerusform>
            <numerusform>Would move %n files (%1) under %2:%3 into the quarantine %2:%4 (held there, on the same filesystem, until a cleanup with --empty-quarantine deletes them).</numerusform>
        </translation>
    </message>
    <message>
        <source>Folders that could not be read (their files stay): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries left alone (special files, names that are not UTF-8, unreadable listing lines): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a host&apos;s folder has a quarantine: this machine&apos;s files go to the system trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a host of the config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved plan is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>executing the saved plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed %1 (%2) → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cleanup job&apos;s parameters are damaged (olderThanDays or patterns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cleanup job&apos;s chosen files are damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::ComponentVersions</name>
    <message>
        <source>unavailable (the Qt SQLite driver is not installed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unavailable (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::ConfigDocument</name>
    <message>
        <source>The text does not parse; fix the syntax first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file has line breaks the editor cannot keep byte for byte (a CR without LF, or a Unicode line or paragraph separator); use qmctl check --fix or another editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text changed after this fix was offered; wait for the check to finish and choose the fix again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text changed while the fix was being checked; choose the fix again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::ConfigEdit</name>
    <message>
        <source>the edit names node %1, which the document lacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such value in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 holds a collection or an alias, not a single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value at line %1 carries an anchor or a tag; edit it in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value at line %1 is a block scalar; edit it in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such key in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mapping already has a key &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such entry in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comment stands before the last item at line %1; edit it in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry at line %1 shares its line with other content; edit it in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such list in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new item cannot be written in YAML safely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list at line %1 has an unusual layout; edit it in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mapping at line %1 is not closed by &apos;}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list at line %1 is not closed by &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such mapping in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new entry cannot be written in YAML safely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; already has a value; edit it in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no hosts mapping to add &apos;%1&apos; to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a host &apos;%1&apos; with status: disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file&apos;s top level is not a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change does not say what it means to change, so it cannot be verified; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change&apos;s text edits overlap or fall outside the file; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change would leave a file that does not parse (%1); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change would leave a file PyYAML cannot load (%1); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change would also alter %1, beyond what it means to change; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not parse (%1): fix that first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::ConfigFile</name>
    <message>
        <source>Cannot open %1: the file is %2 bytes, more than the %3 bytes a fleet config may have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: it is not UTF-8 text (a YAML config must be).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::ConfigHistory</name>
    <message>
        <source>unset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host %1 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts %1 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host %1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts %1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: status %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: role %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: SSH %2@%3:%4 → %5@%6:%7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External storage of %1: path %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External storage of %1 receives %2 (was %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 excluded from %2 (was %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bandwidth override %1: %2 MB/s added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bandwidth override %1: %2 → %3 MB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bandwidth override %1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elo_sync.coordinator %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not parse: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Oldest version: %n host(s)</source>
        <translation>
            <numerusform>Oldest version: %n host</numerusform>
            <numerusform>Oldest version: %n hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Parses again: %n host(s)</source>
        <translation>
            <numerusform>Parses again: %n host</numerusform>
            <numerusform>Parses again: %n hosts</numerusform>
        </translation>
    </message>
    <message>
        <source>No change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments or formatting only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lines no longer match the texts they were compared from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups: %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups of %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No git history: git is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No git history: %1 could not be started (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No git history: %1 is not in a git repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No git history: git log failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in commit %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No git history: %1 has never been committed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::ConfigHistoryModel</name>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updater backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Git</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Git %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) in this version</source>
        <translation>
            <numerusform>%n error in this version</numerusform>
            <numerusform>%n errors in this version</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::ConfigPage</name>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the config, after showing what changes (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load from Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter hosts by name, role, status, address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync Routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fleet config is open.

Open distributed_hosts.yaml with File › Open (Ctrl+O) or File › Recent Files, or drop it on this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload from Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace your unsaved changes with the file on disk? You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick Fix: %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quick fix for this problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. This changes only the lines below; you can undo it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick fix refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick Fix Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fix was not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text does not parse; fix its syntax first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new host (added with status: disabled):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Config That Does Not Parse?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not parse: %2

The fleet&apos;s daemons will fail to load it. Save anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These changes will be written to %1. The file as it is now is kept in .config_backups beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already held these contents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1; the previous version is in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by another program, and you have unsaved changes here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From your text (---) to the file on disk now (+++). Reload replaces your text with the file; you can undo it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is shown read-only: it has line breaks the editor cannot keep byte for byte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info message(s)</source>
        <translation>
            <numerusform>%n info message</numerusform>
            <numerusform>%n info messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) remain in the config (see Problems): the fleet&apos;s daemons may reject it or act on it wrongly until they are fixed.</source>
        <translation>
            <numerusform>%n error remains in the config (see Problems): the fleet&apos;s daemons may reject it or act on it wrongly until it is fixed.</numerusform>
            <numerusform>%n errors remain in the config (see Problems): the fleet&apos;s daemons may reject it or act on it wrongly until they are fixed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) remain (see Problems)</source>
        <translation>
            <numerusform>%n error remains (see Problems)</numerusform>
            <numerusform>%n errors remain (see Problems)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already held these contents; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1; %2. The previous version is in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config &amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every saved version of the config, what each changed, and restore (Ctrl+Shift+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::ConfigRules</name>
    <message>
        <source>&apos;%1&apos; is excluded from receiving %2 in sync_routing.excluded_hosts, but allowed_external_storage lets it receive %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excluded here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off receive_%1 for the external storage of &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync_routing.%1 is %2, outside 0–100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target_disk_usage_percent (%1) must be below max_disk_usage_percent (%2): cleanup could never reach it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max_disk_usage_percent is set here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap the target and maximum disk usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max_disk_usage_percent (%1) lets a receiver fill beyond 100 − min_free_disk_percent (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min_free_disk_percent is set here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not defined in hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; did you mean &apos;%1&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &apos;%1&apos; to &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the reference to &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excluded host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host of external storage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p2p voter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elo_sync coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto_sync excluded host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; and &apos;%2&apos; have the same SSH endpoint %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; uses it here</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n p2p voter(s): leader election needs at least three to survive a failure</source>
        <translation>
            <numerusform>%n p2p voter: leader election needs at least three to survive a failure</numerusform>
            <numerusform>%n p2p voters: leader election needs at least three to survive a failure</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n p2p voters: an even count tolerates no more failures than one fewer and can split the vote</source>
        <translation>
            <numerusform>%n p2p voters: an even count tolerates no more failures than one fewer and can split the vote</numerusform>
            <numerusform>%n p2p voters: an even count tolerates no more failures than one fewer and can split the vote</numerusform>
        </translation>
    </message>
    <message>
        <source>NAT-blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p2p_enabled is not true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p2p voter &apos;%1&apos; cannot vote reliably: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is defined here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excluded in sync_routing.excluded_hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ephemeral (its data must leave, not arrive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority host &apos;%1&apos; is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is in sync_routing.excluded_hosts but not in auto_sync.exclude_hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto_sync.exclude_hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is in auto_sync.exclude_hosts but not in sync_routing.excluded_hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync_routing.excluded_hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bandwidth override &apos;%1&apos; matches no host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos;: this definition silently replaces the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first defined here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the second definition of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &apos;%1&apos; from sync_routing.excluded_hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower max_disk_usage_percent to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &apos;%1&apos; to auto_sync.exclude_hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &apos;%1&apos; to sync_routing.excluded_hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &apos;%1&apos; from auto_sync.exclude_hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>no host can receive %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no host can receive %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from &apos;%2&apos; can go to no other host: it is the only host that can receive them</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>replication_target is %1, but only %n host(s) can receive %2 (%3)</source>
        <translation>
            <numerusform>replication_target is %1, but only %n host can receive %2 (%3)</numerusform>
            <numerusform>replication_target is %1, but only %n hosts can receive %2 (%3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>replication_target is %1, but %2 from %3 can reach only %n other host(s) of %4: a host&apos;s own folder is no copy</source>
        <translation>
            <numerusform>replication_target is %1, but %2 from %3 can reach only %n other host of %4: a host&apos;s own folder is no copy</numerusform>
            <numerusform>replication_target is %1, but %2 from %3 can reach only %n other hosts of %4: a host&apos;s own folder is no copy</numerusform>
        </translation>
    </message>
    <message>
        <source>p2p_voters lists no host: with no voters no leader can be elected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is listed twice in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first listed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the second &apos;%1&apos; from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is listed twice in %2, excluded from different kinds: which entry the daemons follow is not defined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::ConfigSave</name>
    <message>
        <source>Cannot read %1 to back it up: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the backup failed. %1 %2 was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the backup failed. Cannot flush the backup folder %1: %2. %3 was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::Daemons</name>
    <message>
        <source>“%1” is not a setting of a daemon (it takes %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a daemon has no “name”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daemon “%1” has no “pattern” to find it by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daemon “%1” needs one way to start it: “systemd”, “launchd” or “start”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daemon “%1”: an empty entry in “hosts”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, then in the background: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the background: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>no process matches “%1” %n second(s) after the start</source>
        <translation>
            <numerusform>no process matches “%1” %n second after the start</numerusform>
            <numerusform>no process matches “%1” %n seconds after the start</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a process still matches “%1” %n second(s) after the stop</source>
        <translation>
            <numerusform>a process still matches “%1” %n second after the stop</numerusform>
            <numerusform>a process still matches “%1” %n seconds after the stop</numerusform>
        </translation>
    </message>
    <message>
        <source>a second daemon named “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::DashboardPage</name>
    <message numerus="yes">
        <source>Volumes read at %1; %n could not be read</source>
        <translation>
            <numerusform>Volumes read at %1; %n could not be read</numerusform>
            <numerusform>Volumes read at %1; %n could not be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s)</source>
        <translation>
            <numerusform>%n volume</numerusform>
            <numerusform>%n volumes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n system filesystem(s) hidden)</source>
        <translation>
            <numerusform>(%n system filesystem hidden)</numerusform>
            <numerusform>(%n system filesystems hidden)</numerusform>
        </translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading volumes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the volumes again now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in File Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Mount Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volumes read at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soonest to full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fullest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::DataCategories</name>
    <message>
        <source>Games</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected PLY samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted PLY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: write a category as &apos;name: pattern pattern ...&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: category &apos;%2&apos; is defined twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::DataScan</name>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: operation not permitted (on macOS, give the app Full Disk Access or access to removable volumes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::DatabasePasswords</name>
    <message>
        <source>access to the system keychain was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keychain refused access (is it locked? unlock it and try again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no system keychain is available (on Linux, start gnome-keyring or KWallet — a Secret Service — in your session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keychain could not delete the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keychain did not answer (on Linux, is gnome-keyring or KWallet — a Secret Service — running and unlocked in your session?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::DfOutput</name>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a df row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a count too large to be real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>df gives no figures for this filesystem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::Duration</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::FleetConfig</name>
    <message>
        <source>the number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the string &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, but %3 is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2; did you mean &apos;%3&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename &apos;%1&apos; to &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::FleetEdits</name>
    <message>
        <source>There is no host &apos;%1&apos; any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no host &apos;%1&apos; in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no host &apos;%1&apos; in the file; did you mean &apos;%2&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list changed; nothing was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The external storage list changed; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host key the fleet reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host key the fleet reads; did you mean &apos;%2&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes %2; &apos;%3&apos; is not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a list or a mapping, not a single value: edit it in the file or on the Config page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::FleetSummaryBar</name>
    <message>
        <source>Hosts answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts whose last probe answered, of the hosts listed on the Hosts page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writable volumes whose free space is below the warning threshold (Preferences)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soonest to full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The volume whose history&apos;s forecast fills first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data with fewer copies than replication_target, as the Replication page measured it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firing alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open alerts (the Alerts page); pending ones hold, but not yet for as long as their rule asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n partly reachable</source>
        <translation>
            <numerusform>%n partly reachable</numerusform>
            <numerusform>%n partly reachable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not answering</source>
        <translation>
            <numerusform>%n not answering</numerusform>
            <numerusform>%n not answering</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not probed</source>
        <translation>
            <numerusform>%n not probed</numerusform>
            <numerusform>%n not probed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from history, not live</source>
        <translation>
            <numerusform>%n from history, not live</numerusform>
            <numerusform>%n from history, not live</numerusform>
        </translation>
    </message>
    <message>
        <source>all answering, live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s)</source>
        <translation>
            <numerusform>%n volume</numerusform>
            <numerusform>%n volumes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n critical</source>
        <translation>
            <numerusform>%n critical</numerusform>
            <numerusform>%n critical</numerusform>
        </translation>
    </message>
    <message>
        <source>none critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing filling</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s) forecast</source>
        <translation>
            <numerusform>%n volume forecast</numerusform>
            <numerusform>%n volumes forecast</numerusform>
        </translation>
    </message>
    <message>
        <source>no forecast yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forecasts need a few hours of probes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure on the Replication page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every file measured has its copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n host(s)</source>
        <translation>
            <numerusform>on %n host</numerusform>
            <numerusform>on %n hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pending</numerusform>
            <numerusform>%n pending</numerusform>
        </translation>
    </message>
    <message>
        <source>none pending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::GenerationLog</name>
    <message>
        <source>pending_generations.json is not valid JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending_generations.json does not hold a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::Glob</name>
    <message>
        <source>&quot;%1&quot; at character %2 belongs inside a set: write &quot;[%1]&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;[:%1:]&quot; at character %2 is not a character class (alnum, alpha, blank, cntrl, digit, graph, lower, print, punct, space, upper, xdigit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; at character %2 is not one character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the range &quot;%1-%2&quot; at character %3 runs backwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &quot;[&quot; at character %1 is not closed by a &quot;]&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::HealthCheck</name>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its own time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time of line %1 from the end, written before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no line of %1 matches “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no line in the last %1 of %2 matches “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file&apos;s modification time (no line has a time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written %1 ago (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” last matched %2 ago, within %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” last matched %2 ago, more than %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the last %n line(s)</source>
        <translation>
            <numerusform>the last line</numerusform>
            <numerusform>the last %n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the last %n minute(s)</source>
        <translation>
            <numerusform>the last minute</numerusform>
            <numerusform>the last %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) match “%1” in %2 of %3 (at most %4)</source>
        <translation>
            <numerusform>%n line matches “%1” in %2 of %3 (at most %4)</numerusform>
            <numerusform>%n lines match “%1” in %2 of %3 (at most %4)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds %2 (limit %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %2 in %n file(s) (limit %3)</source>
        <translation>
            <numerusform>%1 holds %2 in %n file (limit %3)</numerusform>
            <numerusform>%1 holds %2 in %n files (limit %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n folder(s) could not be read</source>
        <translation>
            <numerusform>; %n folder could not be read</numerusform>
            <numerusform>; %n folders could not be read</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds no file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newest file written %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the newest of %n file(s) under %1 is %2 old (at most %3)</source>
        <translation>
            <numerusform>the only file under %1 is %2 old (at most %3)</numerusform>
            <numerusform>the newest of %n files under %1 is %2 old (at most %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>no pattern given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a regular expression: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; only the last %1 were read, and the window goes further back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n process(es) match “%1”</source>
        <translation>
            <numerusform>%n process matches “%1”</numerusform>
            <numerusform>%n processes match “%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>no process matches “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot look for “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pgrep is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot run %1: the program is not there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not finish within %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exited 0 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 crashed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exited %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not answer from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 to %3 in %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted a connection from %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no log file given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a file or a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no size limit given (in MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no size limit given (in GB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no folder given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no process pattern given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a URL or a HOST:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an http or https URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not HOST:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time limit must be at least a second</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::HealthCheckSet</name>
    <message>
        <source>“%1” must be a number of at least %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be text or a list of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value that is not a number (Infinity or NaN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no “kind” (one of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind “%1” (one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a setting of a %2 check (it takes %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no “name”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty entry in “hosts”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second check named “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no host of the config matches “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not a host of the config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled before it ran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a checks file is a mapping whose “checks” (and “daemons”) are lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry is a mapping of settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::HealthChecksDialog</name>
    <message>
        <source>A success line in a log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors in a log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file or folder too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data gone stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A process running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A command that succeeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An endpoint that answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local, gpu-1, role:selfplay, *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the check runs, separated by commas: “local” for this machine, a host of the config, “role:ROLE” for every host with that role, “*” for every host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/var/log/sync.log, or a glob: /var/log/sync-*.log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a regular expression: submission successful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the program and its arguments: curl -sf http://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://127.0.0.1:8545/health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Now runs the check as set here, on its machines, without saving it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Machines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pattern:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;indow:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or the &amp;last lines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most &amp;matches:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &amp;limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder li&amp;mit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;TCP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limi&amp;t:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New check %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest file at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Command line matches:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second check is named so</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Running “%1” on %n machine(s)…</source>
        <translation>
            <numerusform>Running “%1” on %n machine…</numerusform>
            <numerusform>Running “%1” on %n machines…</numerusform>
        </translation>
    </message>
    <message>
        <source>this machine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::HealthGridModel</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not run yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
checked %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This check has not run on this machine yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::HealthMachine</name>
    <message>
        <source>%1 is a reserved .invalid name: it is never looked up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no connection within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file matches %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder of this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file matches %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1 on %2: it answered “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1 on %2: it was cut short while read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not there on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not there on %2, but rotated copies of it are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 cannot be read (permissions)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::HealthPage</name>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run every saved check on every machine now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Checks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, change or remove checks, and try one before saving it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the checks of a checks file (YAML), as qmctl health import does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a cell to see what the check found there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No health checks yet&lt;/h3&gt;&lt;p&gt;A check reads what a machine writes and says, with the evidence, whether it is fine: a success line within N hours, errors in a log, a log or folder grown too large, data gone stale, a process running, a command or an endpoint that answers.&lt;/p&gt;&lt;p&gt;Add one with &lt;b&gt;Edit Checks…&lt;/b&gt;, or import a checks file kept beside the fleet&apos;s config with &lt;b&gt;Import…&lt;/b&gt; (&lt;tt&gt;qmctl health import FILE&lt;/tt&gt; does the same).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Health Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks files (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Running %n check(s)…</source>
        <translation>
            <numerusform>Running %n check…</numerusform>
            <numerusform>Running %n checks…</numerusform>
        </translation>
    </message>
    <message>
        <source>The health results were not kept in the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No health checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n check(s)</source>
        <translation>
            <numerusform>%n check</numerusform>
            <numerusform>%n checks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n machine(s)</source>
        <translation>
            <numerusform>on %n machine</numerusform>
            <numerusform>on %n machines</numerusform>
        </translation>
    </message>
    <message>
        <source>last run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not run on this machine yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent results</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n health check(s) saved</source>
        <translation>
            <numerusform>%n health check saved</numerusform>
            <numerusform>%n health checks saved</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot import %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) imported from %1</source>
        <translation>
            <numerusform>%n check imported from %1</numerusform>
            <numerusform>%n checks imported from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Ro&amp;tate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate the log the selected size check watches: a log rotation job, reviewed before it is queued or scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;vidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daemon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Look Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest&amp;art…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;op…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Daemons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No daemons are named yet: list them under “daemons” in a checks file and import it (Import…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine&apos;s, looked at %1; Look Again reaches the hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2” on %3?

It runs: %4

The job queue runs it, then looks again until the daemon is as it should be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued: %1 “%2” on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;chedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::HealthResultStore</name>
    <message>
        <source>cannot create the folder of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::HistoryCsv</name>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields, the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a number of bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time &apos;%1&apos; is neither ISO 8601 nor seconds since the epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither a volume (mount, total_bytes, used_bytes) nor a category (category, bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used_bytes %1 is more than total_bytes %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the header lacks %2 (columns: host,mount,time,total_bytes,used_bytes[,available_bytes][,category,bytes])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>available_bytes %1 is more than total_bytes %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::HistoryPanel</name>
    <message>
        <source>the open text does not parse or is empty; fix it or paste the version into it by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that version is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that text does not parse (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore This &amp;Version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore These &amp;Lines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it changed (from the version before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From it to the open text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the selected version with the version before it, or with the text open in the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the open text this version, as one edit you can undo; Save writes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back this version&apos;s lines for the changes the selection in the diff touches (compare with the open text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No config is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the history of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n version(s).</source>
        <translation>
            <numerusform>%n version.</numerusform>
            <numerusform>%n versions.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b31d28&apos;&gt;Added %1: %2&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1a7f37&apos;&gt;Fixed %1: %2&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) in this version.</source>
        <translation>
            <numerusform>%n error in this version.</numerusform>
            <numerusform>%n errors in this version.</numerusform>
        </translation>
    </message>
    <message>
        <source>The oldest version: nothing before it to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same bytes as the version before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open text is this version, byte for byte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>select lines of a change (red or green lines) in the diff first</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restore %n change(s) from %1</source>
        <translation>
            <numerusform>Restore %n change from %1</numerusform>
            <numerusform>Restore %n changes from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to restore: the open text already has those lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text changed since the diff was made; look at the diff again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. The open text changes as below, as one edit you can undo; Save writes it, keeping the file on disk as a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: done; Save (Ctrl+S) writes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::HistoryStore</name>
    <message>
        <source>cannot record the probe of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot import into %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot maintain the history %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::HostCardsView</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steady</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−%1/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not filling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no forecast (noisy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more volume(s)</source>
        <translation>
            <numerusform>and %n more volume</numerusform>
            <numerusform>and %n more volumes</numerusform>
        </translation>
    </message>
    <message>
        <source>No writable volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not probed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a fleet config (File › Open Config…, Ctrl+O) to see its hosts here, each with its volumes, growth and time to full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this machine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last probed %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last seen %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probed %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · from history, not live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volumes from node_exporter. SSH: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing known yet: probe it on the Hosts page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to chart its volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported, sampled %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe it on the Hosts page to see it live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n daemon(s) running</source>
        <translation>
            <numerusform>%n daemon running</numerusform>
            <numerusform>%n daemons running</numerusform>
        </translation>
    </message>
    <message>
        <source>Not running: %1 (%2 of %3 daemons)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::HostDetails</name>
    <message>
        <source>role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH %1%2 port %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node_exporter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not probed yet. Use Probe Now, or turn on periodic probing for this config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probed %1 in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failing since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APFS counts purgeable space (caches, local snapshots) as available: macOS frees it on demand, so &quot;free&quot; may be more than can be written at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) could not be read</source>
        <translation>
            <numerusform>%n folder could not be read</numerusform>
            <numerusform>%n folders could not be read</numerusform>
        </translation>
    </message>
    <message>
        <source>Processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remembered from the history, not live: this is the last probe, %1 ago. The host has not been probed since Quartermaster started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly reachable: its node_exporter answered, so its volumes are known; SSH did not, so its data, processes and external storage are not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — Start it on the Health page, Daemons tab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::HostListEditor</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::HostProbe</name>
    <message>
        <source>mounted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not mounted (a folder on the system disk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly reachable (SSH: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::HostProber</name>
    <message>
        <source>df printed no volume: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: operation not permitted (on macOS, give sshd Full Disk Access or access to removable volumes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the listing of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot check process %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pgrep is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has neither ssh_host nor node_exporter_url: nothing to probe it with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (node_exporter does not answer either: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::HostProbesModel</name>
    <message>
        <source>(no role)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n host(s))</source>
        <translation>
            <numerusform>%1 (%n host)</numerusform>
            <numerusform>%1 (%n hosts)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (this machine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not probed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daemons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — last seen %2 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — last probed %2 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remembered from the history, not live: the probe of %1, %2 ago. Not probed since Quartermaster started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its node_exporter answered (the volumes are shown); SSH did not, so data, processes and external storage are not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not probed — imported, sampled %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::HostSettingsDialog</name>
    <message>
        <source>Host Settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often this host is probed while periodic probing is on; an unreachable host is retried less often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this machine is read directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: volumes are read over SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the config: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the volumes from this node_exporter (e.g. http://HOST:9100/metrics) instead of the config&apos;s; empty: the config&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Probe every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;node_exporter URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (%1 min)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::HostStatus</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authentication failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host key unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host key changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::HostsModel</name>
    <message>
        <source>p2p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAT-blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ephemeral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::HostsPage</name>
    <message>
        <source>Filter hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by name prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Probe Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe the selected host now (F5); all hosts when none is selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept Host &amp;Key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the host&apos;s key fingerprint and, if you accept it, add it to known_hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Probe every %n minute(s)</source>
        <translation>
            <numerusform>Probe every minute</numerusform>
            <numerusform>Probe every %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a config to probe its hosts periodically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe the hosts of %1 periodically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a host to see its volumes, data, processes and the last error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the host key of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the host key of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept Host Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) presents these keys. Accept them only if they match what the host&apos;s administrator gives you (ssh-keygen -lf on the host&apos;s /etc/ssh/ssh_host_*_key.pub).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept and Add to known_hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected host&apos;s probe interval and node_exporter URL, over the config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a host of the open config</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::InputFile</name>
    <message>
        <source>a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a character device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a block device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a special file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is %1, not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: it holds %2 bytes, more than the %3 allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file changed while it was read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::JobDetails</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 — %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (schedule %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes: never retried automatically; each attempt checks its plan again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [%2] %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any age</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Extra files at the destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>deleted, at most %n</source>
        <translation>
            <numerusform>deleted, at most %n</numerusform>
            <numerusform>deleted, at most %n</numerusform>
        </translation>
    </message>
    <message>
        <source>kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source, which pushes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/archives (beside the files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Originals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved to the trash once the archive is verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen files</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1, as they were when chosen</source>
        <translation>
            <numerusform>%n file, %1, as they were when chosen</numerusform>
            <numerusform>%n files, %1, as they were when chosen</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed files go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to the trash of this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nowhere: deleted for good from the quarantine on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to the quarantine folder on %1 (same filesystem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a route cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no replication target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Producers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved plan cannot be read (%1); as stored:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every host of the config and this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read (%1); as stored:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written and verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to the quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved into the quarantine on %1 once the archive is verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most a run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any number of objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n object</numerusform>
            <numerusform>%n objects</numerusform>
        </translation>
    </message>
    <message>
        <source>any size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate %1: %2 → %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to the quarantine: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not there now; each run looks again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not there: nothing to rotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rotated (%2 → %3), %4 moved to the quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 on %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daemon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::JobEventLog</name>
    <message>
        <source>%1 job %2 started (attempt %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ran: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 job %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed, tried again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job events are not written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::JobKinds</name>
    <message>
        <source>all hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no host “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the history is not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not recorded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more</source>
        <translation>
            <numerusform>  … and %n more</numerusform>
            <numerusform>  … and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::JobNotifier</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) failed</source>
        <translation>
            <numerusform>%n job failed</numerusform>
            <numerusform>%n jobs failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::JobOutcomeAnnouncer</name>
    <message>
        <source>Job %1 (%2 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::JobQueueWorker</name>
    <message>
        <source>The job queue is not available: nothing was queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1: stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1: its runner is asked to stop it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 has already finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 queued again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1: priority %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue paused: no job starts until it is resumed; running jobs go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was queued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 queued with the plan you reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finished job(s) cleared.</source>
        <translation>
            <numerusform>%n finished job cleared.</numerusform>
            <numerusform>%n finished jobs cleared.</numerusform>
        </translation>
    </message>
    <message>
        <source>Schedule %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule %1 changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule %1 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule %1 enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule %1 disabled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::JobRunner</name>
    <message>
        <source>another runner has the jobs of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resumed where it left off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted: the runner stopped while it ran</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>will try again in %n s</source>
        <translation>
            <numerusform>will try again in %n s</numerusform>
            <numerusform>will try again in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ended %n process(es) the previous runner left running: %1</source>
        <translation>
            <numerusform>ended %n process the previous runner left running: %1</numerusform>
            <numerusform>ended %n processes the previous runner left running: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>not resumed: what the previous runner started is still running (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no job kind &apos;%1&apos; is known to this Quartermaster</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::JobSchedules</name>
    <message>
        <source>the jobs database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>every %n h</source>
        <translation>
            <numerusform>every %n h</numerusform>
            <numerusform>every %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n min</source>
        <translation>
            <numerusform>every %n min</numerusform>
            <numerusform>every %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>daily at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a schedule needs an interval or a time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no schedule %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::JobStore</name>
    <message>
        <source>the jobs database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot queue the job in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted: the process running it stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1 is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled before it ran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1 is queued or running already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1 is not queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1 was not interrupted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::Jobs</name>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::JobsModel</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleanup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt %1 of at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source → Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orphan cleanup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orphan lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daemon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::JobsPage</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the selected job; a running one is stopped after you confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue the selected finished job again, from the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start no new job until resumed; running jobs go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the selected queued job before the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the selected queued job after the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue a job that probes every host of the open config and this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active: queued or running; failed: failed or interrupted; finished: every job that is done with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by ID, path, host or error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log of the selected job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the queue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a job to see its details and log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No job matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No jobs yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume &amp;Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another runner is executing the jobs (%1). This page shows its queue; cancel, retry, priority and pause reach it through the database. The app takes over running jobs when it exits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job queue cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue is paused: no job starts until you resume it (%1). Running jobs go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 running, %2 queued, %3 failed — %n job(s)</source>
        <translation>
            <numerusform>%1 running, %2 queued, %3 failed — %n job</numerusform>
            <numerusform>%1 running, %2 queued, %3 failed — %n jobs</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a queued or running job to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Running Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop job %1 (%2 %3)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its program is stopped now (SIGTERM, then SIGKILL after two seconds). What it finished stays done; Retry runs the job again from the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a finished job to retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry Job That Deletes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 deletes files (%2). Queue it again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It runs from the start, checks its reviewed plan again and fails without deleting anything if the destination changed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a queued job&apos;s priority can change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe &amp;All Hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Again with &amp;Changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new job from the selected job&apos;s parameters, to change before it is queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Finished Jobs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove finished jobs and their logs from the list: the selected one, or those older than some days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notify When a Job Fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desktop notification when a job fails for good (the page always lists it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedules (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Again with Changes: Job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Finished Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected job (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every finished job older than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded, failed and cancelled jobs go with their logs; queued, running and interrupted ones stay. Files are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Log Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected job&apos;s events on the Logs page (this machine&apos;s log database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;All Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue a sync, archive, cleanup, probe or log retention, reviewed before it is queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Jobs that ran within %n minute(s) of %1: %2</source>
        <translation>
            <numerusform>Jobs that ran within %n minute of %1: %2</numerusform>
            <numerusform>Jobs that ran within %n minutes of %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Jobs of %1 that ran within %n minute(s) of %2: %3</source>
        <translation>
            <numerusform>Jobs of %1 that ran within %n minute of %2: %3</numerusform>
            <numerusform>Jobs of %1 that ran within %n minutes of %2: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::LiveHosts</name>
    <message>
        <source>The probe history is not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::LiveRules</name>
    <message>
        <source>expected process &apos;%1&apos; is not running on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>external storage %1 on %2 is not mounted: the path is a folder on the system disk, and nothing may be synced there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>external storage %1 on %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>syncs to %1 are blocked: %2 is at %3 ≥ max_disk_usage_percent %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the threshold is set here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 free on %3, below min_free_disk_percent %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not answered for %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::LocationListingJob</name>
    <message>
        <source>the job names no location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the listing failed, so nothing was kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n object(s), %1</source>
        <translation>
            <numerusform>%n object, %1</numerusform>
            <numerusform>%n objects, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Newest object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(objects in no folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not objects: %n symbolic link(s), never followed</source>
        <translation>
            <numerusform>Not objects: %n symbolic link, never followed</numerusform>
            <numerusform>Not objects: %n symbolic links, never followed</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the listing was not kept in the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::LocationScanStore</name>
    <message>
        <source>cannot create the folder of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::LogExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the export was cancelled; %1 is as it was</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::LogHistogram</name>
    <message>
        <source>Lines per time span, by level. Drag across it to read that time range.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::LogJsonl</name>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON: %1 at character %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timestamp is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timestamp “%1” is not an ISO-8601 time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timestamp is %1, not an ISO-8601 time string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timestamp “%1” is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id “%1” is not a UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id is %1, not a UUID string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task_id “%1” is not a UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task_id is %1, not a UUID string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worker_id is %1, not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cycle_number %1 is not a whole number that fits in 32 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cycle_number is %1, not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata is a string that does not hold a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata is %1, not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line is longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::LogRetention</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a password is not kept in the job queue: put it in ~/.pgpass (or a service file) and give the URI without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the job names no database or no age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved retention plan cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n log line(s) older than %1</source>
        <translation>
            <numerusform>Delete %n log line older than %1</numerusform>
            <numerusform>Delete %n log lines older than %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Oldest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted in batches of %1 lines, each its own transaction; not recoverable once done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) deleted</source>
        <translation>
            <numerusform>%n line deleted</numerusform>
            <numerusform>%n lines deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more than planned: lines with an older time were written since the plan</source>
        <translation>
            <numerusform>%n more than planned: lines with an older time were written since the plan</numerusform>
            <numerusform>%n more than planned: lines with an older time were written since the plan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) older than the cutoff are still there</source>
        <translation>
            <numerusform>%n line older than the cutoff is still there</numerusform>
            <numerusform>%n lines older than the cutoff are still there</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::LogRotation</name>
    <message>
        <source>no process holds it open: renamed whole, nothing written meanwhile can be lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held open: copied, then its copied start cut off in place; what is written meanwhile stays in the live file, nothing is lost (a line crossing the cut goes on in the live file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held open, and this filesystem cannot cut a file&apos;s start: copied until its size holds still, then truncated; lines written in the moment between the last copy and the cut are lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held open by a writer without O_APPEND: a cut would leave it writing past the end, so it is not rotated (restart the writer, or have it append)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a symbolic link, and rotation never follows links: give the file it points to (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, over %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>last rotated %1 ago, more than %n day(s)</source>
        <translation>
            <numerusform>last rotated %1 ago, more than %n day</numerusform>
            <numerusform>last rotated %1 ago, more than %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, not due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the log was cut short while copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is smaller than a block of its filesystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot cut its start in place: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: copied its first %2 and cut them off in place; the %3 after the cut, with what was written meanwhile, stay in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot truncate it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: copied %2, then truncated %3 µs after the last copy (lines written in that moment are lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a size (--max-size MB) or an age (--max-age-days N) to rotate at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rotations kept must be 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file matches %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no longer due (%2), left as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not rotated: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: renamed to %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was set aside as %2 but not compressed: %3 (the copy is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: compressed to %2 (%3 → %4) and read back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move %1 to the quarantine: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: moved to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it ended with exit code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file matches %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot look at %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the log&apos;s full path on %1 (starting with / or ~/), not “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no zstd: install it there, or compress with gz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no gzip: install it there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no cmp, so a compressed rotation could not be read back and compared: install diffutils there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: no longer due (%3), left as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 was not rotated: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: renamed to %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: copied its first %3 and cut them off in place; the %4 after the cut, with what was written meanwhile, stay in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: copied %3, then truncated (lines written between the last copy and the cut are lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: compressed to %3 (%4 → %5) and read back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: moved to %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 was rotated, but moving its old rotations to the quarantine stopped: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: the rotation stopped (%3); it may be set aside as %4 or compressed already: look beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 cannot be rotated: the ssh user may not write it or its folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::LogStore</name>
    <message>
        <source>the table&apos;s SQL is missing from this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create system_logs in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the columns of system_logs in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no table system_logs in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system_logs in %1 has no column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the task “%1” is not a UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a metadata key cannot hold a double quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the query was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read system_logs in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add line %1 to system_logs in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot delete from system_logs in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>cannot add %n line(s) to system_logs in %1: %2</source>
        <translation>
            <numerusform>cannot add %n line to system_logs in %1: %2</numerusform>
            <numerusform>cannot add %n lines to system_logs in %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read system_logs in %1: the driver gives no connection to read from</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::LogSummary</name>
    <message>
        <source>(other messages)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::LogTail</name>
    <message>
        <source>%1 is not there, but rotated copies of it are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was cut short while read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not end in text (NUL bytes or control characters): not read as a log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::LogsModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::LogsPage</name>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a PostgreSQL database or an SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the Table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a line to read it whole, with its metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines of level ERROR and worse (or the level chosen) under the filter, grouped by their message with numbers, ids, paths and quoted values masked. Double-click one to read its lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error &amp;Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, more as you scroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create system_logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the table system_logs, its indexes%1 in %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and func_cleanup_old_logs(hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 48 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen on the histogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task (UUID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message contains (literal, case ignored) — Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata key=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show new lines as they arrive (every 2 s), late ones included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous (newer) error (Shift+F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next (older) error (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine (embedded file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By source (the 50 with most lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By worker (the 50 with most lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest line of the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 UTC)
%3  %4/%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
worker %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
cycle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
id %1

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No older error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No newer error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker %1&apos;s Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task&apos;s Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the lines the filter selects to a JSON Lines, JSON or CSV file (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export is already under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to export: not connected to a log database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Log Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; %1 is as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling the export to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Host %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither the worker nor the source of this line is a host of the open config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trends at This Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs Around This Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln line(s) read%2</source>
        <translation>
            <numerusform>%1 — %Ln line read%2</numerusform>
            <numerusform>%1 — %Ln lines read%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) written to %1</source>
        <translation>
            <numerusform>%Ln line written to %1</numerusform>
            <numerusform>%Ln lines written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting to %1: %Ln line(s) written…</source>
        <translation>
            <numerusform>Exporting to %1: %Ln line written…</numerusform>
            <numerusform>Exporting to %1: %Ln lines written…</numerusform>
        </translation>
    </message>
    <message>
        <source>Forget this database, and its password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PostgreSQL URI (postgresql://user@host:5432/db?sslmode=require — libpq&apos;s rules: ~/.pgpass, PGSERVICE and service files work) or an SQLite file (sqlite:/path). A password in the URI goes to the system keychain, never to the settings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the password of %1 in the system keychain: %2. It is kept until Quartermaster quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the password of %1 from the system keychain: %2. Delete the entry %1 of the service %3 with the keychain&apos;s own tool (Seahorse, KWallet Manager, Keychain Access).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the password of %1 from the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the password of %1 from the system keychain: %2. Connecting without it (libpq may find one in ~/.pgpass).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::LogsSession</name>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::MachineSchedulesView</name>
    <message>
        <source>tomorrow %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in under a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose schedules to show: this machine, or a host of the config (reached over ssh when chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Machine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loo&amp;k Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the chosen machine&apos;s crontabs, systemd timers and launchd jobs again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not looked at yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the config any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking at %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the schedules of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No crontab, cron.d, systemd timer or launchd schedule on %1; looked at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n schedule(s) on %1, looked at %2.</source>
        <translation>
            <numerusform>%n schedule on %1, looked at %2.</numerusform>
            <numerusform>%n schedules on %1, looked at %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be read (flagged).</source>
        <translation>
            <numerusform>%n line could not be read (flagged).</numerusform>
            <numerusform>%n lines could not be read (flagged).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n schedule(s) as of %1.</source>
        <translation>
            <numerusform>%n schedule as of %1.</numerusform>
            <numerusform>%n schedules as of %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::MainWindow</name>
    <message numerus="yes">
        <source>Opened %1 (%n line(s))</source>
        <translation>
            <numerusform>Opened %1 (%n line)</numerusform>
            <numerusform>Opened %1 (%n lines)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the volumes of this machine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Fleet Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleet configs (*.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Quartermaster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open alert(s), %1 critical</source>
        <translation>
            <numerusform>%n open alert, %1 critical</numerusform>
            <numerusform>%n open alerts, %1 critical</numerusform>
        </translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 running, %2 queued; %n failed since you last looked</source>
        <translation>
            <numerusform>%1 running, %2 queued; %n failed since you last looked</numerusform>
            <numerusform>%1 running, %2 queued; %n failed since you last looked</numerusform>
        </translation>
    </message>
    <message>
        <source>Jobs (%1 failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs (%1 running)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::MinerSettingsModel</name>
    <message>
        <source>this machine: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::MinerSettingsTimeline</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: larger than 64 MiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::MinerSettingsView</name>
    <message>
        <source>Filter by setting or data directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data directory has been read, so there is no miner settings history to show. Each miner&apos;s %1 is read from the top of its data directory: add one of this machine under Data Directories, or give hosts a data_dir in the config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data directory has a %1 with settings changes. It is looked for at the top of each data directory read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n setting change(s)</source>
        <translation>
            <numerusform>%n setting change</numerusform>
            <numerusform>%n setting changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n setting change(s) shown</source>
        <translation>
            <numerusform>%1 of %n setting change shown</numerusform>
            <numerusform>%1 of %n setting changes shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) not readable, skipped</source>
        <translation>
            <numerusform>%n line not readable, skipped</numerusform>
            <numerusform>%n lines not readable, skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::MountTable</name>
    <message>
        <source>Cannot read the mount table: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the mount table %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mount table %1 lists no mounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::NewJobDialog</name>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/path, HOST:/path or rclone:REMOTE:path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete files the source no longer has, at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run rsync on the source host and push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tar + zstd (.tar.zst)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tar + gzip (.tar.gz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Root:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files &amp;older than:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/path or HOST:/path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any name; or patterns such as *.tmp *.log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete for good from the host&apos;s quarantine (no undo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of this machine go to its trash; files of a host to a quarantine folder on that host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Now, once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Daily at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catch up a run missed while no runner was going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the job and show what it would do (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every host of the config and this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A receiver of this data by the routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Schedule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This schedule&apos;s job (%1) cannot be edited here; remove it and add a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review shows what this job would do, as qmctl prints it; nothing is queued before that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewing… (a plan or dry run may take a while on a host)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be scheduled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each run plans again and removes what its own plan lists; this is what it would remove now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue it, and the job carries out exactly this plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: nothing is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not queued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder of this machine; for /path empty means /path/archives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive &amp;into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is written on this machine and verified by reading it back before the originals go: to the trash here, to a quarantine folder on a host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not queued: choose “Archive into”, the folder of this machine the archive of %1 is written into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded logs.sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines &amp;older than:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lines go in batches of a few thousand, each its own transaction, so the fleet&apos;s writers are not held up. Deleted lines cannot be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLAN.csv saved by qmctl orphans scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an orphan plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orphan plans (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cap; or a size such as 500G or 2TB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most &amp;a run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most a run (&amp;bytes):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each batch is checked against the database and the store just before it moves to the quarantine; a run goes on where the last one stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a location scanned before: /srv/store, rclone:REMOTE:bucket, HOST:/path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scan only: keep the figures, move nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each run scans again with the rule of the location&apos;s last scan, then moves what is orphaned into the quarantine in checked batches; over the share limit it moves nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/srv/store, rclone:REMOTE:bucket, HOST:/path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the location and keeps its size in the history: its trend on the Storage page, and the alerts of a backup (Stale backup) or a location with a limit. Reads only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no size rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no age rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zstd (.zst)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gzip (.gz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over &amp;size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or &amp;older than:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compression:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Machine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Daemon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the daemon&apos;s start, stop or restart on the machine, then looks again until it is as it should be. The daemons are those a checks file names (qmctl health import).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/var/log/sync.log, a glob (/var/log/miner-*.log), or HOST:/var/log/sync.log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets the log aside, compresses it and reads it back before the uncompressed copy goes; rotations beyond those kept move to the folder&apos;s quarantine. A log a process holds open is cut so that what it writes meanwhile stays in it. A host&apos;s log (HOST:/path) is rotated by the host&apos;s own zstd or gzip over ssh.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::NodeExporterClient</name>
    <message>
        <source>&apos;%1&apos; is not an http or https URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a reserved .invalid name: it is never looked up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent more than %2 MB: not a node_exporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a node_exporter exposition (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reports no node_filesystem series: is the filesystem collector off?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::ObjectListing</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the listing was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) under %1 could not be read: %2</source>
        <translation>
            <numerusform>%n folder under %1 could not be read: %2</numerusform>
            <numerusform>%n folders under %1 could not be read: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) of %1 could not be read: a listing with holes would make what is in them look orphaned</source>
        <translation>
            <numerusform>%n folder of %1 could not be read: a listing with holes would make what is in it look orphaned</numerusform>
            <numerusform>%n folders of %1 could not be read: a listing with holes would make what is in them look orphaned</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a host of the config (give --config FILE)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::OrphanClean</name>
    <message>
        <source>cannot read the audit log %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the audit log %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not moved %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move %1 into the quarantine: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found in the quarantine after an interrupted run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it changed since the plan was made (now %1, modified %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot list what the batch moved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is still there after the move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; nothing was moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cleaning up %n key(s) (%1) of %2 into %3</source>
        <translation>
            <numerusform>Cleaning up %n key (%1) of %2 into %3</numerusform>
            <numerusform>Cleaning up %n keys (%1) of %2 into %3</numerusform>
        </translation>
    </message>
    <message>
        <source>the reference check failed, so nothing more was moved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referenced again since the plan was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancelled with %n key(s) not reached</source>
        <translation>
            <numerusform>Cancelled with %n key not reached</numerusform>
            <numerusform>Cancelled with %n keys not reached</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) could not be moved; the first: %1</source>
        <translation>
            <numerusform>%n key could not be moved; the first: %1</numerusform>
            <numerusform>%n keys could not be moved; the first: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read %1, the plan&apos;s description: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not the description of an orphan plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the plan&apos;s location does not read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the plan %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an orphan plan (its first line is not key,bytes,modifiedAt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 of the plan %2 does not read (key,bytes,modifiedAt); nothing was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan %1 is damaged: “%2” is not a key inside the location, or is listed twice; nothing was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan %1 does not add up to the totals of %2 (a file was cut or edited?); nothing was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another run of this plan is going on (its audit log %1 is in use): wait for it to end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot lock the audit log %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the quarantine folder %1 (it must be a folder of the location, not a link): %2; nothing was moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make its folder in the quarantine %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was saved by an earlier version, with times to the second only: scan again to make a plan that can be carried out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot list %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::OrphanScanRun</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::OrphansCleanJob</name>
    <message>
        <source>the job names no orphan plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved orphan cleanup plan cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n object(s) (%1) of %2 into its quarantine</source>
        <translation>
            <numerusform>Move %n object (%1) of %2 into its quarantine</numerusform>
            <numerusform>Move %n objects (%1) of %2 into its quarantine</numerusform>
        </translation>
    </message>
    <message>
        <source>Freed now: %1; held in the quarantine: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Plan: %1, %n key(s)</source>
        <translation>
            <numerusform>Plan: %1, %n key</numerusform>
            <numerusform>Plan: %1, %n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dealt with by earlier runs: %n key(s)</source>
        <translation>
            <numerusform>Dealt with by earlier runs: %n key</numerusform>
            <numerusform>Dealt with by earlier runs: %n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept, referenced again since the plan: %n key(s)</source>
        <translation>
            <numerusform>Kept, referenced again since the plan: %n key</numerusform>
            <numerusform>Kept, referenced again since the plan: %n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept, changed since the plan: %n object(s)</source>
        <translation>
            <numerusform>Kept, changed since the plan: %n object</numerusform>
            <numerusform>Kept, changed since the plan: %n objects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left for a later run (the caps): %n key(s)</source>
        <translation>
            <numerusform>Left for a later run (the caps): %n key</numerusform>
            <numerusform>Left for a later run (the caps): %n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n object(s) (%1) into %2</source>
        <translation>
            <numerusform>Moved %n object (%1) into %2</numerusform>
            <numerusform>Moved %n objects (%1) into %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left for a later run: %n key(s)</source>
        <translation>
            <numerusform>Left for a later run: %n key</numerusform>
            <numerusform>Left for a later run: %n keys</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::OrphansLifecycleJob</name>
    <message>
        <source>the job names no location and rule to scan it with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not been scanned for orphans yet: scan it once (qmctl orphans scan, or the Storage page) and look at what it finds; the job scans with the rule of its last scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last scan of %1 was made by an earlier version, which did not keep its rule: scan it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Scan %1 for objects that %2 does not reference, older than %n day(s)</source>
        <translation>
            <numerusform>Scan %1 for objects that %2 does not reference, older than %n day</numerusform>
            <numerusform>Scan %1 for objects that %2 does not reference, older than %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop without moving anything when orphans are over %1 of the location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan only: nothing is moved (--max-objects 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Then move the orphans into the location&apos;s quarantine, %n key(s) a batch, each batch checked against the references again</source>
        <translation>
            <numerusform>Then move the orphans into the location&apos;s quarantine, %n key a batch, each batch checked against the references again</numerusform>
            <numerusform>Then move the orphans into the location&apos;s quarantine, %n keys a batch, each batch checked against the references again</numerusform>
        </translation>
    </message>
    <message>
        <source>At most a run: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any number of objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n object</numerusform>
            <numerusform>%n objects</numerusform>
        </translation>
    </message>
    <message>
        <source>any size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning %1 against %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scan failed, so nothing was moved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) listed (%1); orphaned: %2 (%3), %4</source>
        <translation>
            <numerusform>%n object listed (%1); orphaned: %2 (%3), %4</numerusform>
            <numerusform>%n objects listed (%1); orphaned: %2 (%3), %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to clean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan only: nothing moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orphans are %1 of %2, over the rule&apos;s limit of %3: nothing was moved. Look at the scan on the Storage page; if it is right, scan it there with a higher limit and schedule the job again (a job keeps the rule it was made with)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove the old lifecycle plan %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed the lifecycle plan %1, older than %n day(s) (its audit log is kept)</source>
        <translation>
            <numerusform>Removed the lifecycle plan %1, older than %n day (its audit log is kept)</numerusform>
            <numerusform>Removed the lifecycle plan %1, older than %n days (its audit log is kept)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::PasswordDialog</name>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks for a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of the database&apos;s user; never written to the settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the password in the system keychain (gnome-keyring, KWallet, macOS Keychain) for the next start; unchecked, it is kept until Quartermaster quits and any stored one is deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::PlyFile</name>
    <message>
        <source>record %1 of %2 of element %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no end_header in the first %1 bytes: the header is too long or missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a PLY file: it does not start with “ply”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header ends without end_header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second or malformed format line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown PLY version “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a malformed element line (element NAME COUNT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a property before any element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>element %1 has more than %2 properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a malformed property line (property TYPE NAME, or property list COUNT_TYPE TYPE NAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown type “%1” of property %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the length of list %1 cannot be a floating-point number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end_header before any format line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown header line “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>element %1 says %2, the file holds %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>element %1 says %2, the file has room for at most %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no vertex element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vertices have no x, y and z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number (%2, property %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list length “%1” is impossible (%2, property %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list item is missing or not a number (%1, property %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list %1 of %2 says %3 items, more than the file holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file is open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::PreferencesDialog</name>
    <message>
        <source>The critical threshold must not be above the warning threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give at least one category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data categories: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected processes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The free space thresholds of the General tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max_disk_usage_percent of the fleet config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limits below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data category size limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An alert clears once the value is this far past the threshold on the good side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An alert is raised only once its condition has held this long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts: %1: the critical threshold must not be milder than the warning threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data category size limits: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History: hourly figures must be kept at least as long as every probe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage location limits: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking at the job runner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled jobs run only while this window is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled jobs run with the window closed: the job runner is a %1 service of your session (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job runner is installed as a %1 service (%2) but is not running: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Only With the &amp;Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;With the Window Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::ProbeHost</name>
    <message>
        <source>no URL given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a URL: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http or https URL (node_exporter listens on http://HOST:9100/metrics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no host</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::ProblemsModel</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::ProcessGroup</name>
    <message>
        <source>cannot stop process group %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process group %1 is still running after SIGKILL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::ProcessRunner</name>
    <message>
        <source>cannot run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not finish within %2 s and was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped on request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output passed %1 bytes and was cut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::PrometheusText</name>
    <message>
        <source>a metric name must start with a letter, &apos;_&apos; or &apos;:&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a label name is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;=&apos; is missing after label %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of label %1 is not quoted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of label %1 is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;}&apos; expected after label %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a space and a value are expected after the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node_exporter reports an error reading this filesystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node_exporter gives no usable size for this filesystem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::ProtectedRoots</name>
    <message>
        <source>the root of the filesystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a system folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside the system folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a home folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder of the system or of all users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the root of the filesystem mounted there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to act on %1: it is %2. Name it with --allow-protected-root %1 to do it all the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::RcloneObjects</name>
    <message>
        <source>rclone is not installed (Debian: rclone; Homebrew: rclone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the listing was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rclone could not list %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>rclone&apos;s listing of %1 was not whole (%n entry(s) could not be read)</source>
        <translation>
            <numerusform>rclone&apos;s listing of %1 was not whole (%n entry could not be read)</numerusform>
            <numerusform>rclone&apos;s listing of %1 was not whole (%n entries could not be read)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::ReasonChart</name>
    <message>
        <source>Samples per rejection reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::ReferenceSource</name>
    <message>
        <source>the reference database %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot query %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reference query failed on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reference query was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the reference file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reference file %1 has no column “%2” in its first line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reference file %1 has a quote that is never closed in record %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 of the reference file %2 has no column “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gave no key at all: refusing to take every object for an orphan (is the query, the file or the database right?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gives no key any more: stopped, nothing more is moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reference database does not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reference source is named</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::ReplicationJob</name>
    <message numerus="yes">
        <source>%n folder(s) measured</source>
        <translation>
            <numerusform>%n folder measured</numerusform>
            <numerusform>%n folders measured</numerusform>
        </translation>
    </message>
    <message>
        <source>the job&apos;s routes cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the job names no replication target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not measured: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n file(s) of %2 with fewer than %3 copies</source>
        <translation>
            <numerusform>%1: %n file of %2 with fewer than %3 copies</numerusform>
            <numerusform>%1: %n files of %2 with fewer than %3 copies</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: receiver %2 not measured: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Measured %1 of %n folder(s): %2 file(s), %3 with fewer than %4 copies.</source>
        <translation>
            <numerusform>Measured %1 of %n folder: %2 file(s), %3 with fewer than %4 copies.</numerusform>
            <numerusform>Measured %1 of %n folders: %2 file(s), %3 with fewer than %4 copies.</numerusform>
        </translation>
    </message>
    <message>
        <source>not measured: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: backup %2 not listed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: backup %2 lacks %n file(s) (%3)</source>
        <translation>
            <numerusform>%1: backup %2 lacks %n file (%3)</numerusform>
            <numerusform>%1: backup %2 lacks %n files (%3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::ReplicationListing</name>
    <message numerus="yes">
        <source>%n byte(s) of binary data</source>
        <translation>
            <numerusform>%n byte of binary data</numerusform>
            <numerusform>%n bytes of binary data</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::ReplicationModel</name>
    <message>
        <source>Games</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training data (npz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measuring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed (see details)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n receiver(s) not measured</source>
        <translation>
            <numerusform>%1, %n receiver not measured</numerusform>
            <numerusform>%1, %n receivers not measured</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of the producer with fewer copies than replication_target among the receivers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How old the oldest of those files was when measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts that do not receive this data, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receivers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s)</source>
        <translation>
            <numerusform>%n backup</numerusform>
            <numerusform>%n backups</numerusform>
        </translation>
    </message>
    <message>
        <source>backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::ReplicationPage</name>
    <message>
        <source> (external storage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (priority host)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured %1 against replication_target %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) (%1) in the folder.</source>
        <translation>
            <numerusform>%n file (%1) in the folder.</numerusform>
            <numerusform>%n files (%1) in the folder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every file has at least %n copy(ies) among the receivers.</source>
        <translation>
            <numerusform>Every file has at least %n copy among the receivers.</numerusform>
            <numerusform>Every file has at least %n copies among the receivers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) (%1) have fewer than %2 copies; the oldest was %3 old (modified %4).</source>
        <translation>
            <numerusform>%n file (%1) has fewer than %2 copies; the oldest was %3 old (modified %4).</numerusform>
            <numerusform>%n files (%1) have fewer than %2 copies; the oldest was %3 old (modified %4).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being measured…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not measured yet: Measure compares this folder with each receiver (rsync dry runs, nothing is copied).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measurement failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receivers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured, counts as no copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds every file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>lacks %n file(s) (%1) or holds another version</source>
        <translation>
            <numerusform>lacks %n file (%1) or holds another version</numerusform>
            <numerusform>lacks %n files (%1) or holds other versions</numerusform>
        </translation>
    </message>
    <message>
        <source>No host may receive this data: every file is at risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, modified %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Oldest files at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync Now copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the dry runs under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m dry runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Measuring the replication of %n folder(s)…</source>
        <translation>
            <numerusform>Measuring the replication of %n folder…</numerusform>
            <numerusform>Measuring the replication of %n folders…</numerusform>
        </translation>
    </message>
    <message>
        <source>Replication measurement cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Asked for %n sync(s) of %1 %2 to %3</source>
        <translation>
            <numerusform>Asked for %n sync of %1 %2 to %3</numerusform>
            <numerusform>Asked for %n syncs of %1 %2 to %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a fleet config first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The config sets no sync_routing.replication_target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncs are queued from here once the app runs the job queue; until then, `qmctl jobs add sync` takes the endpoints the details list under “Sync Now copies”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue the syncs that bring this data to replication_target copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a measured row with files at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No config open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The config sets no replication_target</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Target: %n copy(ies)</source>
        <translation>
            <numerusform>Target: %n copy</numerusform>
            <numerusform>Target: %n copies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · at risk: %n file(s), %1 in %2 of %3 measured folder(s)</source>
        <translation>
            <numerusform> · at risk: %n file, %1 in %2 of %3 measured folder(s)</numerusform>
            <numerusform> · at risk: %n files, %1 in %2 of %3 measured folder(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n folder(s) could not be measured</source>
        <translation>
            <numerusform> · %n folder could not be measured</numerusform>
            <numerusform> · %n folders could not be measured</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a fleet config (File ▸ Open Config…) to see where each host&apos;s data is replicated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The config sets no sync_routing.replication_target: there is no number of copies to measure against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row to see its receivers, why other hosts are skipped, and the oldest files at risk. Measure compares each folder with its receivers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued in the job queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued in the job queue (job %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring: job %1 on the Jobs page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication measurement stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication measurement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurements run in the app&apos;s job queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare each folder with its receivers now (rsync dry runs; nothing is copied), as a job of the queue (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ready host of the config has a folder for games, npz or models: neither storage_paths (keys games, training_data or npz, models) nor ringrift_path (its data/games, data/training and models folders) names one. There is nothing to measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Only %n host(s) or backup(s) may hold it: the target cannot be reached.</source>
        <translation>
            <numerusform>Only %n host or backup may hold it: the target cannot be reached.</numerusform>
            <numerusform>Only %n hosts or backups may hold it: the target cannot be reached.</numerusform>
        </translation>
    </message>
    <message>
        <source>not listed, counts as no copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>lacks %n file(s) (%1) or holds another size</source>
        <translation>
            <numerusform>lacks %n file (%1) or holds another size</numerusform>
            <numerusform>lacks %n files (%1) or holds other sizes</numerusform>
        </translation>
    </message>
    <message>
        <source>; it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 objects, %2, newest %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::ReplicationRoute</name>
    <message>
        <source>status is &apos;%1&apos;, not &apos;ready&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excluded from %1 in sync_routing.excluded_hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listed in auto_sync.exclude_hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ephemeral: its copy goes when it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not probed yet: its disk use is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not answer its last probe: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>external storage %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is at %2, at or above max_disk_usage_percent %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>producer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto_sync excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not mounted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the producer itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no folder for %1: neither storage_paths, ringrift_path nor external storage names one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::RouteMeasurement</name>
    <message>
        <source>“%1” is not a host of the config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the dry run took longer than %n minute(s) and was stopped</source>
        <translation>
            <numerusform>the dry run took longer than %n minute and was stopped</numerusform>
            <numerusform>the dry run took longer than %n minutes and was stopped</numerusform>
        </translation>
    </message>
    <message>
        <source>rsync failed (exit %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dry run printed no rsync statistics: its output was cut off or is not rsync&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dry run printed something that is not rsync&apos;s output: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names no folder for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be reached from here: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: what %3 holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: listing its files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the files of %1 on %2 cannot be listed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: what the backup %3 holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the listing of %1 was not kept: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::RoutingForm</name>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop syncing to a host at (max_disk_usage_percent):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean up down to (target_disk_usage_percent):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep free at least (min_free_disk_percent):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies of each game (replication_target):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded from receiving (sync_routing.excluded_hosts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded from auto sync (auto_sync.exclude_hosts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority hosts (sync_routing.priority_hosts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P2P voters (p2p_voters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External storage (sync_routing.allowed_external_storage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Games</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cleanup target (%1 %) must be below the maximum (%2 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A maximum of %1 % leaves less than the %2 % that must stay free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written to the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::RunnerLock</name>
    <message>
        <source>%1, process %2 on this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, process %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the lock file (permission denied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another process</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::RunnerService</name>
    <message>
        <source>%1 is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an executable qmctl with a full path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make the folder of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is written, but the service manager did not start it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; started, and started again at each login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not installed (%1 is not there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is there and differs, and cannot be moved to the trash: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1 (the one it replaces is in the trash: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move %1 to the trash: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped, and moved %1 to the trash (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::SafeFixes</name>
    <message>
        <source>together with the other fixes it would leave p2p_voters empty: with no voters no leader can be elected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>together with the other fixes it would leave sync_routing.priority_hosts empty: no host would receive data first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the result would not load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it would add a problem: %1[%2] %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it would not resolve the problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>together with the other fixes it would add a problem: %1[%2] %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>together with the other fixes the result would not load</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::SampleCache</name>
    <message>
        <source>%1 is %2, more than the sample cache holds (%3): raise the cache size in Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a host of the config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the sample cache folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sample cache %1 cannot make room for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fetch of %1 was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is larger than when it was listed: reload the samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be fetched from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 is %3 now, not %4 as listed: it changed, reload the samples</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::SampleCleanupDialog</name>
    <message>
        <source>Clean Up Samples by Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Selected Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected samples are removed when every rule ticked allows it. A sample&apos;s age is its log timestamp, else its file&apos;s modification time. Accepted outputs are never removed by a rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest per reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest per host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue Cleanup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sample matches: nothing would be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Would remove %n sample(s), %1.</source>
        <translation>
            <numerusform>Would remove %n sample, %1.</numerusform>
            <numerusform>Would remove %n samples, %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on this machine go to the trash (%1, freed when it is emptied).</source>
        <translation>
            <numerusform>%n on this machine goes to the trash (%1, freed when it is emptied).</numerusform>
            <numerusform>%n on this machine go to the trash (%1, freed when it is emptied).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on %1 go to the quarantine folder of their ply_files.</source>
        <translation>
            <numerusform>%n on %1 goes to the quarantine folder of its ply_files.</numerusform>
            <numerusform>%n on %1 go to the quarantine folder of their ply_files.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cleanup runs as a job of the queue: a sample changed since this plan is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::SampleDetails</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop fetching this sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a sample to see why it was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration in force then (miner_config_history.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>miner_config_history.jsonl has no record that old.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sample cache: the sample cannot be fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching %1 from %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Splats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaussian splat, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>point cloud, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounding box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1, %2, %3) to (%4, %5, %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 × %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken vertices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with a NaN or infinite coordinate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean %1 (min %2, max %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (threshold %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLIP score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaussians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Miner version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Miner config of the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generation_history.jsonl has no entry for this sample: its time is the file&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Far outliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n splat(s) far from the rest: drawn, but the view is framed on the other %1</source>
        <translation>
            <numerusform>%n splat far from the rest: drawn, but the view is framed on the other %1</numerusform>
            <numerusform>%n splats far from the rest: drawn, but the view is framed on the other %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::SampleFilterBar</name>
    <message>
        <source>Rejected samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search file, generation, prompt (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLIP score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this machine: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All data directories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::SampleIndex</name>
    <message>
        <source>Reading the samples was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln symbolic link(s) among the samples left out: links are never followed</source>
        <translation>
            <numerusform>%Ln symbolic link among the samples left out: links are never followed</numerusform>
            <numerusform>%Ln symbolic links among the samples left out: links are never followed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln folder(s) under ply_files could not be read</source>
        <translation>
            <numerusform>%Ln folder under ply_files could not be read</numerusform>
            <numerusform>%Ln folders under ply_files could not be read</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a folder that can be read (give the miner&apos;s data directory, the one holding generation_history.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a host of the config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data directory must be an absolute path, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder on %2 (give the miner&apos;s data directory)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::SampleRetention</name>
    <message numerus="yes">
        <source>older than %Ln day(s)</source>
        <translation>
            <numerusform>older than %Ln day</numerusform>
            <numerusform>older than %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>keeping the newest %Ln per reason</source>
        <translation>
            <numerusform>keeping the newest %Ln per reason</numerusform>
            <numerusform>keeping the newest %Ln per reason</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>keeping the newest %Ln per host</source>
        <translation>
            <numerusform>keeping the newest %Ln per host</numerusform>
            <numerusform>keeping the newest %Ln per host</numerusform>
        </translation>
    </message>
    <message>
        <source>no rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::SamplesModel</name>
    <message>
        <source>(accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in the log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generation_history.jsonl has no entry for this sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLIP score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaussians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLIP check failed (score %1, threshold %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLIP score %1 below the threshold %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLIP score %1 below the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLIP score below the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too few gaussians: %1 below the threshold %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too few gaussians: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too few gaussians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rejected sample(s)</source>
        <translation>
            <numerusform>%n rejected sample</numerusform>
            <numerusform>%n rejected samples</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accepted output(s)</source>
        <translation>
            <numerusform>%n accepted output</numerusform>
            <numerusform>%n accepted outputs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in other data directories</source>
        <translation>
            <numerusform>%n in other data directories</numerusform>
            <numerusform>%n in other data directories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with another reason</source>
        <translation>
            <numerusform>%n with another reason</numerusform>
            <numerusform>%n with another reason</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n made outside the dates</source>
        <translation>
            <numerusform>%n made outside the dates</numerusform>
            <numerusform>%n made outside the dates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outside the CLIP score range</source>
        <translation>
            <numerusform>%n outside the CLIP score range</numerusform>
            <numerusform>%n outside the CLIP score range</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not matching “%1”</source>
        <translation>
            <numerusform>%n not matching “%1”</numerusform>
            <numerusform>%n not matching “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::SamplesPage</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the data directories again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean Up by Rule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Directories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data directory yet: add one of this machine under Data Directories, or give hosts a data_dir in the config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading %n data director(ies)…</source>
        <translation>
            <numerusform>Reading %n data directory…</numerusform>
            <numerusform>Reading %n data directories…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n generation(s) pending for more than an hour</source>
        <translation>
            <numerusform>%1: %n generation pending for more than an hour</numerusform>
            <numerusform>%1: %n generations pending for more than an hour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s)</source>
        <translation>
            <numerusform>%n sample</numerusform>
            <numerusform>%n samples</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n log line(s) not readable, skipped</source>
        <translation>
            <numerusform>%n log line not readable, skipped</numerusform>
            <numerusform>%n log lines not readable, skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (and %n more: hover)</source>
        <translation>
            <numerusform> (and %n more: hover)</numerusform>
            <numerusform> (and %n more: hover)</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a Miner Data Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Data Directory of This Machine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2 (data_dir in the config)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job queue is not available: cleanups cannot run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the removal of the selected samples (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review a retention rule over the samples shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n sample(s) shown — %2 hidden by the filters (%3)</source>
        <translation>
            <numerusform>%1 of %n sample shown — %2 hidden by the filters (%3)</numerusform>
            <numerusform>%1 of %n samples shown — %2 hidden by the filters (%3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n cleanup job(s) for %1: see the Jobs page</source>
        <translation>
            <numerusform>Queued %n cleanup job for %1: see the Jobs page</numerusform>
            <numerusform>Queued %n cleanup jobs for %1: see the Jobs page</numerusform>
        </translation>
    </message>
    <message>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::ScheduleTimeline</name>
    <message>
        <source>every minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedules over the next 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per schedule, a mark per run. Up and Down choose a schedule, Left and Right step through its runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no run within 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 or more runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 of %2 within 24 h (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No schedules to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::Schedules</name>
    <message>
        <source>%1 “%2”: the step is not a number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2” is not a range within %3–%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2” is not within %3–%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2” runs backwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not read here (time zones and other forms are not)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: the last days of a month (~) are not read here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date Y-M-D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: a year of its own is not read here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time H:M[:S]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: seconds other than 0 are not read here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line of a cron.d file has the times, a user and a command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a crontab line has five times (or @daily, …) and a command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a cron schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 after boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 after it (or the timer) last ran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a timer with no On…= time in its [Timer] section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an XML property list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty property list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value out of its range in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StartInterval is not a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %1 s, counted from when it was loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when it is loaded (at login or boot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no schedule: it runs when started or kept alive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schedules could not be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::SchedulesView</name>
    <message>
        <source>&amp;New Schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat a sync, archive, cleanup or probe (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A schedule queues its job again and again; a sync that deletes is never scheduled (each needs its dry run reviewed). The box before a schedule enables it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, catches up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (job %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the schedule “%1” (%2)? The jobs it queued stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::SpaceAgeChart</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::SpaceModel</name>
    <message>
        <source>%1 is another filesystem: not scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::SpacePage</name>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder, or HOST:/path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to scan: a folder of this machine, or HOST:/path of a host of the config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour by file type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour by age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age of the selected folder&apos;s files (bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in File Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lean Up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scan Folder Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a folder to scan, or HOST:/path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a host of the open config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning %1… %2 in %3 files, %4 folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not scan %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: %1 in %2 files so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 in %3 files, %4 folders, scanned in %5 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n folder(s) could not be read)</source>
        <translation>
            <numerusform>(%n folder could not be read)</numerusform>
            <numerusform>(%n folders could not be read)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::SpaceScan</name>
    <message>
        <source>the listing of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::SpaceTree</name>
    <message>
        <source>&lt; 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; 1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents and text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code and programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models and data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::SpaceTreemap</name>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::SplatPreview</name>
    <message>
        <source>No sample selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag: orbit · Shift-drag: pan · Wheel: zoom · R: reset · B: background</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rendering %Ln splat(s)…</source>
        <translation>
            <numerusform>Rendering %Ln splat…</numerusform>
            <numerusform>Rendering %Ln splats…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln splat(s) (decimated)</source>
        <translation>
            <numerusform>%1 of %Ln splat (decimated)</numerusform>
            <numerusform>%1 of %Ln splats (decimated)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln splat(s)</source>
        <translation>
            <numerusform>%Ln splat</numerusform>
            <numerusform>%Ln splats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::SqlConnection</name>
    <message>
        <source>cannot reach %1: QtSql&apos;s PostgreSQL driver (QPSQL) is not installed (Debian: libqt6sql6-psql)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Quartermaster database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the tables in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Quartermaster (schema %2; this one knows %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::SqlLocation</name>
    <message>
        <source>the value of %1 may not hold &apos;;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a port number (1 to 65535)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a connection parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a database address: give sqlite:/path/to/file or postgresql://user@host:port/database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names no SQLite file: give sqlite:/path/to/file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::SshTransport</name>
    <message>
        <source>the OpenSSH client (ssh) is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a usable SSH host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh cannot read its configuration for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a reserved .invalid name: it is never looked up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection on port %2: is sshd running there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 port %2 accepted the connection but sent no SSH greeting: is this an SSH server?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 port %2 does not answer as an SSH server (it said: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh-keygen is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host key of %1 is not in known_hosts: check its fingerprint and accept it to connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host key of %1 has changed since it was accepted: the host was reinstalled, or someone is impersonating it. Check before trusting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused every key offered: install your public key in its authorized_keys, or set ssh_key (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 port %2 does not answer as an SSH server: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh-keyscan and ssh-keygen are needed to read host keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 port %2 presented no SSH host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh uses no known_hosts file for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::StorageMetrics</name>
    <message>
        <source>%1 is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::StoragePage</name>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orphaned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orphan scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/path, HOST:/path or rclone:REMOTE:bucket/prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file of keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;References:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postgresql://user@host:port/db or sqlite:/path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SELECT storage_path FROM datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Query:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file of keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one key a line; or the CSV column&apos;s header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV &amp;column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strip, e.g. s3://bucket/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>then add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key &amp;mapping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objects modified more recently are never orphans (an upload whose row is not written yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan is saved when more of the objects or bytes would be orphans: check the query, the mapping and the location first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum &amp;age:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the location (Ctrl+R): nothing is deleted, a plan is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scan yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orphans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clean Up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the plan&apos;s orphans into the location&apos;s quarantine: a job, reviewed before it is queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Empty Quarantine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete for good what the location&apos;s quarantine has held for more than 7 days, after a confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every key the plan&apos;s cleanups moved, kept or found gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning %1: %2 objects listed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage locations cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the query that returns the referenced keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the file of referenced keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the references…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) referenced, e.g. %1</source>
        <translation>
            <numerusform>%n key referenced, e.g. %1</numerusform>
            <numerusform>%n keys referenced, e.g. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 orphaned, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 objects, %3; %4 keys referenced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept for their age: %1 objects, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: %1 referenced keys the location does not hold, e.g. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan: %1 of the objects or bytes would be orphans, over the limit of %2 %. Check the query, the mapping and the location; raise the limit only if it is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan saved to %1. Freed now by a cleanup: %2; held in the quarantine: %3 until it is emptied. Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orphans: no plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not kept in the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(objects in no folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quarantine of %1 holds nothing older than 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete for good %1 objects (%2) that the quarantine of %3 has held for more than 7 days? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1 objects for good; freed %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the quarantine of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse a plan &amp;over:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location&apos;s size at its scans of the last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the location holds by top-level folder, largest first, and the plan&apos;s orphans in each</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) in the last 90 days</source>
        <translation>
            <numerusform>%n scan in the last 90 days</numerusform>
            <numerusform>%n scans in the last 90 days</numerusform>
        </translation>
    </message>
    <message>
        <source>The Prometheus gauges were not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host&apos;s data kind this location backs up (Backup Of…): the replication measurement counts it as a copy, and the Stale backup alert watches it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every location scanned or listed here, by a job or with qmctl, as its last scan found it. Select one to scan it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup Of…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name this location the backup of a host&apos;s games, npz or models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;hedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uneven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scanned for orphans: only listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the location first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup Of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a copy of a host&apos;s folder for one data kind, at the same paths (a backup daemon&apos;s mirror). The replication measurement then counts each file it holds with the same size as a copy, and the Stale backup alert watches its newest object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not a Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer named a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: give the host whose data %1 backs up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the backup of %2 %3: Measure on the Replication page counts its copies and lists it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How fast the location grows: a line fitted to its sizes of the last 30 days; with a limit (Preferences, Alerts), when it reaches it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over its limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limit in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit %1 (Preferences, Alerts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As scanned at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scanned for orphans: only listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 objects, %3 at its last listing (%4); its largest folders below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lifecycle job: scan this location every night with the rule of its last scan and move what is orphaned then into the quarantine, within caps; reviewed before it is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A listing job: list this location every night and keep its size in the history (its trend, and the alerts of a backup or a limit); reviewed before it is saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::StorageQuarantine</name>
    <message>
        <source>cannot write the audit log %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot delete %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder (a link?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emptied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) are still in the quarantine</source>
        <translation>
            <numerusform>%n object is still in the quarantine</numerusform>
            <numerusform>%n objects are still in the quarantine</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::SyncCommand</name>
    <message>
        <source>“%1”: an rclone endpoint is written rclone:REMOTE:path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: the host name is not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: the path on the host must be absolute (or start with ~)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an endpoint: write /path, HOST:/path or rclone:REMOTE:path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rclone syncs run between this machine and a remote: give the host as an rclone remote (sftp) instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a host of the config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no usable ssh_host</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::SyncJob</name>
    <message>
        <source>“%1” is not a host of the config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) to copy (%1)</source>
        <translation>
            <numerusform>%n file to copy (%1)</numerusform>
            <numerusform>%n files to copy (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) to delete at the destination:</source>
        <translation>
            <numerusform>%n file to delete at the destination:</numerusform>
            <numerusform>%n files to delete at the destination:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more</source>
        <translation>
            <numerusform>  … and %n more</numerusform>
            <numerusform>  … and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rsync is not installed on %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rsync on %1 is %2.%3; 3.1 or newer is needed (macOS: install it with Homebrew and set the host&apos;s rsync_path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the destination %1 does not exist; Quartermaster never creates a destination root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the destination %1 does not exist on %2; Quartermaster never creates a destination root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source %1 is empty: nothing to sync (an unmounted drive?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source %1 cannot be listed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source %1 is empty: nothing to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source and the destination are the same place, or one lies inside the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the external storage %1 is not mounted (%2 lies on %3): nothing is synced there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the destination is %1 % full, at or above max_disk_usage_percent (%2 %): it receives no sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dry run failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the destination has %1 free; the sync needs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sync would leave the destination with less than min_free_disk_percent (%1 %) free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sync that deletes needs a reviewed plan: queue it again with its dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the destination changed since the plan was reviewed: %n deletion(s) not in the plan; nothing was deleted. Review the new plan and queue it again</source>
        <translation>
            <numerusform>the destination changed since the plan was reviewed: %n deletion not in the plan; nothing was deleted. Review the new plan and queue it again</numerusform>
            <numerusform>the destination changed since the plan was reviewed: %n deletions not in the plan; nothing was deleted. Review the new plan and queue it again</numerusform>
        </translation>
    </message>
    <message>
        <source>some source files vanished while the sync ran; the rest is copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>rsync stopped deleting at the cap of %n file(s) (--max-delete)</source>
        <translation>
            <numerusform>rsync stopped deleting at the cap of %n file (--max-delete)</numerusform>
            <numerusform>rsync stopped deleting at the cap of %n files (--max-delete)</numerusform>
        </translation>
    </message>
    <message>
        <source>the connection failed (exit %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed (exit %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done: %1 copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::SystemVolumes</name>
    <message>
        <source>kernel pseudo-filesystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel or device filesystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runtime memory filesystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snap package image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>container layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file bind mount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>macOS system volume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::ThumbnailCache</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot draw %1: there is no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot draw %1: %2 (at byte %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no vertices: there is nothing to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not a Gaussian splat: a plain point cloud of %n point(s), without an opacity and a size per splat.</source>
        <translation>
            <numerusform>Not a Gaussian splat: a plain point cloud of %n point, without an opacity and a size per splat.</numerusform>
            <numerusform>Not a Gaussian splat: a plain point cloud of %n points, without an opacity and a size per splat.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::Trash</name>
    <message>
        <source>its name is too long for the trash&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no usable trash folder on its filesystem or in the home folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trash folder %1 cannot be written to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk holding the trash (%1) is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move %1 to the trash: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path is not absolute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no usable trash folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is still in place after the move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system gave no reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::TrendsChart</name>
    <message>
        <source>used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2: %3 % used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (forecast)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:mm</source>
        <comment>time axis: a time of day (a QTime format)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (used ÷ size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, forecast
%2: %3 % used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2: about %3 % used (used ÷ size: its free space was not recorded then)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2: %3 (all categories: %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::TrendsPage</name>
    <message>
        <source>24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;What grew&lt;/b&gt; — per host and data category, largest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No history yet: it begins with the first probe (Hosts page), or import samples with &lt;tt&gt;qmctl history import&lt;/tt&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max_disk_usage_percent %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target_disk_usage_percent %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s), %1 – %2</source>
        <translation>
            <numerusform>%n volume, %1 – %2</numerusform>
            <numerusform>%n volumes, %1 – %2</numerusform>
        </translation>
    </message>
    <message>
        <source>; dashed: forecast over the last %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data categories to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick volumes on the left to chart how full they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticked volumes have no samples between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a host on the left to see its data categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data categories of %1 were recorded between %2 and %3: a probe counts them when it scans the host&apos;s data roots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s), %1 – now (%2), and on to %3 for the forecasts</source>
        <translation>
            <numerusform>%n volume, %1 – now (%2), and on to %3 for the forecasts</numerusform>
            <numerusform>%n volumes, %1 – now (%2), and on to %3 for the forecasts</numerusform>
        </translation>
    </message>
    <message>
        <source>; dotted: used ÷ size, where the free space was not recorded (history from before it was kept, or imported without available_bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot draw the chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trends</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::UserFile</name>
    <message>
        <source>Cannot set the permissions of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot give %1 the owner of the original (uid %2, gid %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot flush %1 to disk (fsync): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot close %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: it is %2, not a regular file; it was left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file name given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a file in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read back %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading back %1 gave %2 bytes that differ from the %3 written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1, but flushing its folder failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::Volume</name>
    <message>
        <source>not responding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::VolumeReader</name>
    <message numerus="yes">
        <source>The filesystem did not answer within %n second(s): a network mount whose server is unreachable?</source>
        <translation>
            <numerusform>The filesystem did not answer within %n second: a network mount whose server is unreachable?</numerusform>
            <numerusform>The filesystem did not answer within %n seconds: a network mount whose server is unreachable?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. macOS privacy controls may deny access: allow it in System Settings › Privacy &amp; Security › Full Disk Access.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::VolumesModel</name>
    <message>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size %1 · used %2 · free %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free %1 % of the space available to users (warning below %2 %, critical below %3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reserved for the superuser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mounted read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System filesystem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::WhatGrewModel</name>
    <message>
        <source>The history of this host does not reach back that far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since last probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::cli::Check</name>
    <message>
        <source>Check fleet configs (distributed_hosts.yaml) for contradictions, dangling host references, duplicate keys and wrong types. See docs/config-rules.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text (default), json or sarif.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only diagnostics of this severity or above (default info).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config files to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;: use text, json or sarif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown severity &apos;%1&apos;: use info, warning or error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file given; run &apos;qmctl check --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>errors: %1, warnings: %2, info: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot fix a file that does not parse: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: applied %n fix(es); backup: %2</source>
        <translation>
            <numerusform>%1: applied %n fix; backup: %2</numerusform>
            <numerusform>%1: applied %n fixes; backup: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing was written; run again with --yes to apply the fixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the unified diff of every safe fix; writes nothing without --yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --fix: apply the fixes in place, keeping a backup in .config_backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--yes applies fixes: give it with --fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fix prints a diff: use --format text or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also probe the config&apos;s hosts now and check it against their live state (rules QM101-QM105: disk use, free space, external storage, processes, unreachable hosts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --live: report a host that has not answered for this many minutes (default 0: any host not answering now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad --unreachable-after &apos;%1&apos;: give minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fix and --live do not go together: fixes are static</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: %3 fix refused: %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing fixed: %n fix(es) refused</source>
        <translation>
            <numerusform>%1: nothing fixed: %n fix refused</numerusform>
            <numerusform>%1: nothing fixed: %n fixes refused</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: left after these fixes: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: left for a person:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::cli::Config</name>
    <message>
        <source>Work with fleet configs (distributed_hosts.yaml).

  dump FILE   print the values of FILE as JSON, exactly as the fleet&apos;s daemons (PyYAML safe_load) read them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no action given; run &apos;qmctl config --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;; run &apos;qmctl config --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;config dump&apos; takes exactly one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not HOST.KEY (a host of the file, a dot, one of its keys, such as gpu-1.ssh_port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot edit a file that does not load: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot set %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is already %3; nothing to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was written; run again with --yes to write it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: set %2 to %3; backup: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this change adds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  set FILE HOST.KEY VALUE   set a key of a host, VALUE typed as the key takes it, changing nothing else: prints the diff and the problems it would add; --yes writes it, keeping a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With set: write the change, keeping a backup in .config_backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;config set&apos; takes FILE HOST.KEY VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;config dump&apos; prints JSON and writes nothing: it takes neither --yes nor --format text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  history FILE   every version of FILE (Quartermaster&apos;s backups, .config_backups, git, the current file last) with what it changed and the problems it added and fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  diff FILE VERSION [VERSION]   the diff from VERSION to the current file, or between two versions (ids as history lists them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  miner-history DIR|FILE   which setting of a miner changed when (miner_config_history.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: dump, set, history, diff or miner-history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With set, history, diff, miner-history: output format, text (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;config %1&apos; writes nothing: it takes no --yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;config history&apos; takes exactly one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;config diff&apos; takes FILE VERSION [VERSION]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;config miner-history&apos; takes exactly one DIR or FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adds %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message>
        <source>no version &apos;%1&apos; of %2 (or more than one starts so); &apos;qmctl config history %2&apos; lists them</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n line(s) skipped: not a record with a timestamp</source>
        <translation>
            <numerusform>%1: %n line skipped: not a record with a timestamp</numerusform>
            <numerusform>%1: %n lines skipped: not a record with a timestamp</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::cli::Daemons</name>
    <message>
        <source>list, start, stop or restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A host of the config, or local.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the action (else: show it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to look again after the action (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give list [HOST...], or start|stop|restart HOST NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no daemon is named “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--wait takes seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was run: add --yes to %1 it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daemons that should run (a checks file&apos;s “daemons”, saved with qmctl health import). list [HOST...]: whether each runs on its machines (exit 0 when all do, 1 when one does not, 3 when one could not be told). start|stop|restart HOST NAME: what would run, and with --yes runs it there and looks again until the daemon is as it should be (exit 0 then, 1 when not, 3 when the host cannot be reached).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No daemon is saved: name them in a checks file&apos;s “daemons” and save it with qmctl health import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::cli::Health</name>
    <message>
        <source>bad --%1 &apos;%2&apos;: give a number of at least %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log or file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A regular expression a line must match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log-success: how recent (default 24).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log-errors: the window (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log-errors: the last K lines instead of minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log-errors: more matches is critical (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file-size: the file&apos;s limit in MB (10^6 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file-size: the folder&apos;s limit in GB (10^9 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>freshness: the newest file&apos;s age at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much of a log&apos;s end is read (default 64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run one health check on this machine, or on --host HOST of the --config over ssh, for cron and scripts. KIND is log-success (a line matching --pattern in --file within --within-hours), log-errors (at most --max-count lines matching --pattern in the last --minutes, or the last --lines), file-size (--file over --max-mb, or --dir over --max-gb), freshness (the newest file under --dir at most --max-age-hours old), process (one matching --pattern runs), command (-- ARGV... exits 0 within --timeout) or endpoint (--url answers a GET, or --tcp HOST:PORT a connect, within --timeout). Exit 0 when it is ok, 1 when not — a missing, unreadable or binary file is never ok — and 2 on bad usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log-success, log-errors, file-size, freshness, process, command or endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command: the program and its arguments, after --</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endpoint: an http or https URL to GET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endpoint: HOST:PORT to connect to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process, command, endpoint: the time limit in seconds (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run it on this host of the --config, over ssh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command needs the program to run after --: qmctl health check command -- ARGV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one KIND: log-success, log-errors, file-size, freshness, process, command or endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these machines (&quot;local&quot;: this one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the checks of this file instead of the saved ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machines checked at once (default 8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not keep the results in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (give --config FILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the results were not kept in the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check runs on these machines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the saved health checks, with the machines each runs on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No health check is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the checks of a checks file (docs/health.md): a check of the same name is replaced, a new one added. With --replace-all the saved checks become exactly the file&apos;s. Nothing is saved when a check of the file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checks file (YAML).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the saved checks the file does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one checks FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 added, %2 updated, %3 unchanged, %4 removed: %n check(s) saved</source>
        <translation>
            <numerusform>%1 added, %2 updated, %3 unchanged, %4 removed: %n check saved</numerusform>
            <numerusform>%1 added, %2 updated, %3 unchanged, %4 removed: %n checks saved</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: qmctl health run [HOST...] | check KIND [options] | list | import FILE  (qmctl health ACTION --help for each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;: use run, check, list or import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the saved health checks (the Health page&apos;s Edit Checks…, or `qmctl health import`) on every machine they name, or only on HOST... (&quot;local&quot; for this machine), and keep the results in the history. Exit 0 when none is critical or unknown, 1 when one is critical, 3 when one could not be told (a host not reached, a file not read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No health check is saved: add one on the Health page or with qmctl health import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n daemon(s) saved</source>
        <translation>
            <numerusform>%n daemon saved</numerusform>
            <numerusform>%n daemons saved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::cli::History</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>imported %n sample(s) into %1</source>
        <translation>
            <numerusform>imported %n sample into %1</numerusform>
            <numerusform>imported %n samples into %1</numerusform>
        </translation>
    </message>
    <message>
        <source>give HOST and optionally MOUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no history of %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no history of %1 on %2 (mounts: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot load %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %2, window %3, as of %4 (%n sample(s))</source>
        <translation>
            <numerusform>%1 %2, window %3, as of %4 (%n sample)</numerusform>
            <numerusform>%1 %2, window %3, as of %4 (%n samples)</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>growth: %L1 bytes a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max_disk_usage_percent in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the history is kept (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forecast: the config whose max_disk_usage_percent to project to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the CSV files to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no history yet: %1 does not exist (probe hosts, or import samples, first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import, forecast or export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text or json (default text); export: csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: only this host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: from this time on (ISO 8601, epoch seconds, or an age: 36h, 7d).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: give --format csv or --format json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give an action: import, forecast or export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;: use import, forecast or export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad --since &apos;%1&apos;: give ISO 8601 (2026-11-01T00:00Z), epoch seconds, or an age such as 36h or 7d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad --window &apos;%1&apos;: use %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full at: %L1 bytes used (the size: no sample recorded its available bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full at: %L1 bytes used (used + available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local probe history.

  import FILE.csv...        add samples (columns host,mount,time,total_bytes,used_bytes[,available_bytes][,category,bytes])
  forecast HOST [MOUNT]     growth and time to full of a volume
  export                    the history as CSV (import&apos;s columns) or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forecast: %1 (default 6h).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::cli::Jobs</name>
    <message>
        <source>no jobs in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROGRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRIES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destination: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempts: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created: %1, started: %2, finished: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>progress: %1 % (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no job runner is running: start one with `qmctl jobs run` (or the app)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give SRC and DEST: /path, HOST:/path or rclone:REMOTE:path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a host of the config (give --config FILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the dry run deletes %n file(s), more than --max-delete %1: nothing queued</source>
        <translation>
            <numerusform>the dry run deletes %n file, more than --max-delete %1: nothing queued</numerusform>
            <numerusform>the dry run deletes %n files, more than --max-delete %1: nothing queued</numerusform>
        </translation>
    </message>
    <message>
        <source>job %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text or json (default text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the jobs database is kept (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fleet config whose hosts the jobs reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync: delete at DEST what SRC no longer has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync --delete: the most files it may delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync between two hosts: run rsync on the source and push (default: the destination pulls).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run: run what is queued and due, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ssh config file instead of ~/.ssh/config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A known_hosts file instead of ~/.ssh/known_hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot load %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no jobs yet: %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give at most one HOST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync --delete needs --max-delete N (N ≥ 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one job ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1 queued again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1 is running: its runner stops it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1 has already finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing queued: give --yes to queue this job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is zst or gz, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give ROOT and --older-than DAYS: add cleanup /path|HOST:/path --older-than DAYS [--pattern GLOB]… [--empty-quarantine]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue a job that deletes or removes originals, after its plan (without it, only the plan is printed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archive, cleanup: files modified more than DAYS days ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archive: zst (default) or gz; also given as --format zst|gz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cleanup: only files whose name matches GLOB (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cleanup HOST:/path: delete for good what its quarantine has held for more than --older-than DAYS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule add: every 15m, 2h or N minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule add: daily at this local time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule add: make up a run missed while no runner was going (once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, catches up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --every 15m|2h|MINUTES or --daily-at HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--every takes 15m, 2h or a number of minutes, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--daily-at takes HH:MM, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sync that deletes needs a reviewed dry run each time: it cannot be scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing scheduled: each run plans again and removes what its plan lists; give --yes to schedule it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use schedule add (--every N | --daily-at HH:MM) KIND …, schedule list, or schedule remove|enable|disable ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule %1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule %1 enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule %1 disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added schedule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cleanup, archive, sync --delete: allow this exact folder as the root (or destination) although it is protected: /, a home folder, a system folder, a mount point&apos;s root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROOT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove files older than --older-than DAYS (plan; --yes queues it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[HOST]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue a probe of one host, or of all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SRC DEST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue a sync (rsync, rclone); with --delete, its plan unless --yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add what? one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, list, show, cancel, retry, run, schedule or clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give an action: add, list, show, cancel, retry, run, schedule or clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;: use add, list, show, cancel, retry, run, schedule or clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clear takes job IDs, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--older-than takes a number of days ≥ 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give job IDs or --older-than DAYS</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finished job(s) cleared</source>
        <translation>
            <numerusform>%n finished job cleared</numerusform>
            <numerusform>%n finished jobs cleared</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finished job(s) would be cleared: give --yes to clear them</source>
        <translation>
            <numerusform>%n finished job would be cleared: give --yes to clear it</numerusform>
            <numerusform>%n finished jobs would be cleared: give --yes to clear them</numerusform>
        </translation>
    </message>
    <message>
        <source>give ROOT and --older-than DAYS: add archive /path|HOST:/path [DEST] --older-than DAYS [--format zst|gz]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give DEST, the folder of this machine the archive of %1 goes into: add archive %1 DEST --older-than DAYS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROOT [DEST]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive files older than --older-than DAYS into DEST (default ROOT/archives; needed for HOST:/path) (plan; --yes queues it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a host of the config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --older-than-hours HOURS: add logs-retention [--db URI] --older-than-hours HOURS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --db URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the log lines older than --older-than-hours HOURS from --db URI (default the embedded logs.sqlite) (plan; --yes queues it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logs-retention: log lines written more than HOURS hours ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logs-retention: the logs database, postgresql://… or sqlite:/path (default: logs.sqlite in the data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the plan: add orphans-clean PLAN.csv [--max-objects N] [--max-bytes B] [--batch-size N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLAN.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the orphans of a saved plan into their location&apos;s quarantine, in checked batches, within --max-objects and --max-bytes a run (plan; --yes queues it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job queue.
  add sync SRC DEST [--delete --max-delete N] [--push]   SRC/DEST: /path, HOST:/path,
                                                          rclone:REMOTE:path
  add archive ROOT --older-than DAYS [--format zst|gz]
  add cleanup ROOT --older-than DAYS [--pattern GLOB]… [--empty-quarantine]
                                                          ROOT: /path or HOST:/path
      (cleanup, archive, sync --delete refuse /, a home folder, a system folder
      and a mount point&apos;s root unless --allow-protected-root names it)
  add probe [HOST]
  add logs-retention [--db URI] --older-than-hours HOURS
  add orphans-clean PLAN.csv [--max-objects N] [--max-bytes B] [--batch-size N]
  schedule add (--every 15m|2h|MIN | --daily-at HH:MM) [--catch-up] KIND …
  schedule list | schedule remove|enable|disable ID
  list | show ID | cancel ID | retry ID | run [--once]
  clear [ID]… [--older-than DAYS] [--yes]   finished jobs and their logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orphans-clean: keys checked and moved together (default 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orphans-clean: the most objects a run moves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orphans-clean: the most planned bytes a run deals with (e.g. 500G, 2TB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-delete, --older-than, --older-than-hours and --max-objects take a number ≥ 0, --batch-size one ≥ 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad --max-bytes &apos;%1&apos;: give bytes, or a size such as 500G or 2TB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the most bytes a run deals with as a size such as 500G or 2TB, or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the plan: PLAN.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the location: add orphans-lifecycle LOCATION [--batch-size N] [--max-objects N] [--max-bytes B]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a location with the rule of its last orphan scan, then move the orphans into its quarantine within --max-objects and --max-bytes a run (--max-objects 0: scan only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the location: add storage-du LOCATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a storage location and keep its size in the history (its trend, and the alerts of a backup or a limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the job names no log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log-rotate: rotate when larger than MB (10^6 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log-rotate: rotate when last rotated more than N days ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log-rotate: rotations kept (default 7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service install: write the unit, do not start it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-size, --max-age-days and --keep take a number ≥ 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service takes install, uninstall or status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>installed (%1), %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not installed: qmctl jobs service install runs scheduled jobs with the window closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the job names no daemon action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the host, the daemon and what to do: add daemon HOST|local NAME start|stop|restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no daemon is named “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOST|local NAME start|stop|restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start, stop or restart a daemon the checks file names, then look again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the log and when to rotate it: add log-rotate PATH|HOST:/path --max-size MB [--max-age-days N] [--keep N] [--format zst|gz]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH|HOST:/path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate a log (or a glob of logs; HOST:/path on a host) over --max-size MB or --max-age-days N, keeping --keep N rotations (plan; --yes queues it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::cli::Logs</name>
    <message>
        <source>The database: postgresql://user@host:port/db?… or sqlite:/path (default: logs.sqlite in the data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the embedded logs.sqlite is kept (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text, json, jsonl or csv (export: jsonl by default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines of the last DURATION: 30m, 1h, 48h, 7d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines at or after this ISO-8601 time (without a zone: UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines before this ISO-8601 time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines of this level and above: DEBUG, INFO, WARNING, ERROR, CRITICAL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines of this source type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines of this source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines of this worker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines of this task (a UUID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines of this cycle number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines whose message holds TEXT (literally, case ignored).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines whose metadata has KEY with VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query: the most lines shown, newest first (default 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: the file written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --since or --from/--to, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since takes a duration such as 30m, 1h, 48h or 7d, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes an ISO-8601 time such as 2026-12-06T20:00:00Z, not “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown level “%1”: use DEBUG, INFO, WARNING, ERROR or CRITICAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cycle takes a whole number, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--metadata takes KEY=VALUE, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist; run &apos;qmctl logs init --db %2 --yes&apos; to create it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; run &apos;qmctl logs init&apos; to create it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was created: give --yes to run this SQL on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system_logs is ready in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lines exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lines written to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read standard input: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 lines were added before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lines added, %2 already there, %3 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logs %1 writes %2, not “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logs %1 takes no argument “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a number ≥ 1, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logs timeline takes --worker W or --task T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logs export takes -o FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection lost, retrying: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init: create the table (without it the SQL is printed); retention: delete the lines (without it the plan is printed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retention: the lines written more than HOURS hours ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×  %2 … %3  %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines per level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines per source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines per worker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines per hour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table on disk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest line: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted: give --yes to delete these lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 lines deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 lines were deleted before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lines older than %2 deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fleet&apos;s system_logs table, in PostgreSQL or an SQLite file (docs/logs.md).
  init [--yes]                    print the table&apos;s SQL; --yes creates it
  query [filters] [--limit N]     the newest lines first
  timeline (--worker W | --task T)  a worker&apos;s or task&apos;s lines, oldest first
  export [filters] -o FILE        to JSON Lines, JSON or CSV, streamed
  ingest [FILE|-]                 add JSON Lines (the table&apos;s column names)
  tail [filters]                  the newest lines, then new ones as they come
  summary [filters]               error lines grouped by message signature
  stats [filters]                 lines per level, source, worker and hour
  retention --older-than-hours N [--yes]  the plan; --yes deletes the lines
Filters: --since or --from/--to, --level, --source-type, --source-id, --worker,
--task, --cycle, --search, --metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init, query, timeline, export, ingest, tail, summary, stats or retention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give an action: init, query, timeline, export, ingest, tail, summary, stats or retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;: use init, query, timeline, export, ingest, tail, summary, stats or retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logs retention takes --older-than-hours HOURS (a number ≥ 0)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::cli::Metrics</name>
    <message>
        <source>Write the Prometheus gauges of every storage location scanned so far (the last orphan scan of each) into DIR/%1, atomically, for node_exporter&apos;s textfile collector (--collector.textfile.directory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The textfile collector&apos;s folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --textfile-dir DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote the gauges of %n location(s) to %1</source>
        <translation>
            <numerusform>Wrote the gauges of %n location to %1</numerusform>
            <numerusform>Wrote the gauges of %n locations to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: qmctl metrics write --textfile-dir DIR
`qmctl metrics write --help` tells more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;: use write</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::cli::Orphans</name>
    <message>
        <source>healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List LOCATION (a local /path, or an rclone remote: rclone:REMOTE:bucket/prefix), read the keys a database query (or a file) references, and save the plan of the orphans: objects no reference points at, older than --min-age-days. Nothing is deleted. A reference source that fails or gives no key stops the scan (exit 3), and so does a share of orphans over --max-share. Exit 1 when the share of orphaned bytes is 10 % or more (warning, critical), else 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database the query runs on: postgresql://user@host:port/db?… or sqlite:/path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A query returning one referenced key a row, in its first column (run read-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file of referenced keys: one a line, or a CSV file with --ref-column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header of the column of --ref-file (a CSV file) that holds the keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objects modified fewer days ago are never orphans (default 7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken off the front of every referenced value that starts with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put in front of every referenced value (after --strip-prefix).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse a plan when more than PCT % of the objects or bytes would be orphans (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds the query may run on PostgreSQL (default 300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to save the plan (a new .csv file; default: the orphans folder in the data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the references: --ref-db URI --ref-sql SQL, or --ref-file FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give both --ref-db URI and --ref-sql SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad --min-age-days &apos;%1&apos;: give a number of days from 0 to 36500</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad --max-share &apos;%1&apos;: give a percentage above 0, at most 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad --ref-timeout &apos;%1&apos;: give seconds from 1 to 86400</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Listed: %n object(s), %1</source>
        <translation>
            <numerusform>Listed: %n object, %1</numerusform>
            <numerusform>Listed: %n objects, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Referenced: %n key(s) (%1)</source>
        <translation>
            <numerusform>Referenced: %n key (%1)</numerusform>
            <numerusform>Referenced: %n keys (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Orphans: %n object(s), %1 — %2 of the bytes: %3</source>
        <translation>
            <numerusform>Orphans: %n object, %1 — %2 of the bytes: %3</numerusform>
            <numerusform>Orphans: %n objects, %1 — %2 of the bytes: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Missing: %n referenced key(s) not in the location, e.g. %1</source>
        <translation>
            <numerusform>Missing: %n referenced key not in the location, e.g. %1</numerusform>
            <numerusform>Missing: %n referenced keys not in the location, e.g. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan saved to %1 (nothing was deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orphans: no plan saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the objects or bytes would be orphans, over the limit of %2: no plan saved. Check the query, the prefixes and the location; if it is right, give --max-share %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Kept, modified in the last %n day(s): %1</source>
        <translation>
            <numerusform>Kept, modified in the last %n day: %1</numerusform>
            <numerusform>Kept, modified in the last %n days: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s), %1</source>
        <translation>
            <numerusform>%n object, %1</numerusform>
            <numerusform>%n objects, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not objects: %n symbolic link(s), never followed</source>
        <translation>
            <numerusform>Not objects: %n symbolic link, never followed</numerusform>
            <numerusform>Not objects: %n symbolic links, never followed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not objects: %n other entry(s) (sockets, devices, other filesystems)</source>
        <translation>
            <numerusform>Not objects: %n other entry (sockets, devices, other filesystems)</numerusform>
            <numerusform>Not objects: %n other entries (sockets, devices, other filesystems)</numerusform>
        </translation>
    </message>
    <message>
        <source>the scan&apos;s figures were not kept in the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad --%1 &apos;%2&apos;: give a whole number from %3 up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the orphans of PLAN.csv (saved by `qmctl orphans scan`) into the quarantine folder of their location, in batches. Before each batch the reference source is asked again: a key referenced since the plan is kept, and so is an object whose size or time changed; a source that fails stops the run. Every key is written to the audit log beside the plan, which is also where a stopped run resumes: running a finished plan again changes nothing. Without --yes, every check is made and nothing is moved. Exit 0 when done, 1 when some keys could not be moved, 3 when the run was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan to carry out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys checked and moved together (default 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most keys this run deals with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most planned bytes this run deals with (e.g. 500G, 2TB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move them (else a dry run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s database again, with what it needs to log in (a password is never saved in a plan); it must name the same database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give PLAN.csv, a plan saved by `qmctl orphans scan`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad --max-bytes &apos;%1&apos;: give bytes, or a size such as 500G or 2TB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ref-db names %1, but the plan&apos;s references come from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Plan: %1 — %n key(s), %2, of %3</source>
        <translation>
            <numerusform>Plan: %1 — %n key, %2, of %3</numerusform>
            <numerusform>Plan: %1 — %n keys, %2, of %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dealt with by earlier runs: %n key(s)</source>
        <translation>
            <numerusform>Dealt with by earlier runs: %n key</numerusform>
            <numerusform>Dealt with by earlier runs: %n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved into the quarantine: %n object(s), %1</source>
        <translation>
            <numerusform>Moved into the quarantine: %n object, %1</numerusform>
            <numerusform>Moved into the quarantine: %n objects, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would move into the quarantine: %n object(s), %1</source>
        <translation>
            <numerusform>Would move into the quarantine: %n object, %1</numerusform>
            <numerusform>Would move into the quarantine: %n objects, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Freed now: %1; held in the quarantine (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Kept, referenced again since the plan: %n key(s)</source>
        <translation>
            <numerusform>Kept, referenced again since the plan: %n key</numerusform>
            <numerusform>Kept, referenced again since the plan: %n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept, changed since the plan: %n object(s)</source>
        <translation>
            <numerusform>Kept, changed since the plan: %n object</numerusform>
            <numerusform>Kept, changed since the plan: %n objects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already gone: %n object(s)</source>
        <translation>
            <numerusform>Already gone: %n object</numerusform>
            <numerusform>Already gone: %n objects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not be moved: %n object(s) (a later run tries them again)</source>
        <translation>
            <numerusform>Could not be moved: %n object (a later run tries it again)</numerusform>
            <numerusform>Could not be moved: %n objects (a later run tries them again)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left for a later run: %n key(s)%1</source>
        <translation>
            <numerusform>Left for a later run: %n key%1</numerusform>
            <numerusform>Left for a later run: %n keys%1</numerusform>
        </translation>
    </message>
    <message>
        <source> (the run&apos;s cap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was moved: give --yes to move them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is done; running it again changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the quarantine of LOCATION: the run folders `qmctl orphans clean` moved objects into, with their objects and bytes. With --empty, delete for good the run folders older than --older-than-days (default 7); without --yes that is only shown. Every object deleted goes to the quarantine audit log in the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --empty: only run folders that began more than N days ago (default 7; 0: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete those run folders for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --empty: do it (else it is only shown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--yes goes with --empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quarantine of %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Held in the quarantine: %n object(s), %1</source>
        <translation>
            <numerusform>Held in the quarantine: %n object, %1</numerusform>
            <numerusform>Held in the quarantine: %n objects, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No run folder is older than %n day(s): nothing to empty.</source>
        <translation>
            <numerusform>No run folder is older than %n day: nothing to empty.</numerusform>
            <numerusform>No run folder is older than %n days: nothing to empty.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would delete for good the run folders marked *: %n object(s), %1. Give --yes to do it.</source>
        <translation>
            <numerusform>Would delete for good the run folders marked *: %n object, %1. Give --yes to do it.</numerusform>
            <numerusform>Would delete for good the run folders marked *: %n objects, %1. Give --yes to do it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted for good: %n object(s); freed %1. Audit log: %2</source>
        <translation>
            <numerusform>Deleted for good: %n object; freed %1. Audit log: %2</numerusform>
            <numerusform>Deleted for good: %n objects; freed %1. Audit log: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: qmctl orphans scan LOCATION (--ref-db URI --ref-sql SQL | --ref-file FILE) [options]
       qmctl orphans clean PLAN.csv [--batch-size N] [--max-objects N] [--max-bytes B] [--yes]
       qmctl orphans quarantine LOCATION [--older-than-days N] [--empty --yes]
`qmctl orphans ACTION --help` tells more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;: use scan, clean or quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/path, HOST:/path or rclone:REMOTE:bucket/prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the scan, write the gauges of every location to DIR/%1 (node_exporter&apos;s textfile collector), as `qmctl metrics write` does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gauges were not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::cli::Output</name>
    <message>
        <source>unknown format &apos;%1&apos;: use text or json</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::cli::Ply</name>
    <message>
        <source>min %1, mean %2, max %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a PLY file: its format, elements and properties, whether it is a Gaussian splat, its bounding box, and how opaque and how large its splats are. A file that cannot be read is reported with the byte where it goes wrong (exit 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PLY file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one PLY file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: byte %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Gaussian splat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Gaussian splat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>element %1: %2 × (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bounding box: (%1, %2, %3) to (%4, %5, %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n vertices with a NaN or infinite coordinate</source>
        <translation>
            <numerusform>%n vertex with a NaN or infinite coordinate</numerusform>
            <numerusform>%n vertices with a NaN or infinite coordinate</numerusform>
        </translation>
    </message>
    <message>
        <source>opacity (alpha 0–1): %1  [0 %2 1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scale (linear): %1  [%2 %3 %4]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: qmctl ply info FILE [--format json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read PLY files (Gaussian-splat samples and point clouds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  info   the format, elements, bounding box, opacity and scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image size in pixels (default 800x600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degrees to turn about the vertical axis (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degrees to look down from above (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one PLY file and -o OUT.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad --size &apos;%1&apos;: give WIDTHxHEIGHT, each 1 to 8192</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--yaw and --pitch take degrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>       qmctl ply render FILE -o OUT.png [--size WxH] [--yaw DEG] [--pitch DEG]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown ply action &apos;%1&apos; (try: info, render)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a PLY file into a PNG image: each splat a point sized by its scale, in its colour and opacity, the camera framing the whole cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  render a picture of the cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PNG file to write (a regular file, or a new one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options of info:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options of render:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::cli::Probe</name>
    <message>
        <source>HOST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRANSPORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FREE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAEMONS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message>
        <source>process %1: cannot tell (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process %1: running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process %1: NOT running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>external storage %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe hosts now: this machine and every host of the config (or the HOSTs named), over SSH or node_exporter. Prints volumes, data categories, expected processes and external storage. Exit status 3 when a host&apos;s status is not ok.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts to probe (default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fleet config (distributed_hosts.yaml).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A data root of this machine to scan (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot load %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no host &apos;%1&apos; (hosts: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ssh config file instead of ~/.ssh/config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A known_hosts file instead of ~/.ssh/known_hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for a host to answer (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts probed at once (default 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the probe history is kept (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad --timeout &apos;%1&apos;: give seconds between 1 and 3600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad --parallel &apos;%1&apos;: give 1 to 64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the probes are not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read HOST&apos;s volumes from the node_exporter at URL, over the config&apos;s node_exporter_url (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad --node-exporter &apos;%1&apos;: give HOST=URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad --node-exporter for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--node-exporter: %1 is not a remote host probed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (partly: volumes from node_exporter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::cli::Qmctl</name>
    <message>
        <source>List the volumes of this machine with their usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;qmctl COMMAND --help&apos; for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  0  success, or nothing found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  1  problems found (check errors, failed jobs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  2  bad input or usage (unknown option, unreadable or unparseable file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  3  could not complete (a host or volume not answering, the job runner busy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quartermaster on the command line: the same core as the desktop app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the versions of qmctl and its libraries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given; run &apos;qmctl --help&apos; for the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; run &apos;qmctl --help&apos; for the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check fleet configs for contradictions, like a compiler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe hosts now: volumes, data, processes, external storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check FILE...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config dump FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A config&apos;s values as JSON, as the fleet&apos;s daemons read them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history import FILE.csv...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add CSV samples to the probe history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history forecast HOST [MOUNT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth and time to full of a volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The probe history as CSV (import&apos;s columns) or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobs schedule add WHEN KIND ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat a job: --every or --daily-at, then what add takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobs schedule remove|enable|disable ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove, enable or disable a schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The jobs, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobs show ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One job with its plan, commands and log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobs cancel ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel a queued job or stop a running one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobs retry ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue a finished job again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the queue in the foreground (--once: what is due, then exit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ply info FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PLY file&apos;s format, bounding box, opacity and scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ply render FILE -o OUT.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a PLY file into a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probe [HOST...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replication --config FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each host&apos;s receivers; --measure: its files with too few copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>samples list --miner-dir DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A miner&apos;s samples beside their log entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>samples clean --miner-dir DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan removing old rejected samples by a rule (--yes queues it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config set FILE HOST.KEY VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a host&apos;s key, nothing else in the file (diff; --yes writes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config history FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every version of a config: what it changed, problems added and fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config diff FILE VERSION [VERSION]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diff from a version to the current file, or between two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config miner-history DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which setting of a miner changed when (miner_config_history.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobs clear [ID...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove finished jobs and their logs (--older-than DAYS; --yes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>space PATH|HOST:PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What uses the space under a folder, largest first (--depth, --top)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logs init [--db URI] [--yes]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the system_logs table&apos;s SQL; --yes creates it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logs query [FILTERS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log lines, newest first (--since, --level, --worker, --task…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logs timeline --worker W|--task T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A worker&apos;s or a task&apos;s log lines, oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logs export [FILTERS] -o FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log lines to JSON Lines, JSON or CSV, streamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logs ingest [FILE|-]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add JSON Lines to system_logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logs tail [FILTERS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest log lines, then new ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orphans scan LOCATION --ref-db URI --ref-sql SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a bucket or folder holds that no database row references (a plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage du LOCATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a bucket or folder holds, per prefix, largest first (--depth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metrics write --textfile-dir DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus gauges of the storage locations, for node_exporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orphans clean PLAN.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a plan&apos;s orphans into the quarantine, in checked batches (--yes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orphans quarantine LOCATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a location&apos;s quarantine holds; --empty --yes deletes it for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The locations scanned so far: size, objects, orphans, band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health check KIND [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health run [HOST...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the saved health checks on their machines, keep the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One health check: a log&apos;s success line, errors, a size, freshness, a process, a command, an endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health list|import FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved health checks; save those of a checks file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedules HOST|local | --file FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What runs when: crontab, cron.d, systemd timers, launchd, next runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rotate PATH [--max-size MB] [--keep N] [--yes]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate a log that loses nothing: compressed, verified, old ones quarantined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daemons list [HOST...] | start|stop|restart HOST NAME [--yes]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daemons that should run: whether they do; start, stop, restart one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::cli::Replication</name>
    <message numerus="yes">
        <source>Target: %n copy(ies) of each file among the receivers</source>
        <translation>
            <numerusform>Target: %n copy of each file among the receivers</numerusform>
            <numerusform>Target: %n copies of each file among the receivers</numerusform>
        </translation>
    </message>
    <message>
        <source>The config sets no sync_routing.replication_target</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n receiver(s)%2</source>
        <translation>
            <numerusform>%1: %n receiver%2</numerusform>
            <numerusform>%1: %n receivers%2</numerusform>
        </translation>
    </message>
    <message>
        <source>No ready host has a folder for games, npz or models (storage_paths or ringrift_path): nothing is replicated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no host may receive it: every file is at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>external storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: not measured, counts as no copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: holds every file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>: lacks %n file(s) (%1)</source>
        <translation>
            <numerusform>: lacks %n file (%1)</numerusform>
            <numerusform>: lacks %n files (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) (%1), each with at least %2 copies</source>
        <translation>
            <numerusform>%n file (%1), each with at least %2 copies</numerusform>
            <numerusform>%n files (%1), each with at least %2 copies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>AT RISK: %n file(s) (%1) of %2 have fewer than %3 copies; the oldest was modified %4</source>
        <translation>
            <numerusform>AT RISK: %n file (%1) of %2 has fewer than %3 copies; it was modified %4</numerusform>
            <numerusform>AT RISK: %n files (%1) of %2 have fewer than %3 copies; the oldest was modified %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Where each host&apos;s data is replicated, as the Replication page shows it: per producer and kind (games, npz, models), the hosts that may receive it and why the others are skipped. With --measure, rsync dry runs count the files and bytes with fewer copies than replication_target, and the oldest of them. See docs/replication.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fleet config (distributed_hosts.yaml).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure now: connect to every producer and receiver over ssh and compare their folders (dry runs; nothing is copied). Progress goes to standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ssh config file instead of ~/.ssh/config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A known_hosts file instead of ~/.ssh/known_hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for a host to answer ssh (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows (producer and kind) measured at once (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad --timeout &apos;%1&apos;: give seconds between 1 and 3600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad --parallel &apos;%1&apos;: give 1 to 64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no config given; run &apos;qmctl replication --config FILE&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: cannot load the config: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sets no sync_routing.replication_target: there is no number of copies to measure against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measured %1 of %2: %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: not listed, counts as no copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; newest object %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>only %n host(s) or backup(s) may hold it: the target cannot be reached</source>
        <translation>
            <numerusform>only %n host or backup may hold it: the target cannot be reached</numerusform>
            <numerusform>only %n hosts or backups may hold it: the target cannot be reached</numerusform>
        </translation>
    </message>
    <message>
        <source>A storage location that backs up a producer&apos;s kind, counted as a copy of each file it holds at the same path with the same size (repeatable; the backups named on the app&apos;s Storage page count too).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::cli::Rotate</name>
    <message>
        <source>The log, or a glob in its file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate when larger than this many MB (10^6 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate when last rotated more than N days ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotations kept (default 7); older ones move to the quarantine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zstd (default) or gz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate (else: the plan only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-size, --max-age-days and --keep take numbers of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--compress is zstd or gz, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROTATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WOULD ROTATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEEP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held open by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to the quarantine: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some processes could not be looked at (another user&apos;s): a log no process visibly holds is cut as if held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: add --yes to rotate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rotated (%2 → %3), %4 moved to the quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate a log of this machine or of --host HOST of the --config (or each log a glob matches) when it is over --max-size MB or was last rotated more than --max-age-days ago: set aside as FILE-yyyyMMdd-HHmmss, compressed and read back before the uncompressed copy goes, the rotations beyond --keep moved to the folder&apos;s quarantine. A log a process holds open is copied and cut so that what it writes meanwhile stays in the live file. Without --yes only the plan is shown. Exit 0 when done (or nothing is due), 1 when a log could not be rotated, 2 on bad usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log is on this host of the --config: its own programs rotate it, over ssh.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::cli::Samples</name>
    <message>
        <source>Output format: text or json (default text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The miner&apos;s data directory (holding generation_history.jsonl and ply_files): /path, or HOST:/path for a host of --config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fleet config whose hosts HOST:/path names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ssh config file instead of ~/.ssh/config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A known_hosts file instead of ~/.ssh/known_hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot load %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a host of the config (give --config FILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the samples a miner kept (ply_files/rejected_samples/*.ply, then the accepted ply_files/*.ply), each with what generation_history.jsonl says about it: when it was made, why it was rejected, its CLIP score and gaussian count. Samples the log does not mention are listed too, marked so; lines of the log that are not JSON are counted and skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in the log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln sample(s) in %1; the log has %2 line(s), %3 not readable.</source>
        <translation>
            <numerusform>%Ln sample in %1; the log has %2 line(s), %3 not readable.</numerusform>
            <numerusform>%Ln samples in %1; the log has %2 line(s), %3 not readable.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %1: %Ln sample(s), %2</source>
        <translation>
            <numerusform>  %1: %Ln sample, %2</numerusform>
            <numerusform>  %1: %Ln samples, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln generation(s) pending, %1 stuck for more than an hour</source>
        <translation>
            <numerusform>%Ln generation pending, %1 stuck for more than an hour</numerusform>
            <numerusform>%Ln generations pending, %1 stuck for more than an hour</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan the removal of rejected samples by a retention rule, and queue it. A sample is removed only if every rule given allows it; its age is its log timestamp, else its file&apos;s modification time. Accepted outputs are never removed. Without --yes only the plan is printed; with it the plan is queued as a cleanup job (this machine&apos;s files go to the trash, a host&apos;s to its quarantine folder) for the app or `qmctl jobs run` to carry out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only samples made more than DAYS days ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest N samples of each rejection reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest N samples of the data directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue the cleanup after printing its plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a whole number, 0 or more, not “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a rule: --older-than DAYS, --keep-per-reason N or --keep-per-host N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sample of %1 is %2: nothing to clean up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give an action: list or clean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;: use list or clean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprecated: the old name of --miner-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: for samples, --data-dir is the old name of --miner-dir (everywhere else it names the app&apos;s folder); say --miner-dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--miner-dir and --data-dir name different folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --miner-dir DIR: the miner&apos;s data directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MADE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REASON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GAUSSIANS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the jobs database is kept (the app&apos;s folder: jobs&apos; --data-dir; default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow this exact folder as the cleanup&apos;s root although it is protected (/, a home folder, a system folder, a mount point).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: qmctl samples list|clean --miner-dir DIR [options]
  list    the samples with their log entries
  clean   plan (and with --yes queue) the removal of old rejected samples
`qmctl samples ACTION --help` tells more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options of list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options of clean:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::cli::Schedules</name>
    <message>
        <source>What runs when on a machine: the user&apos;s crontab, /etc/crontab and /etc/cron.d, systemd timers and launchd agents, each with its next runs; a line that cannot be read is listed with why. HOST is a host of --config, or local for this machine; --file reads one crontab, cron.d file, .timer or .plist instead. Exit 0, 1 when a line could not be read, 2 on bad usage, 3 when the host cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A host of the config, or local.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read this crontab, cron.d file, .timer or .plist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a HOST (local for this machine) or --file FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT READ: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No schedules.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::cli::Space</name>
    <message>
        <source>(other filesystem, not scanned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What uses the space under PATH of this machine, or under HOST:PATH of a host of --config: folder sizes (apparent sizes, each hard-linked file once), file counts, newest and oldest files, largest first. Symbolic links are never followed; other filesystems are not entered unless --cross.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH or HOST:PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels of folders shown (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list the N largest files (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter other filesystems mounted below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fleet config whose hosts HOST:PATH names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ssh config file instead of ~/.ssh/config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A known_hosts file instead of ~/.ssh/known_hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give PATH or HOST:PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad --depth &apos;%1&apos;: give a number from 1 to 64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad --top &apos;%1&apos;: give a number from 0 to 10000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot load %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a host of the config (give --config FILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) could not be read</source>
        <translation>
            <numerusform>%n folder could not be read</numerusform>
            <numerusform>%n folders could not be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n listing record(s) made no sense</source>
        <translation>
            <numerusform>%n listing record made no sense</numerusform>
            <numerusform>%n listing records made no sense</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::cli::Storage</name>
    <message>
        <source>Levels of folders shown (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An rclone config file instead of the user&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad --depth &apos;%1&apos;: give a number from 1 to 64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(objects in no folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not objects: %n symbolic link(s), never followed</source>
        <translation>
            <numerusform>Not objects: %n symbolic link, never followed</numerusform>
            <numerusform>Not objects: %n symbolic links, never followed</numerusform>
        </translation>
    </message>
    <message>
        <source>No location scanned yet: `qmctl orphans scan LOCATION …` scans one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orphaned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: qmctl storage list [--format json]
       qmctl storage du LOCATION [--depth N] [--format json]
`qmctl storage ACTION --help` tells more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;: use list or du</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app&apos;s data folder (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/path, HOST:/path or rclone:REMOTE:bucket/prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give LOCATION: /path, HOST:/path or rclone:REMOTE:bucket/prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fleet config whose hosts HOST:/path names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ssh config file instead of ~/.ssh/config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A known_hosts file instead of ~/.ssh/known_hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot load %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What LOCATION (a local /path, or an rclone remote: rclone:REMOTE:bucket/prefix) holds: objects, bytes, newest and oldest, and the same for each folder of its keys down to --depth, largest first. A local folder is walked without following symbolic links or entering other filesystems. The total is kept in the history (the location&apos;s size trend, and the Stale backup alert of a location named as a backup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the listing was not kept in the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage locations scanned or listed so far (`qmctl orphans scan`, `qmctl storage du`, jobs, the app), each with its size and objects as last listed and, when it was scanned for orphans, the last scan&apos;s orphans and their share, missing references and health band.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qm::cli::Volumes</name>
    <message>
        <source>List the volumes of this machine: size, used and free space as df shows them. Pseudo and runtime filesystems are left out unless --all is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include pseudo and runtime filesystems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print sizes in bytes in text output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for each filesystem to answer (default 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad --timeout &apos;%1&apos;: give seconds between 0 and 3600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rw</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
