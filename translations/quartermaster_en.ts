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
    <name>qm::ConfigFile</name>
    <message>
        <source>Cannot open %1: the file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: it is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: the file is %2 bytes, more than the %3 bytes a fleet config may have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: the file is larger than the %2 bytes a fleet config may have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: it is not UTF-8 text (a YAML config must be).</source>
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
    <message numerus="yes">
        <source>replication_target is %1, but only %n host(s) can receive games%2</source>
        <translation>
            <numerusform>replication_target is %1, but only %n host can receive games%2</numerusform>
            <numerusform>replication_target is %1, but only %n hosts can receive games%2</numerusform>
        </translation>
    </message>
    <message>
        <source>no host can receive %1: every host is excluded from it or not ready, and no external storage takes it</source>
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
    <name>qm::MainWindow</name>
    <message numerus="yes">
        <source>Opened %1 (%n line(s))</source>
        <translation>
            <numerusform>Opened %1 (%n line)</numerusform>
            <numerusform>Opened %1 (%n lines)</numerusform>
        </translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
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
        <source>%1 — Quartermaster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation type="unfinished"></translation>
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
    <name>qm::PreferencesDialog</name>
    <message>
        <source>The critical threshold must not be above the warning threshold.</source>
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
</context>
<context>
    <name>qm::cli::Config</name>
    <message>
        <source>Work with fleet configs (distributed_hosts.yaml).

  dump FILE   print the values of FILE as JSON, exactly as the fleet&apos;s daemons (PyYAML safe_load) read them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: dump.</source>
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
        <source>Work with fleet configs: dump FILE prints its values as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check fleet configs for contradictions, like a compiler</source>
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
        <source>unknown format &apos;%1&apos;: use text or json</source>
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
