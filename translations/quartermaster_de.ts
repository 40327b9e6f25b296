<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Quartermaster</source>
        <translation>Über Quartermaster</translation>
    </message>
    <message>
        <source>A desktop console for a fleet of data-producing hosts and the storage behind them.</source>
        <translation>Eine Desktop-Konsole für eine Flotte datenerzeugender Rechner und den Speicher dahinter.</translation>
    </message>
    <message>
        <source>Running on:</source>
        <translation>Läuft mit:</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>This machine</source>
        <translation>Dieser Rechner</translation>
    </message>
    <message>
        <source>Volumes of this machine</source>
        <translation>Laufwerke dieses Rechners</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>Flotte</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Reihenfolge:</translation>
    </message>
    <message>
        <source>Order of the host cards</source>
        <translation>Reihenfolge der Rechnerkarten</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Recent &amp;Files</source>
        <translation>&amp;Zuletzt geöffnete Dateien</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Open Config…</source>
        <translation>Konfiguration ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open a fleet config (distributed_hosts.yaml)</source>
        <translation>Eine Flottenkonfiguration öffnen (distributed_hosts.yaml)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Show &amp;Sidebar</source>
        <translation>&amp;Seitenleiste anzeigen</translation>
    </message>
    <message>
        <source>Show S&amp;ystem Filesystems</source>
        <translation>S&amp;ystemdateisysteme anzeigen</translation>
    </message>
    <message>
        <source>Also list pseudo and runtime filesystems (proc, sysfs, tmpfs under /run, snap images, container layers)</source>
        <translation>Auch Pseudo- und Laufzeitdateisysteme auflisten (proc, sysfs, tmpfs unter /run, Snap-Abbilder, Container-Schichten)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read the volumes again now</source>
        <translation>Die Laufwerke jetzt neu einlesen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;About Quartermaster</source>
        <translation>&amp;Über Quartermaster</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>&amp;Warning when free space is below:</source>
        <translation>&amp;Warnung, wenn der freie Platz unter:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;Critical when free space is below:</source>
        <translation>&amp;Kritisch, wenn der freie Platz unter:</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>&amp;Aktualisieren alle:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Rechner</translation>
    </message>
    <message>
        <source>&amp;Probe every:</source>
        <translation>Ab&amp;fragen alle:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>One category per line: name: pattern pattern ... A pattern without / matches file names in any folder; with / it matches the last folders of the path.</source>
        <translation>Eine Kategorie pro Zeile: Name: Muster Muster ... Ein Muster ohne / passt auf Dateinamen in jedem Ordner; mit / passt es auf die letzten Ordner des Pfads.</translation>
    </message>
    <message>
        <source>E&amp;xpected processes:</source>
        <translation>Erwartete &amp;Prozesse:</translation>
    </message>
    <message>
        <source>One rule per line: role or host name (globs allowed): pgrep -f pattern ... No process is expected on hosts no rule names.</source>
        <translation>Eine Regel pro Zeile: Rolle oder Rechnername (Globs erlaubt): pgrep -f Muster ... Auf Rechnern, die keine Regel nennt, wird kein Prozess erwartet.</translation>
    </message>
    <message>
        <source>&amp;Data folders of this machine:</source>
        <translation>Daten&amp;ordner dieses Rechners:</translation>
    </message>
    <message>
        <source>One folder per line, scanned besides the roots the config names for this machine.</source>
        <translation>Ein Ordner pro Zeile; wird zusätzlich zu den Datenverzeichnissen durchsucht, die die Konfiguration für diesen Rechner nennt.</translation>
    </message>
    <message>
        <source>Data c&amp;ategories:</source>
        <translation>&amp;Datenkategorien:</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>A&amp;llgemein</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Meldungen</translation>
    </message>
    <message>
        <source>Show a desktop &amp;notification when an alert is raised</source>
        <translation>Eine Desktop-&amp;Benachrichtigung anzeigen, wenn eine Meldung ausgelöst wird</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>An alert is raised once its condition has held for the &quot;for&quot; time, and cleared once the value is the margin past the threshold on the good side.</source>
        <translation>Eine Meldung wird ausgelöst, sobald ihre Bedingung für die unter &quot;Dauer&quot; angegebene Zeit besteht, und gilt als behoben, sobald der Wert um den Abstand jenseits der Schwelle auf der guten Seite liegt.</translation>
    </message>
    <message>
        <source>Data category &amp;size limits:</source>
        <translation>&amp;Größengrenzen der Datenkategorien:</translation>
    </message>
    <message>
        <source>One limit per line: category: size, e.g. ply_rejected: 300 GB (units B, kB, MB, GB, TB, KiB, MiB, GiB, TiB).</source>
        <translation>Eine Grenze pro Zeile: Kategorie: Größe, z. B. ply_rejected: 300 GB (Einheiten B, kB, MB, GB, TB, KiB, MiB, GiB, TiB).</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Keep every &amp;probe for:</source>
        <translation>&amp;Jede Abfrage aufbewahren für:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Older probes are kept as hourly and daily minimum, maximum and mean.</source>
        <translation>Ältere Abfragen werden als stündliche und tägliche Minima, Maxima und Mittelwerte aufbewahrt.</translation>
    </message>
    <message>
        <source>Keep &amp;hourly figures for:</source>
        <translation>&amp;Stündliche Werte aufbewahren für:</translation>
    </message>
    <message>
        <source>Daily figures are kept for ever.</source>
        <translation>Tägliche Werte werden unbegrenzt aufbewahrt.</translation>
    </message>
    <message>
        <source>The history is pruned at most once an hour, after a probe.</source>
        <translation>Der Verlauf wird höchstens einmal pro Stunde bereinigt, jeweils nach einer Abfrage.</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Samples</translation>
    </message>
    <message>
        <source>Cache of &amp;fetched samples:</source>
        <translation>&amp;Cache für abgerufene Samples:</translation>
    </message>
    <message>
        <source>Samples of hosts are copied here to be previewed; the least recently used copies make room.</source>
        <translation>Samples von Rechnern werden zur Vorschau hierher kopiert; die am längsten nicht genutzten Kopien machen Platz.</translation>
    </message>
    <message>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Prometheus &amp;textfile folder:</source>
        <translation>Prometheus-&amp;Textfile-Ordner:</translation>
    </message>
    <message>
        <source>After every orphan scan the storage gauges go here (quartermaster_storage.prom), for node_exporter&apos;s textfile collector. Empty: not written.</source>
        <translation>Nach jedem Waisen-Scan kommen die Speicher-Messwerte hierher (quartermaster_storage.prom), für den Textfile-Collector von node_exporter. Leer: nicht geschrieben.</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>nicht geschrieben</translation>
    </message>
    <message>
        <source>Storage &amp;location limits:</source>
        <translation>Grenzen der Speicher&amp;orte:</translation>
    </message>
    <message>
        <source>One limit per line: location: size, as the Storage page names the location, e.g. rclone:s3:backups: 2 TB. A location with a limit is forecast against it (the &quot;Location at its limit&quot; rule).</source>
        <translation>Eine Grenze pro Zeile: Speicherort: Größe, der Speicherort so, wie die Seite „Speicher“ ihn nennt, z. B. rclone:s3:backups: 2 TB. Ein Speicherort mit Grenze wird gegen sie vorhergesagt (die Regel „Speicherort an seiner Grenze“).</translation>
    </message>
    <message>
        <source>rclone:s3:backups: 2 TB</source>
        <translation>rclone:s3:backups: 2 TB</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop console for a fleet of data-producing hosts and their storage.</source>
        <translation>Desktop-Konsole für eine Flotte datenerzeugender Rechner und ihren Speicher.</translation>
    </message>
    <message>
        <source>Fleet config to open (distributed_hosts.yaml).</source>
        <translation>Zu öffnende Flottenkonfiguration (distributed_hosts.yaml).</translation>
    </message>
</context>
<context>
    <name>qm::AboutDialog</name>
    <message>
        <source>Quartermaster %1</source>
        <translation>Quartermaster %1</translation>
    </message>
</context>
<context>
    <name>qm::AlertConditions</name>
    <message>
        <source>%1 on %2 has %3 free, below %4</source>
        <translation>%1 auf %2 hat %3 frei, unter %4</translation>
    </message>
    <message>
        <source>syncs to %1 are blocked: %2 is at %3 ≥ max_disk_usage_percent %4</source>
        <translation>Synchronisierungen zu %1 sind blockiert: %2 steht bei %3 ≥ max_disk_usage_percent %4</translation>
    </message>
    <message>
        <source>%1 on %2 take %3, over the limit of %4</source>
        <translation>%1 auf %2 belegen %3, über der Grenze von %4</translation>
    </message>
    <message>
        <source>%1 on %2 is full</source>
        <translation>%1 auf %2 ist voll</translation>
    </message>
    <message>
        <source>%1 on %2 will be full in about %3 (growing %4 a day)</source>
        <translation>%1 auf %2 ist in etwa %3 voll (Wachstum %4 am Tag)</translation>
    </message>
    <message>
        <source>%1 has not answered for %2: %3</source>
        <translation>%1 hat %2 lang nicht geantwortet: %3</translation>
    </message>
    <message>
        <source>expected process &apos;%1&apos; is not running on %2</source>
        <translation>der erwartete Prozess &apos;%1&apos; läuft nicht auf %2</translation>
    </message>
    <message>
        <source>the newest data on %1 is %2 old (limit %3)</source>
        <translation>die neuesten Daten auf %1 sind %2 alt (Grenze %3)</translation>
    </message>
    <message numerus="yes">
        <source>%1 is ephemeral and holds %n file(s) of %2 (%3) with fewer than %4 copies; the oldest is %5 old</source>
        <translation>
            <numerusform>%1 ist flüchtig und enthält %n Datei von %2 (%3) mit weniger als %4 Kopien; sie ist %5 alt</numerusform>
            <numerusform>%1 ist flüchtig und enthält %n Dateien von %2 (%3) mit weniger als %4 Kopien; die älteste ist %5 alt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has not answered over SSH for %2: %3 (its node_exporter answers)</source>
        <translation>%1 hat %2 lang nicht über SSH geantwortet: %3 (sein node_exporter antwortet)</translation>
    </message>
    <message>
        <source>%1: %2 % orphaned at its last scan (%3)</source>
        <translation>%1: %2 % verwaist beim letzten Scan (%3)</translation>
    </message>
    <message>
        <source>%1, the backup of %2 %3, was empty when listed at %4</source>
        <translation>%1, die Sicherung von %2 %3, war leer, als sie am %4 gelistet wurde</translation>
    </message>
    <message>
        <source>%1, the backup of %2 %3: its newest object is %4 old (as listed at %5)</source>
        <translation>%1, die Sicherung von %2 %3: ihr neuestes Objekt ist %4 alt (gelistet am %5)</translation>
    </message>
    <message>
        <source>%1 holds %2, at or over its limit of %3</source>
        <translation>%1 enthält %2 und ist an oder über seiner Grenze von %3</translation>
    </message>
    <message>
        <source>%1 will reach its limit of %2 in about %3 (growing %4 a day)</source>
        <translation>%1 erreicht seine Grenze von %2 in etwa %3 (wächst um %4 am Tag)</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 auf %2: %3</translation>
    </message>
</context>
<context>
    <name>qm::AlertMonitor</name>
    <message>
        <source>Alerts are kept in memory only: %1</source>
        <translation>Meldungen werden nur im Arbeitsspeicher gehalten: %1</translation>
    </message>
    <message>
        <source>Alerts are not recorded: %1</source>
        <translation>Meldungen werden nicht aufgezeichnet: %1</translation>
    </message>
</context>
<context>
    <name>qm::AlertNotifier</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s), %1 critical</source>
        <translation>
            <numerusform>%n Meldung, %1 kritisch</numerusform>
            <numerusform>%n Meldungen, %1 kritisch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n Meldung</numerusform>
            <numerusform>%n Meldungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quartermaster: %n open alert(s)</source>
        <translation>
            <numerusform>Quartermaster: %n offene Meldung</numerusform>
            <numerusform>Quartermaster: %n offene Meldungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::AlertRules</name>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Free space</source>
        <translation>Freier Platz</translation>
    </message>
    <message>
        <source>Syncs blocked (max_disk_usage_percent)</source>
        <translation>Synchronisierung blockiert (max_disk_usage_percent)</translation>
    </message>
    <message>
        <source>Data category size</source>
        <translation>Größe einer Datenkategorie</translation>
    </message>
    <message>
        <source>Full soon</source>
        <translation>Bald voll</translation>
    </message>
    <message>
        <source>Host unreachable</source>
        <translation>Rechner nicht erreichbar</translation>
    </message>
    <message>
        <source>Process not running</source>
        <translation>Prozess läuft nicht</translation>
    </message>
    <message>
        <source>No new data</source>
        <translation>Keine neuen Daten</translation>
    </message>
    <message>
        <source>Unreplicated data on an ephemeral host</source>
        <translation>Nicht replizierte Daten auf einem flüchtigen Rechner</translation>
    </message>
    <message>
        <source>A writable volume has less free space than the warning or critical threshold.</source>
        <translation>Ein beschreibbares Laufwerk hat weniger freien Platz als die Warn- oder die kritische Schwelle.</translation>
    </message>
    <message>
        <source>A volume that syncs write to is at or above the config&apos;s max_disk_usage_percent, so syncs to it stop.</source>
        <translation>Ein Laufwerk, auf das Synchronisierungen schreiben, hat max_disk_usage_percent der Konfiguration erreicht oder überschritten, daher halten die Synchronisierungen dorthin an.</translation>
    </message>
    <message>
        <source>A data category on a host has grown over its size limit.</source>
        <translation>Eine Datenkategorie auf einem Rechner ist über ihre Größengrenze gewachsen.</translation>
    </message>
    <message>
        <source>At the growth of the last 6 hours, a volume will be full soon.</source>
        <translation>Beim Wachstum der letzten 6 Stunden ist ein Laufwerk bald voll.</translation>
    </message>
    <message>
        <source>A host has not answered its probes for a while.</source>
        <translation>Ein Rechner hat eine Weile nicht auf seine Abfragen geantwortet.</translation>
    </message>
    <message>
        <source>A process expected on a host is not running.</source>
        <translation>Ein auf einem Rechner erwarteter Prozess läuft nicht.</translation>
    </message>
    <message>
        <source>The newest data file on a host (logs left out) is older than the freshness limit.</source>
        <translation>Die neueste Datendatei auf einem Rechner (Logs ausgenommen) ist älter als die Aktualitätsgrenze.</translation>
    </message>
    <message>
        <source>An ephemeral host holds data with fewer copies than replication_target for too long.</source>
        <translation>Ein flüchtiger Rechner hält zu lange Daten mit weniger Kopien als replication_target.</translation>
    </message>
    <message>
        <source>line %1: the size is too large</source>
        <translation>Zeile %1: die Größe ist zu groß</translation>
    </message>
    <message>
        <source>line %1: &apos;%2&apos; has a limit already</source>
        <translation>Zeile %1: &apos;%2&apos; hat bereits eine Grenze</translation>
    </message>
    <message>
        <source>Orphaned storage</source>
        <translation>Verwaister Speicher</translation>
    </message>
    <message>
        <source>The last orphan scan of a storage location found this share of its bytes in objects no database row references.</source>
        <translation>Der letzte Waisen-Scan eines Speicherorts fand diesen Anteil seiner Bytes in Objekten, auf die keine Datenbankzeile verweist.</translation>
    </message>
    <message>
        <source>Stale backup</source>
        <translation>Veraltete Sicherung</translation>
    </message>
    <message>
        <source>The newest object of a storage location named as a host&apos;s backup is older than this (as of its last listing): the backup has stopped.</source>
        <translation>Das neueste Objekt eines Speicherorts, der als Sicherung eines Rechners benannt ist, ist älter als dies (laut seiner letzten Auflistung): Die Sicherung läuft nicht mehr.</translation>
    </message>
    <message>
        <source>Location at its limit</source>
        <translation>Speicherort an seiner Grenze</translation>
    </message>
    <message>
        <source>At the growth of its last 30 days of listings, a storage location will reach its size limit (set under Location limits) within this time, or has reached it.</source>
        <translation>Beim Wachstum seiner Auflistungen der letzten 30 Tage erreicht ein Speicherort seine Größengrenze (unter „Grenzen der Speicherorte“ festgelegt) innerhalb dieser Zeit oder hat sie schon erreicht.</translation>
    </message>
    <message>
        <source>line %1: write a limit as %2</source>
        <translation>Zeile %1: Schreiben Sie eine Grenze als %2</translation>
    </message>
    <message>
        <source>&apos;category: size&apos;, e.g. &apos;ply_rejected: 300 GB&apos;</source>
        <translation>„Kategorie: Größe“, z. B. „ply_rejected: 300 GB“</translation>
    </message>
    <message>
        <source>&apos;location: size&apos;, e.g. &apos;rclone:s3:backups: 2 TB&apos;</source>
        <translation>„Speicherort: Größe“, z. B. „rclone:s3:backups: 2 TB“</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>Zustandsprüfung</translation>
    </message>
    <message>
        <source>A saved health check (Health page) is at warning or critical: a success line missing, errors, a log too large, stale data, a process not running, a command or an endpoint failing.</source>
        <translation>Eine gespeicherte Zustandsprüfung (Seite Zustand) steht auf Warnung oder kritisch: eine fehlende Erfolgszeile, Fehler, ein zu großes Log, veraltete Daten, ein Prozess, der nicht läuft, ein Befehl oder ein Endpunkt, der versagt.</translation>
    </message>
</context>
<context>
    <name>qm::AlertStore</name>
    <message>
        <source>cannot record alerts: %1</source>
        <translation>die Meldungen können nicht aufgezeichnet werden: %1</translation>
    </message>
    <message>
        <source>cannot read the alerts: %1</source>
        <translation>die Meldungen können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>qm::AlertsModel</name>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Rechner</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Pending: %1</source>
        <translation>Ausstehend: %1</translation>
    </message>
    <message>
        <source>not yet (since %1)</source>
        <translation>noch nicht (seit %1)</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
</context>
<context>
    <name>qm::AlertsPage</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Host: %1</source>
        <translation>Rechner: %1</translation>
    </message>
    <message>
        <source>Host: %1, subject: %2</source>
        <translation>Rechner: %1, Objekt: %2</translation>
    </message>
    <message>
        <source>Value: %1 (threshold %2)</source>
        <translation>Wert: %1 (Schwelle %2)</translation>
    </message>
    <message>
        <source>Condition since: %1</source>
        <translation>Bedingung erfüllt seit: %1</translation>
    </message>
    <message>
        <source>Raised: %1</source>
        <translation>Ausgelöst: %1</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Noch offen</translation>
    </message>
    <message>
        <source>Cleared: %1 (after %2)</source>
        <translation>Behoben: %1 (nach %2)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Open alerts, cleared ones, or both</source>
        <translation>Offene Meldungen, behobene oder beide</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>Nur kritische</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>Select an alert to see its details.</source>
        <translation>Wählen Sie eine Meldung aus, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <source>No alert matches the filter.</source>
        <translation>Keine Meldung passt zum Filter.</translation>
    </message>
    <message>
        <source>No alerts.</source>
        <translation>Keine Meldungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n open alert(s)</source>
        <translation>
            <numerusform>%n offene Meldung</numerusform>
            <numerusform>%n offene Meldungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n cleared</source>
        <translation>
            <numerusform>, %n behoben</numerusform>
            <numerusform>, %n behoben</numerusform>
        </translation>
    </message>
    <message>
        <source>Pending: %1</source>
        <translation>Ausstehend: %1</translation>
    </message>
    <message>
        <source>Not raised yet: its condition holds, but not yet for as long as the rule asks (“for”). It is raised when a later probe finds it still holding.</source>
        <translation>Noch nicht ausgelöst: Die Bedingung besteht, aber noch nicht so lange, wie die Regel verlangt („Dauer“). Die Meldung wird ausgelöst, wenn sie bei einer späteren Abfrage noch besteht.</translation>
    </message>
    <message numerus="yes">
        <source>, %n pending</source>
        <translation>
            <numerusform>, %n ausstehend</numerusform>
            <numerusform>, %n ausstehend</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Meldungen</translation>
    </message>
</context>
<context>
    <name>qm::Archive</name>
    <message>
        <source>The saved archive plan is damaged: &quot;%1&quot; is missing or wrong.</source>
        <translation>Der gespeicherte Archivplan ist beschädigt: &quot;%1&quot; fehlt oder ist falsch.</translation>
    </message>
    <message>
        <source>No folder or file to archive was given.</source>
        <translation>Es wurde kein Ordner und keine Datei zum Archivieren angegeben.</translation>
    </message>
    <message>
        <source>The age of files to archive must be 0 days or more, not %1.</source>
        <translation>Das Alter der zu archivierenden Dateien muss 0 Tage oder mehr betragen, nicht %1.</translation>
    </message>
    <message>
        <source>Cannot archive %1: %2</source>
        <translation>%1 kann nicht archiviert werden: %2</translation>
    </message>
    <message>
        <source>%1 is a symbolic link, and archiving never follows links. Give the path it points to (%2) instead.</source>
        <translation>%1 ist eine symbolische Verknüpfung, und beim Archivieren werden Verknüpfungen nie verfolgt. Geben Sie stattdessen den Pfad an, auf den sie zeigt (%2).</translation>
    </message>
    <message>
        <source>Cannot archive %1: it is neither a folder nor a regular file.</source>
        <translation>%1 kann nicht archiviert werden: Es ist weder ein Ordner noch eine reguläre Datei.</translation>
    </message>
    <message>
        <source>The output folder %1 does not exist.</source>
        <translation>Der Ausgabeordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 already exists, and archiving never replaces a file. Move it away or choose another output folder.</source>
        <translation>%1 existiert bereits, und beim Archivieren wird nie eine Datei ersetzt. Verschieben Sie sie oder wählen Sie einen anderen Ausgabeordner.</translation>
    </message>
    <message>
        <source>Cannot read the folder %1: %2</source>
        <translation>Der Ordner %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Planning the archive of %1 was cancelled.</source>
        <translation>Die Planung des Archivs von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>unknown libarchive error</source>
        <translation>unbekannter libarchive-Fehler</translation>
    </message>
    <message>
        <source>%1 while writing %2 — nothing was removed.</source>
        <translation>%1 beim Schreiben von %2 – nichts wurde entfernt.</translation>
    </message>
    <message>
        <source>Nothing under %1 is old enough to archive.</source>
        <translation>Unter %1 ist nichts alt genug zum Archivieren.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2 — nothing was archived or removed.</source>
        <translation>%1 kann nicht geöffnet werden: %2 – nichts wurde archiviert oder entfernt.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2 — nothing was archived or removed.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden: %2 – nichts wurde archiviert oder entfernt.</translation>
    </message>
    <message>
        <source>%1 already exists, and archiving never replaces a file — nothing was archived or removed. Plan the archive again.</source>
        <translation>%1 existiert bereits, und beim Archivieren wird nie eine Datei ersetzt – nichts wurde archiviert oder entfernt. Planen Sie das Archiv neu.</translation>
    </message>
    <message numerus="yes">
        <source>Writing %1: %n file(s), %2.</source>
        <translation>
            <numerusform>Schreibe %1: %n Datei, %2.</numerusform>
            <numerusform>Schreibe %1: %n Dateien, %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing left to archive: every planned file changed since the plan.</source>
        <translation>Nichts mehr zu archivieren: Jede geplante Datei hat sich seit dem Plan geändert.</translation>
    </message>
    <message>
        <source>%1 appeared while it was being written, and archiving never replaces a file — nothing was removed.</source>
        <translation>%1 ist entstanden, während es geschrieben wurde, und beim Archivieren wird nie eine Datei ersetzt – nichts wurde entfernt.</translation>
    </message>
    <message>
        <source>Cannot flush the folder %1 to disk (%2)</source>
        <translation>Der Ordner %1 kann nicht auf die Platte geschrieben werden (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n file(s), %2 → %3.</source>
        <translation>
            <numerusform>%1 geschrieben: %n Datei, %2 → %3.</numerusform>
            <numerusform>%1 geschrieben: %n Dateien, %2 → %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verified %1: every entry matches what was written.</source>
        <translation>%1 geprüft: Jeder Eintrag stimmt mit dem Geschriebenen überein.</translation>
    </message>
    <message>
        <source>This libarchive cannot compress with several threads; using one.</source>
        <translation>Diese libarchive kann nicht mit mehreren Threads komprimieren; es wird einer verwendet.</translation>
    </message>
    <message>
        <source>Cancelled while writing %1 — nothing was removed.</source>
        <translation>Beim Schreiben von %1 abgebrochen – nichts wurde entfernt.</translation>
    </message>
    <message>
        <source>Left out %1: it is gone.</source>
        <translation>%1 ausgelassen: Es ist verschwunden.</translation>
    </message>
    <message>
        <source>Left out %1: it changed since the plan.</source>
        <translation>%1 ausgelassen: Es hat sich seit dem Plan geändert.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2 — nothing was removed.</source>
        <translation>%1 kann nicht gelesen werden: %2 – nichts wurde entfernt.</translation>
    </message>
    <message>
        <source>%1 shrank while it was being archived — nothing was removed. Run the archive again.</source>
        <translation>%1 ist beim Archivieren geschrumpft – nichts wurde entfernt. Führen Sie das Archivieren erneut aus.</translation>
    </message>
    <message>
        <source>%1 changed while it was being archived: the archive holds it as it was read, and the original stays.</source>
        <translation>%1 hat sich beim Archivieren geändert: Das Archiv enthält es, wie es gelesen wurde, und das Original bleibt.</translation>
    </message>
    <message>
        <source>Cannot flush it to disk (fsync): %1</source>
        <translation>Es kann nicht auf die Platte geschrieben werden (fsync): %1</translation>
    </message>
    <message>
        <source>Verification of %1 failed: %2. The archive was deleted and nothing was removed.</source>
        <translation>Die Prüfung von %1 ist fehlgeschlagen: %2. Das Archiv wurde gelöscht, und nichts wurde entfernt.</translation>
    </message>
    <message>
        <source>it is not a %1 stream</source>
        <translation>es ist kein %1-Datenstrom</translation>
    </message>
    <message numerus="yes">
        <source>it cannot be read after %n entries (%1)</source>
        <translation>
            <numerusform>es kann nach %n Eintrag nicht gelesen werden (%1)</numerusform>
            <numerusform>es kann nach %n Einträgen nicht gelesen werden (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>it holds an unexpected entry %1</source>
        <translation>es enthält einen unerwarteten Eintrag %1</translation>
    </message>
    <message>
        <source>entry %1 has the wrong type or size</source>
        <translation>Eintrag %1 hat den falschen Typ oder die falsche Größe</translation>
    </message>
    <message>
        <source>Cancelled while verifying %1. The archive was deleted and nothing was removed.</source>
        <translation>Beim Prüfen von %1 abgebrochen. Das Archiv wurde gelöscht, und nichts wurde entfernt.</translation>
    </message>
    <message>
        <source>entry %1 cannot be read (%2)</source>
        <translation>Eintrag %1 kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>entry %1 differs from the file that was written</source>
        <translation>Eintrag %1 weicht von der geschriebenen Datei ab</translation>
    </message>
    <message>
        <source>%1 is missing from it</source>
        <translation>%1 fehlt darin</translation>
    </message>
    <message>
        <source>Cancelled after %1 was written and verified: %2 original(s) moved to the trash, %3 left in place.</source>
        <translation>Abgebrochen, nachdem %1 geschrieben und geprüft war: %2 Original(e) in den Papierkorb verschoben, %3 an Ort und Stelle belassen.</translation>
    </message>
    <message>
        <source>Kept %1: it changed after it was archived.</source>
        <translation>%1 behalten: Es hat sich nach dem Archivieren geändert.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not remove %1 (%2); it stays in place.</source>
        <translation>%1 konnte nicht entfernt werden (%2); es bleibt an Ort und Stelle.</translation>
    </message>
    <message numerus="yes">
        <source>%1 was written and verified, but %n original(s) could not be moved to the trash and are still in place (first: %2).</source>
        <translation>
            <numerusform>%1 wurde geschrieben und geprüft, aber %n Original konnte nicht in den Papierkorb verschoben werden und ist noch vorhanden (erstes: %2).</numerusform>
            <numerusform>%1 wurde geschrieben und geprüft, aber %n Originale konnten nicht in den Papierkorb verschoben werden und sind noch vorhanden (erstes: %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>moved to the trash</source>
        <translation>in den Papierkorb verschoben</translation>
    </message>
    <message numerus="yes">
        <source>Archived %n file(s), %1 → %2; %3 original(s) %4, %5 kept.</source>
        <translation>
            <numerusform>%n Datei archiviert, %1 → %2; %3 Original(e) %4, %5 behalten.</numerusform>
            <numerusform>%n Dateien archiviert, %1 → %2; %3 Original(e) %4, %5 behalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>Exit-Status %1</translation>
    </message>
    <message>
        <source>%1 could not be reached: %2</source>
        <translation>%1 war nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1 has no usable tar (`tar --version` said: %2), which archiving a host&apos;s files needs</source>
        <translation>%1 hat kein brauchbares tar (`tar --version` meldete: %2), das das Archivieren der Dateien eines Rechners braucht</translation>
    </message>
    <message>
        <source>%1 — nothing was archived or removed.</source>
        <translation>%1 – nichts wurde archiviert oder entfernt.</translation>
    </message>
    <message>
        <source>moved into the quarantine on %1</source>
        <translation>in die Quarantäne auf %1 verschoben</translation>
    </message>
    <message>
        <source>The files of %1:%2 did not arrive whole (%3) — nothing was removed.</source>
        <translation>Die Dateien von %1:%2 kamen nicht vollständig an (%3) – nichts wurde entfernt.</translation>
    </message>
    <message>
        <source>tar on %1: %2</source>
        <translation>tar auf %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n planned file(s) did not arrive from the host (gone or unreadable since the plan): left out, their originals untouched.</source>
        <translation>
            <numerusform>%n geplante Datei kam nicht vom Rechner an (seit dem Plan verschwunden oder unlesbar): ausgelassen, ihr Original unberührt.</numerusform>
            <numerusform>%n geplante Dateien kamen nicht vom Rechner an (seit dem Plan verschwunden oder unlesbar): ausgelassen, ihre Originale unberührt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The stream of %1:%2 could not be archived: %3 — nothing was removed.</source>
        <translation>Der Datenstrom von %1:%2 konnte nicht archiviert werden: %3 – nichts wurde entfernt.</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>kein Speicher mehr frei</translation>
    </message>
    <message>
        <source>the host sent %1, which the plan does not name</source>
        <translation>der Rechner schickte %1, das der Plan nicht nennt</translation>
    </message>
    <message>
        <source>Left out %1: the host sent it as a link or a special file.</source>
        <translation>%1 ausgelassen: Der Rechner schickte es als Verknüpfung oder Spezialdatei.</translation>
    </message>
    <message>
        <source>%1 arrived with %2 of its %3</source>
        <translation>%1 kam mit %2 von %3 an</translation>
    </message>
    <message numerus="yes">
        <source>%1 was written and verified, but %n original(s) on %2 could not be moved into the quarantine and are still in place (%3).</source>
        <translation>
            <numerusform>%1 wurde geschrieben und geprüft, aber %n Original auf %2 konnte nicht in die Quarantäne verschoben werden und ist noch vorhanden (%3).</numerusform>
            <numerusform>%1 wurde geschrieben und geprüft, aber %n Originale auf %2 konnten nicht in die Quarantäne verschoben werden und sind noch vorhanden (%3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Archiving %1 needs a folder of this machine to write the archive into.</source>
        <translation>Das Archivieren von %1 braucht einen Ordner dieses Rechners, in den das Archiv geschrieben wird.</translation>
    </message>
</context>
<context>
    <name>qm::ArchiveJob</name>
    <message>
        <source>the archive job&apos;s parameters are damaged (root, olderThanDays or format)</source>
        <translation>die Parameter des Archivauftrags sind beschädigt (root, olderThanDays oder format)</translation>
    </message>
    <message numerus="yes">
        <source>Nothing under %1 is older than %n day(s): nothing to archive.</source>
        <translation>
            <numerusform>Unter %1 ist nichts älter als %n Tag: nichts zu archivieren.</numerusform>
            <numerusform>Unter %1 ist nichts älter als %n Tage: nichts zu archivieren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would archive %n file(s) (%1) older than %2 day(s) under %3 into %4, then move the originals to the trash.</source>
        <translation>
            <numerusform>Würde %n Datei (%1), älter als %2 Tag(e), unter %3 in %4 archivieren und die Originale dann in den Papierkorb verschieben.</numerusform>
            <numerusform>Würde %n Dateien (%1), älter als %2 Tag(e), unter %3 in %4 archivieren und die Originale dann in den Papierkorb verschieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Symbolic links left alone (never followed): %1.</source>
        <translation>Symbolische Verknüpfungen unberührt gelassen (nie verfolgt): %1.</translation>
    </message>
    <message>
        <source>Folders on another filesystem not entered: %1.</source>
        <translation>Ordner auf einem anderen Dateisystem nicht betreten: %1.</translation>
    </message>
    <message>
        <source>Special files and unreadable names left alone: %1.</source>
        <translation>Spezialdateien und unlesbare Namen unberührt gelassen: %1.</translation>
    </message>
    <message>
        <source>Folders that could not be read (their files stay): %1.</source>
        <translation>Ordner, die nicht gelesen werden konnten (ihre Dateien bleiben): %1.</translation>
    </message>
    <message>
        <source>the saved plan is damaged: %1</source>
        <translation>der gespeicherte Plan ist beschädigt: %1</translation>
    </message>
    <message>
        <source>executing the saved plan of %1</source>
        <translation>führe den gespeicherten Plan von %1 aus</translation>
    </message>
    <message>
        <source>the plan could not be saved: %1</source>
        <translation>der Plan konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>“%1” is not a host of the config</source>
        <translation>„%1“ ist kein Rechner der Konfiguration</translation>
    </message>
    <message numerus="yes">
        <source>Would archive %n file(s) (%1) older than %2 day(s) under %3 into %4 on this machine, then move the originals into %5 on %6.</source>
        <translation>
            <numerusform>Würde %n Datei (%1) älter als %2 Tag(e) unter %3 nach %4 auf diesem Rechner archivieren und dann das Original nach %5 auf %6 verschieben.</numerusform>
            <numerusform>Würde %n Dateien (%1) älter als %2 Tag(e) unter %3 nach %4 auf diesem Rechner archivieren und dann die Originale nach %5 auf %6 verschieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Freed on %1 now: 0 bytes; held in its quarantine: %2 (until it is emptied: qmctl jobs add cleanup %3 --empty-quarantine --older-than DAYS).</source>
        <translation>Jetzt auf %1 frei: 0 Bytes; in seiner Quarantäne gehalten: %2 (bis sie geleert wird: qmctl jobs add cleanup %3 --empty-quarantine --older-than TAGE).</translation>
    </message>
    <message>
        <source>the saved plan is damaged: it is of another host</source>
        <translation>der gespeicherte Plan ist beschädigt: Er gehört zu einem anderen Rechner</translation>
    </message>
</context>
<context>
    <name>qm::BackupLink</name>
    <message>
        <source>“%1” is not HOST/KIND=LOCATION (e.g. gpu-1/models=rclone:s3:backup/gpu-1/models)</source>
        <translation>„%1“ hat nicht die Form RECHNER/ART=ORT (z. B. gpu-1/models=rclone:s3:backup/gpu-1/models)</translation>
    </message>
    <message>
        <source>“%1” is not a data kind: games, npz or models</source>
        <translation>„%1“ ist keine Datenart: games, npz oder models</translation>
    </message>
    <message>
        <source>the backup location “%1” does not read: %2</source>
        <translation>Der Sicherungsort „%1“ ist nicht lesbar: %2</translation>
    </message>
</context>
<context>
    <name>qm::Cleanup</name>
    <message>
        <source>%1 does not exist (a drive that is not mounted?)</source>
        <translation>%1 existiert nicht (ein nicht eingehängtes Laufwerk?)</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <source>%1: permission denied</source>
        <translation>%1: Zugriff verweigert</translation>
    </message>
    <message>
        <source>The folder to clean up must be an absolute path, not &quot;%1&quot;</source>
        <translation>Der zu bereinigende Ordner muss ein absoluter Pfad sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The age must be a number of days (0 or more), not %1</source>
        <translation>Das Alter muss eine Anzahl Tage sein (0 oder mehr), nicht %1</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The cleanup plan was cancelled</source>
        <translation>Der Bereinigungsplan wurde abgebrochen</translation>
    </message>
    <message>
        <source>The cleanup plan is damaged: %1</source>
        <translation>Der Bereinigungsplan ist beschädigt: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or not valid</source>
        <translation>&quot;%1&quot; fehlt oder ist ungültig</translation>
    </message>
    <message>
        <source>it is not a version 1 cleanup plan</source>
        <translation>es ist kein Bereinigungsplan der Version 1</translation>
    </message>
    <message>
        <source>file %1 of the list is not valid (a path must stay inside the root; a size and a time are needed)</source>
        <translation>Datei %1 der Liste ist ungültig (ein Pfad muss innerhalb des Stammordners bleiben; Größe und Zeit sind nötig)</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>the sizes add up to more than any disk holds</source>
        <translation>die Größen ergeben mehr, als eine Platte fasst</translation>
    </message>
    <message>
        <source>the file count or the total size does not match the list</source>
        <translation>die Dateianzahl oder die Gesamtgröße passt nicht zur Liste</translation>
    </message>
    <message>
        <source>The cleanup plan is damaged: its root &quot;%1&quot; is not an absolute path; nothing was removed</source>
        <translation>Der Bereinigungsplan ist beschädigt: Sein Stammordner &quot;%1&quot; ist kein absoluter Pfad; nichts wurde entfernt</translation>
    </message>
    <message>
        <source>The cleanup plan is damaged: &quot;%1&quot; is not a path inside the root, or is listed twice; nothing was removed</source>
        <translation>Der Bereinigungsplan ist beschädigt: &quot;%1&quot; ist kein Pfad innerhalb des Stammordners oder doppelt aufgeführt; nichts wurde entfernt</translation>
    </message>
    <message>
        <source>; nothing was removed</source>
        <translation>; nichts wurde entfernt</translation>
    </message>
    <message>
        <source>%1 now leads to %2 (a link on the way changed): plan the cleanup again; nothing was removed</source>
        <translation>%1 führt jetzt zu %2 (eine Verknüpfung auf dem Weg hat sich geändert): Planen Sie die Bereinigung neu; nichts wurde entfernt</translation>
    </message>
    <message>
        <source>a folder on its way is now a symbolic link, which is never followed</source>
        <translation>ein Ordner auf dem Weg ist jetzt eine symbolische Verknüpfung, die nie verfolgt wird</translation>
    </message>
    <message>
        <source>a folder on its way is now on another filesystem (a drive mounted there?)</source>
        <translation>ein Ordner auf dem Weg liegt jetzt auf einem anderen Dateisystem (dort ein Laufwerk eingehängt?)</translation>
    </message>
    <message>
        <source>it is no longer a regular file</source>
        <translation>es ist keine reguläre Datei mehr</translation>
    </message>
    <message>
        <source>it changed since the plan was made (now %1, modified %2)</source>
        <translation>es hat sich seit dem Plan geändert (jetzt %1, geändert %2)</translation>
    </message>
    <message>
        <source>its path no longer leads to the planned file (a folder on the way was replaced)</source>
        <translation>sein Pfad führt nicht mehr zur geplanten Datei (ein Ordner auf dem Weg wurde ersetzt)</translation>
    </message>
    <message>
        <source>Kept %1: %2</source>
        <translation>%1 behalten: %2</translation>
    </message>
    <message>
        <source>Cannot check %1: %2</source>
        <translation>%1 kann nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>Cannot remove %1</source>
        <translation>%1 kann nicht entfernt werden</translation>
    </message>
    <message numerus="yes">
        <source>Cleaning up %Ln file(s) (%1) under %2</source>
        <translation>
            <numerusform>Bereinige %Ln Datei (%1) unter %2</numerusform>
            <numerusform>Bereinige %Ln Dateien (%1) unter %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was moved or replaced during the cleanup; stopped</source>
        <translation>%1 wurde während der Bereinigung verschoben oder ersetzt; angehalten</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %Ln failed file(s)</source>
        <translation>
            <numerusform>Nach %Ln fehlgeschlagenen Datei angehalten</numerusform>
            <numerusform>Nach %Ln fehlgeschlagenen Dateien angehalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled with %Ln file(s) not reached</source>
        <translation>
            <numerusform>Abgebrochen, %Ln Datei nicht erreicht</numerusform>
            <numerusform>Abgebrochen, %Ln Dateien nicht erreicht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) could not be removed; the first: %1</source>
        <translation>
            <numerusform>%Ln Datei konnte nicht entfernt werden; die erste: %1</numerusform>
            <numerusform>%Ln Dateien konnten nicht entfernt werden; die erste: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to clean up under %1.</source>
        <translation>Unter %1 gibt es nichts zu bereinigen.</translation>
    </message>
    <message numerus="yes">
        <source>Would move %Ln file(s) (%1) under %2 to the trash. Freed now: %3; held in the trash: %4.</source>
        <translation>
            <numerusform>Würde %Ln Datei (%1) unter %2 in den Papierkorb verschieben. Sofort frei: %3; im Papierkorb gehalten: %4.</numerusform>
            <numerusform>Würde %Ln Dateien (%1) unter %2 in den Papierkorb verschieben. Sofort frei: %3; im Papierkorb gehalten: %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>of any age</source>
        <translation>jeden Alters</translation>
    </message>
    <message numerus="yes">
        <source>modified more than %Ln day(s) before %1</source>
        <translation>
            <numerusform>mehr als %Ln Tag vor %1 geändert</numerusform>
            <numerusform>mehr als %Ln Tage vor %1 geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>with any name</source>
        <translation>mit beliebigem Namen</translation>
    </message>
    <message>
        <source>named %1</source>
        <translation>namens %1</translation>
    </message>
    <message>
        <source>Scope: regular files %1, %2, in %3 and its folders.</source>
        <translation>Umfang: reguläre Dateien %1, %2, in %3 und seinen Ordnern.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln symbolic link(s) left alone: links are never followed or removed.</source>
        <translation>
            <numerusform>%Ln symbolische Verknüpfung unberührt gelassen: Verknüpfungen werden nie verfolgt oder entfernt.</numerusform>
            <numerusform>%Ln symbolische Verknüpfungen unberührt gelassen: Verknüpfungen werden nie verfolgt oder entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other item(s) left alone: special files, trash folders, other filesystems, names not valid here.</source>
        <translation>
            <numerusform>%Ln anderer Eintrag unberührt gelassen: Spezialdateien, Papierkorbordner, andere Dateisysteme, hier ungültige Namen.</numerusform>
            <numerusform>%Ln andere Einträge unberührt gelassen: Spezialdateien, Papierkorbordner, andere Dateisysteme, hier ungültige Namen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln folder(s) could not be read: their files are not in the plan.</source>
        <translation>
            <numerusform>%Ln Ordner konnte nicht gelesen werden: Seine Dateien sind nicht im Plan.</numerusform>
            <numerusform>%Ln Ordner konnten nicht gelesen werden: Ihre Dateien sind nicht im Plan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln file(s) (%1) to the trash</source>
        <translation>
            <numerusform>%Ln Datei (%1) in den Papierkorb verschoben</numerusform>
            <numerusform>%Ln Dateien (%1) in den Papierkorb verschoben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already gone</source>
        <translation>
            <numerusform>%Ln bereits verschwunden</numerusform>
            <numerusform>%Ln bereits verschwunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed since planned and kept</source>
        <translation>
            <numerusform>%Ln seit der Planung geändert und behalten</numerusform>
            <numerusform>%Ln seit der Planung geändert und behalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln fehlgeschlagen</numerusform>
            <numerusform>%Ln fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln left by the caps for a later run</source>
        <translation>
            <numerusform>%Ln wegen der Obergrenzen für einen späteren Lauf gelassen</numerusform>
            <numerusform>%Ln wegen der Obergrenzen für einen späteren Lauf gelassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not reached</source>
        <translation>
            <numerusform>%Ln nicht erreicht</numerusform>
            <numerusform>%Ln nicht erreicht</numerusform>
        </translation>
    </message>
    <message>
        <source>The pattern &quot;%1&quot; cannot match a file name: patterns match names, without folders</source>
        <translation>Das Muster &quot;%1&quot; kann keinen Dateinamen treffen: Muster gelten für Namen, ohne Ordner</translation>
    </message>
    <message>
        <source>The pattern &quot;%1&quot; is not valid: %2</source>
        <translation>Das Muster &quot;%1&quot; ist ungültig: %2</translation>
    </message>
    <message numerus="yes">
        <source> … (%n more character(s))</source>
        <translation>
            <numerusform> … (%n weiteres Zeichen)</numerusform>
            <numerusform> … (%n weitere Zeichen)</numerusform>
        </translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>Exit-Status %1</translation>
    </message>
    <message>
        <source>the remote cleanup plan names no host or a bad run folder</source>
        <translation>der Plan der entfernten Bereinigung nennt keinen Rechner oder einen ungültigen Laufordner</translation>
    </message>
    <message>
        <source>Emptying the quarantine takes an age in days and no pattern</source>
        <translation>Das Leeren der Quarantäne braucht ein Alter in Tagen und kein Muster</translation>
    </message>
    <message>
        <source>%1 could not be reached: %2</source>
        <translation>%1 konnte nicht erreicht werden: %2</translation>
    </message>
    <message>
        <source>%1:%2 does not exist or cannot be entered (a drive that is not mounted?): %3</source>
        <translation>%1:%2 existiert nicht oder kann nicht betreten werden (ein nicht eingehängtes Laufwerk?): %3</translation>
    </message>
    <message>
        <source>%1:%2 is a link, not the quarantine folder: left alone</source>
        <translation>%1:%2 ist eine Verknüpfung, nicht der Quarantäneordner: unberührt gelassen</translation>
    </message>
    <message>
        <source>the listing of %1:%2 failed: %3</source>
        <translation>die Auflistung von %1:%2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>The cleanup was cancelled</source>
        <translation>Die Bereinigung wurde abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n failed removal(s)</source>
        <translation>
            <numerusform>Nach %n fehlgeschlagenen Entfernung angehalten</numerusform>
            <numerusform>Nach %n fehlgeschlagenen Entfernungen angehalten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:%2 is gone or has moved since the plan: nothing removed there</source>
        <translation>%1:%2 ist seit dem Plan verschwunden oder verschoben: dort wurde nichts entfernt</translation>
    </message>
    <message>
        <source>the cleanup on %1 stopped: %2</source>
        <translation>die Bereinigung auf %1 wurde angehalten: %2</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>kept %1: changed since the plan (%2)</source>
        <translation>%1 behalten: seit dem Plan geändert (%2)</translation>
    </message>
    <message>
        <source>could not remove %1: %2</source>
        <translation>%1 konnte nicht entfernt werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be removed</source>
        <translation>
            <numerusform>%n Datei konnte nicht entfernt werden</numerusform>
            <numerusform>%n Dateien konnten nicht entfernt werden</numerusform>
        </translation>
    </message>
    <message>
        <source>the list of files is not a list</source>
        <translation>die Dateiliste ist keine Liste</translation>
    </message>
    <message numerus="yes">
        <source>Scope: the %Ln file(s) chosen, each only while it is as it was when chosen, in %1.</source>
        <translation>
            <numerusform>Umfang: die %Ln ausgewählte Datei, nur solange sie seit der Auswahl unverändert ist, in %1.</numerusform>
            <numerusform>Umfang: die %Ln ausgewählten Dateien, jede nur, solange sie seit der Auswahl unverändert ist, in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln file(s) (%1) to the quarantine folder %2</source>
        <translation>
            <numerusform>%Ln Datei (%1) in den Quarantäneordner %2 verschoben</numerusform>
            <numerusform>%Ln Dateien (%1) in den Quarantäneordner %2 verschoben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln file(s) (%1) for good from the quarantine</source>
        <translation>
            <numerusform>%Ln Datei (%1) endgültig aus der Quarantäne gelöscht</numerusform>
            <numerusform>%Ln Dateien (%1) endgültig aus der Quarantäne gelöscht</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::CleanupJob</name>
    <message>
        <source>give the folder as /path or HOST:/path, not “%1”</source>
        <translation>geben Sie den Ordner als /pfad oder RECHNER:/pfad an, nicht „%1“</translation>
    </message>
    <message numerus="yes">
        <source>Would delete for good %n file(s) (%1) that the quarantine %2:%3 has held for more than %4 day(s).</source>
        <translation>
            <numerusform>Würde %n Datei (%1) endgültig löschen, die die Quarantäne %2:%3 seit mehr als %4 Tag(en) hält.</numerusform>
            <numerusform>Würde %n Dateien (%1) endgültig löschen, die die Quarantäne %2:%3 seit mehr als %4 Tag(en) hält.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would move %n file(s) (%1) under %2:%3 into the quarantine %2:%4 (held there, on the same filesystem, until a cleanup with --empty-quarantine deletes them).</source>
        <translation>
            <numerusform>Würde %n Datei (%1) unter %2:%3 in die Quarantäne %2:%4 verschieben (dort auf demselben Dateisystem gehalten, bis eine Bereinigung mit --empty-quarantine sie löscht).</numerusform>
            <numerusform>Würde %n Dateien (%1) unter %2:%3 in die Quarantäne %2:%4 verschieben (dort auf demselben Dateisystem gehalten, bis eine Bereinigung mit --empty-quarantine sie löscht).</numerusform>
        </translation>
    </message>
    <message>
        <source>Folders that could not be read (their files stay): %1.</source>
        <translation>Ordner, die nicht gelesen werden konnten (ihre Dateien bleiben): %1.</translation>
    </message>
    <message>
        <source>Entries left alone (special files, names that are not UTF-8, unreadable listing lines): %1.</source>
        <translation>Unberührt gelassene Einträge (Spezialdateien, Namen, die kein UTF-8 sind, unlesbare Zeilen der Auflistung): %1.</translation>
    </message>
    <message>
        <source>only a host&apos;s folder has a quarantine: this machine&apos;s files go to the system trash</source>
        <translation>nur der Ordner eines Rechners hat eine Quarantäne: Die Dateien dieses Rechners kommen in den System-Papierkorb</translation>
    </message>
    <message>
        <source>“%1” is not a host of the config</source>
        <translation>„%1“ ist kein Rechner der Konfiguration</translation>
    </message>
    <message>
        <source>the saved plan is damaged: %1</source>
        <translation>der gespeicherte Plan ist beschädigt: %1</translation>
    </message>
    <message>
        <source>executing the saved plan</source>
        <translation>führe den gespeicherten Plan aus</translation>
    </message>
    <message>
        <source>the plan could not be saved: %1</source>
        <translation>der Plan konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>removed %1 (%2) → %3</source>
        <translation>%1 (%2) entfernt → %3</translation>
    </message>
    <message>
        <source>the cleanup job&apos;s parameters are damaged (olderThanDays or patterns)</source>
        <translation>die Parameter des Bereinigungsauftrags sind beschädigt (olderThanDays oder patterns)</translation>
    </message>
    <message>
        <source>the cleanup job&apos;s chosen files are damaged: %1</source>
        <translation>die ausgewählten Dateien des Bereinigungsauftrags sind beschädigt: %1</translation>
    </message>
</context>
<context>
    <name>qm::ComponentVersions</name>
    <message>
        <source>unavailable (the Qt SQLite driver is not installed)</source>
        <translation>nicht verfügbar (der Qt-SQLite-Treiber ist nicht installiert)</translation>
    </message>
    <message>
        <source>unavailable (%1)</source>
        <translation>nicht verfügbar (%1)</translation>
    </message>
</context>
<context>
    <name>qm::ConfigDocument</name>
    <message>
        <source>The text does not parse; fix the syntax first.</source>
        <translation>Der Text lässt sich nicht auswerten; korrigieren Sie zuerst die Syntax.</translation>
    </message>
    <message>
        <source>This file has line breaks the editor cannot keep byte for byte (a CR without LF, or a Unicode line or paragraph separator); use qmctl check --fix or another editor.</source>
        <translation>Diese Datei enthält Zeilenumbrüche, die der Editor nicht Byte für Byte erhalten kann (ein CR ohne LF oder ein Unicode-Zeilen- oder -Absatztrenner); verwenden Sie qmctl check --fix oder einen anderen Editor.</translation>
    </message>
    <message>
        <source>The text changed after this fix was offered; wait for the check to finish and choose the fix again.</source>
        <translation>Der Text hat sich geändert, seit diese Korrektur angeboten wurde; warten Sie, bis die Prüfung fertig ist, und wählen Sie die Korrektur erneut.</translation>
    </message>
    <message>
        <source>The text changed while the fix was being checked; choose the fix again.</source>
        <translation>Der Text hat sich geändert, während die Korrektur geprüft wurde; wählen Sie die Korrektur erneut.</translation>
    </message>
</context>
<context>
    <name>qm::ConfigEdit</name>
    <message>
        <source>the edit names node %1, which the document lacks</source>
        <translation>die Änderung nennt den Knoten %1, den das Dokument nicht enthält</translation>
    </message>
    <message>
        <source>there is no such value in the file</source>
        <translation>diesen Wert gibt es in der Datei nicht</translation>
    </message>
    <message>
        <source>line %1 holds a collection or an alias, not a single value</source>
        <translation>Zeile %1 enthält eine Sammlung oder einen Alias, keinen einzelnen Wert</translation>
    </message>
    <message>
        <source>the value at line %1 carries an anchor or a tag; edit it in the text</source>
        <translation>der Wert in Zeile %1 trägt einen Anker oder ein Tag; im Text bearbeiten</translation>
    </message>
    <message>
        <source>the value at line %1 is a block scalar; edit it in the text</source>
        <translation>der Wert in Zeile %1 ist ein Blockskalar; im Text bearbeiten</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid %2</source>
        <translation>&apos;%1&apos; ist kein gültiger Wert vom Typ %2</translation>
    </message>
    <message>
        <source>there is no such key in the file</source>
        <translation>diesen Schlüssel gibt es in der Datei nicht</translation>
    </message>
    <message>
        <source>the mapping already has a key &apos;%1&apos;</source>
        <translation>die Zuordnung hat bereits einen Schlüssel &apos;%1&apos;</translation>
    </message>
    <message>
        <source>there is no such entry in the file</source>
        <translation>diesen Eintrag gibt es in der Datei nicht</translation>
    </message>
    <message>
        <source>a comment stands before the last item at line %1; edit it in the text</source>
        <translation>vor dem letzten Eintrag in Zeile %1 steht ein Kommentar; im Text bearbeiten</translation>
    </message>
    <message>
        <source>the entry at line %1 shares its line with other content; edit it in the text</source>
        <translation>der Eintrag in Zeile %1 teilt sich die Zeile mit anderem Inhalt; im Text bearbeiten</translation>
    </message>
    <message>
        <source>there is no such list in the file</source>
        <translation>diese Liste gibt es in der Datei nicht</translation>
    </message>
    <message>
        <source>nothing to add</source>
        <translation>nichts hinzuzufügen</translation>
    </message>
    <message>
        <source>the new item cannot be written in YAML safely</source>
        <translation>das neue Element lässt sich nicht sicher in YAML schreiben</translation>
    </message>
    <message>
        <source>the list at line %1 has an unusual layout; edit it in the text</source>
        <translation>die Liste in Zeile %1 ist ungewöhnlich aufgebaut; im Text bearbeiten</translation>
    </message>
    <message>
        <source>the mapping at line %1 is not closed by &apos;}&apos;</source>
        <translation>die Zuordnung in Zeile %1 wird nicht durch &apos;}&apos; geschlossen</translation>
    </message>
    <message>
        <source>the list at line %1 is not closed by &apos;]&apos;</source>
        <translation>die Liste in Zeile %1 wird nicht durch &apos;]&apos; geschlossen</translation>
    </message>
    <message>
        <source>there is no such mapping in the file</source>
        <translation>diese Zuordnung gibt es in der Datei nicht</translation>
    </message>
    <message>
        <source>the new entry cannot be written in YAML safely</source>
        <translation>der neue Eintrag lässt sich nicht sicher in YAML schreiben</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already has a value; edit it in the text</source>
        <translation>&apos;%1&apos; hat bereits einen Wert; im Text bearbeiten</translation>
    </message>
    <message>
        <source>the file has no hosts mapping to add &apos;%1&apos; to</source>
        <translation>die Datei hat keine hosts-Zuordnung, der &apos;%1&apos; hinzugefügt werden könnte</translation>
    </message>
    <message>
        <source>Add a host &apos;%1&apos; with status: disabled</source>
        <translation>Einen Rechner &apos;%1&apos; mit status: disabled hinzufügen</translation>
    </message>
    <message>
        <source>the file&apos;s top level is not a mapping</source>
        <translation>die oberste Ebene der Datei ist keine Zuordnung</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a mapping</source>
        <translation>&apos;%1&apos; ist keine Zuordnung</translation>
    </message>
    <message>
        <source>the change does not say what it means to change, so it cannot be verified; nothing was changed</source>
        <translation>die Änderung gibt nicht an, was sie ändern soll, daher kann sie nicht überprüft werden; nichts wurde geändert</translation>
    </message>
    <message>
        <source>the change&apos;s text edits overlap or fall outside the file; nothing was changed</source>
        <translation>die Textbearbeitungen der Änderung überschneiden sich oder liegen außerhalb der Datei; nichts wurde geändert</translation>
    </message>
    <message>
        <source>the change would leave a file that does not parse (%1); nothing was changed</source>
        <translation>die Änderung würde eine nicht auswertbare Datei hinterlassen (%1); nichts wurde geändert</translation>
    </message>
    <message>
        <source>the change would leave a file PyYAML cannot load (%1); nothing was changed</source>
        <translation>die Änderung würde eine Datei hinterlassen, die PyYAML nicht laden kann (%1); nichts wurde geändert</translation>
    </message>
    <message>
        <source>the change would also alter %1, beyond what it means to change; nothing was changed</source>
        <translation>die Änderung würde über das Beabsichtigte hinaus auch %1 verändern; nichts wurde geändert</translation>
    </message>
    <message>
        <source>the file does not parse (%1): fix that first</source>
        <translation>die Datei lässt sich nicht auswerten (%1): zuerst das beheben</translation>
    </message>
</context>
<context>
    <name>qm::ConfigFile</name>
    <message>
        <source>Cannot open %1: the file is %2 bytes, more than the %3 bytes a fleet config may have.</source>
        <translation>%1 kann nicht geöffnet werden: Die Datei hat %2 Bytes, mehr als die %3 Bytes, die eine Flottenkonfiguration haben darf.</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not UTF-8 text (a YAML config must be).</source>
        <translation>%1 kann nicht geöffnet werden: Es ist kein UTF-8-Text (eine YAML-Konfiguration muss es sein).</translation>
    </message>
</context>
<context>
    <name>qm::ConfigHistory</name>
    <message>
        <source>unset</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>%1 added to %2</source>
        <translation>%1 zu %2 hinzugefügt</translation>
    </message>
    <message>
        <source>%1 removed from %2</source>
        <translation>%1 aus %2 entfernt</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Host %1 added</source>
        <translation>Rechner %1 hinzugefügt</translation>
    </message>
    <message>
        <source>Hosts %1 added</source>
        <translation>Rechner %1 hinzugefügt</translation>
    </message>
    <message>
        <source>Host %1 removed</source>
        <translation>Rechner %1 entfernt</translation>
    </message>
    <message>
        <source>Hosts %1 removed</source>
        <translation>Rechner %1 entfernt</translation>
    </message>
    <message>
        <source>%1: status %2 → %3</source>
        <translation>%1: Status %2 → %3</translation>
    </message>
    <message>
        <source>%1: role %2 → %3</source>
        <translation>%1: Rolle %2 → %3</translation>
    </message>
    <message>
        <source>%1: SSH %2@%3:%4 → %5@%6:%7</source>
        <translation>%1: SSH %2@%3:%4 → %5@%6:%7</translation>
    </message>
    <message>
        <source>External storage of %1: path %2 → %3</source>
        <translation>Externer Speicher von %1: Pfad %2 → %3</translation>
    </message>
    <message>
        <source>External storage of %1 receives %2 (was %3)</source>
        <translation>Externer Speicher von %1 empfängt %2 (vorher %3)</translation>
    </message>
    <message>
        <source>%1 excluded from %2 (was %3)</source>
        <translation>%1 von %2 ausgeschlossen (vorher %3)</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>keine Zahl</translation>
    </message>
    <message>
        <source>Bandwidth override %1: %2 MB/s added</source>
        <translation>Bandbreitenvorgabe %1: %2 MB/s hinzugefügt</translation>
    </message>
    <message>
        <source>Bandwidth override %1: %2 → %3 MB/s</source>
        <translation>Bandbreitenvorgabe %1: %2 → %3 MB/s</translation>
    </message>
    <message>
        <source>Bandwidth override %1 removed</source>
        <translation>Bandbreitenvorgabe %1 entfernt</translation>
    </message>
    <message>
        <source>elo_sync.coordinator %1 → %2</source>
        <translation>elo_sync.coordinator %1 → %2</translation>
    </message>
    <message>
        <source>does not load</source>
        <translation>lässt sich nicht laden</translation>
    </message>
    <message>
        <source>Does not parse: %1</source>
        <translation>Nicht auswertbar: %1</translation>
    </message>
    <message numerus="yes">
        <source>Oldest version: %n host(s)</source>
        <translation>
            <numerusform>Älteste Version: %n Rechner</numerusform>
            <numerusform>Älteste Version: %n Rechner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Parses again: %n host(s)</source>
        <translation>
            <numerusform>Wieder auswertbar: %n Rechner</numerusform>
            <numerusform>Wieder auswertbar: %n Rechner</numerusform>
        </translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Keine Änderung</translation>
    </message>
    <message>
        <source>Comments or formatting only</source>
        <translation>Nur Kommentare oder Formatierung</translation>
    </message>
    <message>
        <source>the lines no longer match the texts they were compared from</source>
        <translation>die Zeilen passen nicht mehr zu den Texten, aus denen sie verglichen wurden</translation>
    </message>
    <message>
        <source>No backups: %1 does not exist.</source>
        <translation>Keine Sicherungen: %1 existiert nicht.</translation>
    </message>
    <message>
        <source>No backups of %1 in %2.</source>
        <translation>Keine Sicherungen von %1 in %2.</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>No git history: git is not installed.</source>
        <translation>Kein Git-Verlauf: git ist nicht installiert.</translation>
    </message>
    <message>
        <source>No git history: %1 could not be started (%2).</source>
        <translation>Kein Git-Verlauf: %1 konnte nicht gestartet werden (%2).</translation>
    </message>
    <message>
        <source>No git history: %1 is not in a git repository.</source>
        <translation>Kein Git-Verlauf: %1 liegt in keinem Git-Repository.</translation>
    </message>
    <message>
        <source>No git history: git log failed: %1</source>
        <translation>Kein Git-Verlauf: git log ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Not in commit %1: %2</source>
        <translation>Nicht in Commit %1: %2</translation>
    </message>
    <message>
        <source>No git history: %1 has never been committed.</source>
        <translation>Kein Git-Verlauf: %1 wurde nie committet.</translation>
    </message>
</context>
<context>
    <name>qm::ConfigHistoryModel</name>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Updater backup</source>
        <translation>Sicherung des Updaters</translation>
    </message>
    <message>
        <source>Git</source>
        <translation>Git</translation>
    </message>
    <message>
        <source>Current file</source>
        <translation>Aktuelle Datei</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Git %1</source>
        <translation>Git %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Added %1: %2</source>
        <translation>Hinzugekommen %1: %2</translation>
    </message>
    <message>
        <source>Fixed %1: %2</source>
        <translation>Behoben %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) in this version</source>
        <translation>
            <numerusform>%n Fehler in dieser Version</numerusform>
            <numerusform>%n Fehler in dieser Version</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
</context>
<context>
    <name>qm::ConfigPage</name>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern …</translation>
    </message>
    <message>
        <source>Save the config, after showing what changes (Ctrl+S)</source>
        <translation>Die Konfiguration speichern, nachdem angezeigt wurde, was sich ändert (Strg+S)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Re&amp;load from Disk</source>
        <translation>Vom Datenträger neu &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Next Problem</source>
        <translation>&amp;Nächstes Problem</translation>
    </message>
    <message>
        <source>Filter hosts by name, role, status, address…</source>
        <translation>Rechner nach Name, Rolle, Status, Adresse filtern …</translation>
    </message>
    <message>
        <source>Add Host…</source>
        <translation>Rechner hinzufügen …</translation>
    </message>
    <message>
        <source>Remove Host</source>
        <translation>Rechner entfernen</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Rechner</translation>
    </message>
    <message>
        <source>Sync Routing</source>
        <translation>Sync-Routing</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Probleme:</translation>
    </message>
    <message>
        <source>No fleet config is open.

Open distributed_hosts.yaml with File › Open (Ctrl+O) or File › Recent Files, or drop it on this window.</source>
        <translation>Keine Flottenkonfiguration geöffnet.

Öffnen Sie distributed_hosts.yaml mit Datei › Konfiguration öffnen (Strg+O) oder Datei › Zuletzt geöffnete Dateien, oder ziehen Sie die Datei auf dieses Fenster.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>Reload from Disk</source>
        <translation>Vom Datenträger neu laden</translation>
    </message>
    <message>
        <source>Replace your unsaved changes with the file on disk? You can undo this.</source>
        <translation>Ihre ungespeicherten Änderungen durch die Datei auf dem Datenträger ersetzen? Sie können das rückgängig machen.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved.</source>
        <translation>%1 hat Änderungen, die nicht gespeichert sind.</translation>
    </message>
    <message>
        <source>Errors (%1)</source>
        <translation>Fehler (%1)</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Warnungen (%1)</translation>
    </message>
    <message>
        <source>Info (%1)</source>
        <translation>Hinweise (%1)</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message>
        <source>Quick Fix: %1…</source>
        <translation>Schnellkorrektur: %1 …</translation>
    </message>
    <message>
        <source>Go to Location</source>
        <translation>Zur Stelle springen</translation>
    </message>
    <message>
        <source>No quick fix for this problem</source>
        <translation>Keine Schnellkorrektur für dieses Problem</translation>
    </message>
    <message>
        <source>Applied: %1</source>
        <translation>Angewendet: %1</translation>
    </message>
    <message>
        <source>Quick Fix</source>
        <translation>Schnellkorrektur</translation>
    </message>
    <message>
        <source>%1. This changes only the lines below; you can undo it.</source>
        <translation>%1. Dies ändert nur die Zeilen unten; Sie können es rückgängig machen.</translation>
    </message>
    <message>
        <source>Apply Fix</source>
        <translation>Korrektur anwenden</translation>
    </message>
    <message>
        <source>Quick fix refused: %1</source>
        <translation>Schnellkorrektur abgelehnt: %1</translation>
    </message>
    <message>
        <source>Quick Fix Refused</source>
        <translation>Schnellkorrektur abgelehnt</translation>
    </message>
    <message>
        <source>The fix was not applied: %1</source>
        <translation>Die Korrektur wurde nicht angewendet: %1</translation>
    </message>
    <message>
        <source>the text does not parse; fix its syntax first</source>
        <translation>der Text lässt sich nicht auswerten; zuerst seine Syntax korrigieren</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
    <message>
        <source>Add Host</source>
        <translation>Rechner hinzufügen</translation>
    </message>
    <message>
        <source>Name of the new host (added with status: disabled):</source>
        <translation>Name des neuen Rechners (wird mit status: disabled hinzugefügt):</translation>
    </message>
    <message>
        <source>No changes to save.</source>
        <translation>Keine Änderungen zu speichern.</translation>
    </message>
    <message>
        <source>Save a Config That Does Not Parse?</source>
        <translation>Eine nicht auswertbare Konfiguration speichern?</translation>
    </message>
    <message>
        <source>%1 does not parse: %2

The fleet&apos;s daemons will fail to load it. Save anyway?</source>
        <translation>%1 lässt sich nicht auswerten: %2

Die Dienste der Flotte werden sie nicht laden können. Trotzdem speichern?</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>%1 speichern</translation>
    </message>
    <message>
        <source>These changes will be written to %1. The file as it is now is kept in .config_backups beside it.</source>
        <translation>Diese Änderungen werden in %1 geschrieben. Die Datei in ihrem jetzigen Stand wird daneben in .config_backups aufbewahrt.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert …</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>%1 already held these contents.</source>
        <translation>%1 hatte bereits diesen Inhalt.</translation>
    </message>
    <message>
        <source>Saved %1; the previous version is in %2</source>
        <translation>%1 gespeichert; die vorige Fassung liegt in %2</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>Datei auf dem Datenträger geändert</translation>
    </message>
    <message>
        <source>%1 was changed by another program, and you have unsaved changes here.</source>
        <translation>%1 wurde von einem anderen Programm geändert, und Sie haben hier ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>%1 was changed by another program.</source>
        <translation>%1 wurde von einem anderen Programm geändert.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Vergleichen …</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Compare with Disk</source>
        <translation>Mit dem Datenträger vergleichen</translation>
    </message>
    <message>
        <source>From your text (---) to the file on disk now (+++). Reload replaces your text with the file; you can undo it.</source>
        <translation>Von Ihrem Text (---) zur jetzigen Datei auf dem Datenträger (+++). &apos;Neu laden&apos; ersetzt Ihren Text durch die Datei; Sie können das rückgängig machen.</translation>
    </message>
    <message>
        <source>Cannot Reload</source>
        <translation>Neu laden nicht möglich</translation>
    </message>
    <message>
        <source>%1 is shown read-only: it has line breaks the editor cannot keep byte for byte.</source>
        <translation>%1 wird schreibgeschützt angezeigt: Die Datei enthält Zeilenumbrüche, die der Editor nicht Byte für Byte erhalten kann.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info message(s)</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) remain in the config (see Problems): the fleet&apos;s daemons may reject it or act on it wrongly until they are fixed.</source>
        <translation>
            <numerusform>%n Fehler bleibt in der Konfiguration (siehe Probleme): Die Dienste der Flotte könnten sie ablehnen oder falsch umsetzen, bis er behoben ist.</numerusform>
            <numerusform>%n Fehler bleiben in der Konfiguration (siehe Probleme): Die Dienste der Flotte könnten sie ablehnen oder falsch umsetzen, bis sie behoben sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) remain (see Problems)</source>
        <translation>
            <numerusform>%n Fehler bleibt (siehe Probleme)</numerusform>
            <numerusform>%n Fehler bleiben (siehe Probleme)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2.</source>
        <translation>%1
%2.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 already held these contents; %2.</source>
        <translation>%1 hatte bereits diesen Inhalt; %2.</translation>
    </message>
    <message>
        <source>Saved %1; %2. The previous version is in %3</source>
        <translation>%1 gespeichert; %2. Die vorige Fassung liegt in %3</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Config &amp;History</source>
        <translation>Konfigurations&amp;verlauf</translation>
    </message>
    <message>
        <source>Every saved version of the config, what each changed, and restore (Ctrl+Shift+H)</source>
        <translation>Jede gespeicherte Version der Konfiguration, was sie jeweils geändert hat, und Wiederherstellen (Strg+Shift+H)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
</context>
<context>
    <name>qm::ConfigRules</name>
    <message>
        <source>&apos;%1&apos; is excluded from receiving %2 in sync_routing.excluded_hosts, but allowed_external_storage lets it receive %2 at %3</source>
        <translation>&apos;%1&apos; ist in sync_routing.excluded_hosts vom Empfang von %2 ausgeschlossen, aber allowed_external_storage lässt ihn %2 unter %3 empfangen</translation>
    </message>
    <message>
        <source>excluded here</source>
        <translation>hier ausgeschlossen</translation>
    </message>
    <message>
        <source>Turn off receive_%1 for the external storage of &apos;%2&apos;</source>
        <translation>receive_%1 für den externen Speicher von &apos;%2&apos; abschalten</translation>
    </message>
    <message>
        <source>sync_routing.%1 is %2, outside 0–100</source>
        <translation>sync_routing.%1 ist %2, außerhalb von 0–100</translation>
    </message>
    <message>
        <source>target_disk_usage_percent (%1) must be below max_disk_usage_percent (%2): cleanup could never reach it</source>
        <translation>target_disk_usage_percent (%1) muss unter max_disk_usage_percent (%2) liegen: die Bereinigung könnte es nie erreichen</translation>
    </message>
    <message>
        <source>max_disk_usage_percent is set here</source>
        <translation>max_disk_usage_percent wird hier gesetzt</translation>
    </message>
    <message>
        <source>Swap the target and maximum disk usage</source>
        <translation>Ziel- und Höchstbelegung vertauschen</translation>
    </message>
    <message>
        <source>max_disk_usage_percent (%1) lets a receiver fill beyond 100 − min_free_disk_percent (%2)</source>
        <translation>max_disk_usage_percent (%1) lässt einen Empfänger über 100 − min_free_disk_percent (%2) hinaus füllen</translation>
    </message>
    <message>
        <source>min_free_disk_percent is set here</source>
        <translation>min_free_disk_percent wird hier gesetzt</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not defined in hosts</source>
        <translation>%1 &apos;%2&apos; ist in hosts nicht definiert</translation>
    </message>
    <message>
        <source>; did you mean &apos;%1&apos;?</source>
        <translation>; meinten Sie &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>Change &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>&apos;%1&apos; in &apos;%2&apos; ändern</translation>
    </message>
    <message>
        <source>Remove the reference to &apos;%1&apos;</source>
        <translation>Den Verweis auf &apos;%1&apos; entfernen</translation>
    </message>
    <message>
        <source>excluded host</source>
        <translation>Ausgeschlossener Rechner</translation>
    </message>
    <message>
        <source>the host of external storage %1</source>
        <translation>Der Rechner des externen Speichers %1</translation>
    </message>
    <message>
        <source>priority host</source>
        <translation>Bevorzugter Rechner</translation>
    </message>
    <message>
        <source>p2p voter</source>
        <translation>P2P-Wähler</translation>
    </message>
    <message>
        <source>elo_sync coordinator</source>
        <translation>elo_sync-Koordinator</translation>
    </message>
    <message>
        <source>auto_sync excluded host</source>
        <translation>In auto_sync ausgeschlossener Rechner</translation>
    </message>
    <message>
        <source>&apos;%1&apos; and &apos;%2&apos; have the same SSH endpoint %3</source>
        <translation>&apos;%1&apos; und &apos;%2&apos; haben denselben SSH-Endpunkt %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; uses it here</source>
        <translation>&apos;%1&apos; verwendet ihn hier</translation>
    </message>
    <message numerus="yes">
        <source>%n p2p voter(s): leader election needs at least three to survive a failure</source>
        <translation>
            <numerusform>%n P2P-Wähler: die Leiterwahl braucht mindestens drei, um einen Ausfall zu überstehen</numerusform>
            <numerusform>%n P2P-Wähler: die Leiterwahl braucht mindestens drei, um einen Ausfall zu überstehen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n p2p voters: an even count tolerates no more failures than one fewer and can split the vote</source>
        <translation>
            <numerusform>%n P2P-Wähler: eine gerade Anzahl verkraftet nicht mehr Ausfälle als einer weniger und kann die Wahl spalten</numerusform>
            <numerusform>%n P2P-Wähler: eine gerade Anzahl verkraftet nicht mehr Ausfälle als einer weniger und kann die Wahl spalten</numerusform>
        </translation>
    </message>
    <message>
        <source>NAT-blocked</source>
        <translation>hinter NAT blockiert</translation>
    </message>
    <message>
        <source>status &apos;%1&apos;</source>
        <translation>Status &apos;%1&apos;</translation>
    </message>
    <message>
        <source>p2p_enabled is not true</source>
        <translation>p2p_enabled ist nicht true</translation>
    </message>
    <message>
        <source>p2p voter &apos;%1&apos; cannot vote reliably: %2</source>
        <translation>P2P-Wähler &apos;%1&apos; kann nicht zuverlässig wählen: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is defined here</source>
        <translation>&apos;%1&apos; wird hier definiert</translation>
    </message>
    <message>
        <source>excluded in sync_routing.excluded_hosts</source>
        <translation>in sync_routing.excluded_hosts ausgeschlossen</translation>
    </message>
    <message>
        <source>ephemeral (its data must leave, not arrive)</source>
        <translation>flüchtig (seine Daten müssen fort, nicht hin)</translation>
    </message>
    <message>
        <source>priority host &apos;%1&apos; is %2</source>
        <translation>bevorzugter Rechner &apos;%1&apos; ist %2</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is in sync_routing.excluded_hosts but not in auto_sync.exclude_hosts</source>
        <translation>&apos;%1&apos; steht in sync_routing.excluded_hosts, aber nicht in auto_sync.exclude_hosts</translation>
    </message>
    <message>
        <source>auto_sync.exclude_hosts</source>
        <translation>auto_sync.exclude_hosts</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is in auto_sync.exclude_hosts but not in sync_routing.excluded_hosts</source>
        <translation>&apos;%1&apos; steht in auto_sync.exclude_hosts, aber nicht in sync_routing.excluded_hosts</translation>
    </message>
    <message>
        <source>sync_routing.excluded_hosts</source>
        <translation>sync_routing.excluded_hosts</translation>
    </message>
    <message>
        <source>bandwidth override &apos;%1&apos; matches no host</source>
        <translation>Bandbreitenvorgabe &apos;%1&apos; passt auf keinen Rechner</translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos;: this definition silently replaces the first</source>
        <translation>doppelter Schlüssel &apos;%1&apos;: diese Definition ersetzt stillschweigend die erste</translation>
    </message>
    <message>
        <source>first defined here</source>
        <translation>zuerst hier definiert</translation>
    </message>
    <message>
        <source>Remove the second definition of &apos;%1&apos;</source>
        <translation>Die zweite Definition von &apos;%1&apos; entfernen</translation>
    </message>
    <message>
        <source>Remove &apos;%1&apos; from sync_routing.excluded_hosts</source>
        <translation>&apos;%1&apos; aus sync_routing.excluded_hosts entfernen</translation>
    </message>
    <message>
        <source>Lower max_disk_usage_percent to %1</source>
        <translation>max_disk_usage_percent auf %1 senken</translation>
    </message>
    <message>
        <source>Add &apos;%1&apos; to auto_sync.exclude_hosts</source>
        <translation>&apos;%1&apos; zu auto_sync.exclude_hosts hinzufügen</translation>
    </message>
    <message>
        <source>Add &apos;%1&apos; to sync_routing.excluded_hosts</source>
        <translation>&apos;%1&apos; zu sync_routing.excluded_hosts hinzufügen</translation>
    </message>
    <message>
        <source>Remove &apos;%1&apos; from auto_sync.exclude_hosts</source>
        <translation>&apos;%1&apos; aus auto_sync.exclude_hosts entfernen</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>no host can receive %1</source>
        <translation>kein Rechner kann %1 empfangen</translation>
    </message>
    <message>
        <source>no host can receive %1: %2</source>
        <translation>kein Rechner kann %1 empfangen: %2</translation>
    </message>
    <message>
        <source>%1 from &apos;%2&apos; can go to no other host: it is the only host that can receive them</source>
        <translation>für %1 von &apos;%2&apos; gibt es keinen anderen Rechner: Er ist der einzige Rechner, der sie empfangen kann</translation>
    </message>
    <message numerus="yes">
        <source>replication_target is %1, but only %n host(s) can receive %2 (%3)</source>
        <translation>
            <numerusform>replication_target ist %1, aber nur %n Rechner kann %2 empfangen (%3)</numerusform>
            <numerusform>replication_target ist %1, aber nur %n Rechner können %2 empfangen (%3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>replication_target is %1, but %2 from %3 can reach only %n other host(s) of %4: a host&apos;s own folder is no copy</source>
        <translation>
            <numerusform>replication_target ist %1, aber für %2 von %3 ist nur %n anderer Rechner von %4 erreichbar: Der eigene Ordner eines Rechners ist keine Kopie</numerusform>
            <numerusform>replication_target ist %1, aber für %2 von %3 sind nur %n andere Rechner von %4 erreichbar: Der eigene Ordner eines Rechners ist keine Kopie</numerusform>
        </translation>
    </message>
    <message>
        <source>p2p_voters lists no host: with no voters no leader can be elected</source>
        <translation>p2p_voters nennt keinen Rechner: Ohne Wähler kann kein Leiter gewählt werden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is listed twice in %2</source>
        <translation>&apos;%1&apos; ist in %2 doppelt aufgeführt</translation>
    </message>
    <message>
        <source>first listed here</source>
        <translation>zuerst hier aufgeführt</translation>
    </message>
    <message>
        <source>Remove the second &apos;%1&apos; from %2</source>
        <translation>Den zweiten Eintrag &apos;%1&apos; aus %2 entfernen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is listed twice in %2, excluded from different kinds: which entry the daemons follow is not defined</source>
        <translation>&apos;%1&apos; ist in %2 doppelt aufgeführt, von verschiedenen Arten ausgeschlossen: Welchem Eintrag die Dienste folgen, ist nicht festgelegt</translation>
    </message>
</context>
<context>
    <name>qm::ConfigSave</name>
    <message>
        <source>Cannot read %1 to back it up: %2</source>
        <translation>%1 kann für die Sicherung nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1: %2</source>
        <translation>Der Sicherungsordner %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Not saved: the backup failed. %1 %2 was not changed.</source>
        <translation>Nicht gespeichert: Die Sicherung ist fehlgeschlagen. %1 %2 wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Not saved: the backup failed. Cannot flush the backup folder %1: %2. %3 was not changed.</source>
        <translation>Nicht gespeichert: Die Sicherung ist fehlgeschlagen. Der Sicherungsordner %1 kann nicht auf den Datenträger geschrieben werden: %2. %3 wurde nicht geändert.</translation>
    </message>
    <message>
        <source>%1 was not changed.</source>
        <translation>%1 wurde nicht geändert.</translation>
    </message>
</context>
<context>
    <name>qm::Daemons</name>
    <message>
        <source>“%1” is not a setting of a daemon (it takes %2)</source>
        <translation>„%1“ ist keine Einstellung eines Daemons (er nimmt %2)</translation>
    </message>
    <message>
        <source>a daemon has no “name”</source>
        <translation>ein Daemon hat keinen „name“</translation>
    </message>
    <message>
        <source>daemon “%1” has no “pattern” to find it by</source>
        <translation>Daemon „%1“ hat kein „pattern“, an dem er zu finden ist</translation>
    </message>
    <message>
        <source>daemon “%1” needs one way to start it: “systemd”, “launchd” or “start”</source>
        <translation>Daemon „%1“ braucht einen Weg, ihn zu starten: „systemd“, „launchd“ oder „start“</translation>
    </message>
    <message>
        <source>daemon “%1”: an empty entry in “hosts”</source>
        <translation>Daemon „%1“: ein leerer Eintrag in „hosts“</translation>
    </message>
    <message>
        <source>%1, then in the background: %2</source>
        <translation>%1, dann im Hintergrund: %2</translation>
    </message>
    <message>
        <source>in the background: %1</source>
        <translation>im Hintergrund: %1</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 auf %2: %3</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>diesem Rechner</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <source>no process matches “%1” %n second(s) after the start</source>
        <translation>
            <numerusform>kein Prozess passt %n Sekunde nach dem Start auf „%1“</numerusform>
            <numerusform>kein Prozess passt %n Sekunden nach dem Start auf „%1“</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a process still matches “%1” %n second(s) after the stop</source>
        <translation>
            <numerusform>ein Prozess passt %n Sekunde nach dem Stopp noch auf „%1“</numerusform>
            <numerusform>ein Prozess passt %n Sekunden nach dem Stopp noch auf „%1“</numerusform>
        </translation>
    </message>
    <message>
        <source>a second daemon named “%1”</source>
        <translation>ein zweiter Daemon namens „%1“</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>qm::DashboardPage</name>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert …</translation>
    </message>
    <message>
        <source>Reading volumes…</source>
        <translation>Laufwerke werden gelesen …</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Read the volumes again now (F5)</source>
        <translation>Die Laufwerke jetzt neu einlesen (F5)</translation>
    </message>
    <message>
        <source>Open in File Manager</source>
        <translation>In der Dateiverwaltung öffnen</translation>
    </message>
    <message>
        <source>Copy Mount Point</source>
        <translation>Einhängepunkt kopieren</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert um %1</translation>
    </message>
    <message numerus="yes">
        <source>Volumes read at %1; %n could not be read</source>
        <translation>
            <numerusform>Laufwerke gelesen um %1; %n konnte nicht gelesen werden</numerusform>
            <numerusform>Laufwerke gelesen um %1; %n konnten nicht gelesen werden</numerusform>
        </translation>
    </message>
    <message>
        <source>Volumes read at %1</source>
        <translation>Laufwerke gelesen um %1</translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s)</source>
        <translation>
            <numerusform>%n Laufwerk</numerusform>
            <numerusform>%n Laufwerke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n system filesystem(s) hidden)</source>
        <translation>
            <numerusform>(%n Systemdateisystem ausgeblendet)</numerusform>
            <numerusform>(%n Systemdateisysteme ausgeblendet)</numerusform>
        </translation>
    </message>
    <message>
        <source>Soonest to full</source>
        <translation>Als Nächstes voll</translation>
    </message>
    <message>
        <source>Fullest</source>
        <translation>Am vollsten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
</context>
<context>
    <name>qm::DataCategories</name>
    <message>
        <source>Games</source>
        <translation>Spiele</translation>
    </message>
    <message>
        <source>Training data</source>
        <translation>Trainingsdaten</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Rejected PLY samples</source>
        <translation>Verworfene PLY-Samples</translation>
    </message>
    <message>
        <source>Accepted PLY</source>
        <translation>Akzeptierte PLY-Dateien</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>line %1: write a category as &apos;name: pattern pattern ...&apos;</source>
        <translation>Zeile %1: eine Kategorie als &apos;Name: Muster Muster ...&apos; schreiben</translation>
    </message>
    <message>
        <source>line %1: category &apos;%2&apos; is defined twice</source>
        <translation>Zeile %1: Kategorie &apos;%2&apos; ist doppelt definiert</translation>
    </message>
</context>
<context>
    <name>qm::DataScan</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1: operation not permitted (on macOS, give the app Full Disk Access or access to removable volumes)</source>
        <translation>%1: Vorgang nicht erlaubt (unter macOS der App Festplattenvollzugriff oder Zugriff auf Wechseldatenträger gewähren)</translation>
    </message>
    <message>
        <source>%1: permission denied</source>
        <translation>%1: Zugriff verweigert</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>qm::DatabasePasswords</name>
    <message>
        <source>access to the system keychain was refused</source>
        <translation>der Zugriff auf den System-Schlüsselbund wurde verweigert</translation>
    </message>
    <message>
        <source>the system keychain refused access (is it locked? unlock it and try again)</source>
        <translation>der System-Schlüsselbund hat den Zugriff verweigert (ist er gesperrt? Entsperren Sie ihn und versuchen Sie es erneut)</translation>
    </message>
    <message>
        <source>no system keychain is available (on Linux, start gnome-keyring or KWallet — a Secret Service — in your session)</source>
        <translation>kein System-Schlüsselbund verfügbar (unter Linux: starten Sie gnome-keyring oder KWallet – einen Secret Service – in Ihrer Sitzung)</translation>
    </message>
    <message>
        <source>the system keychain could not delete the entry</source>
        <translation>der System-Schlüsselbund konnte den Eintrag nicht löschen</translation>
    </message>
    <message>
        <source>the system keychain did not answer (on Linux, is gnome-keyring or KWallet — a Secret Service — running and unlocked in your session?)</source>
        <translation>der System-Schlüsselbund hat nicht geantwortet (läuft unter Linux gnome-keyring oder KWallet – ein Secret Service – entsperrt in Ihrer Sitzung?)</translation>
    </message>
</context>
<context>
    <name>qm::DfOutput</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>not a df row</source>
        <translation>keine df-Zeile</translation>
    </message>
    <message>
        <source>a count too large to be real</source>
        <translation>eine Zahl, die zu groß ist, um echt zu sein</translation>
    </message>
    <message>
        <source>df gives no figures for this filesystem</source>
        <translation>df liefert für dieses Dateisystem keine Werte</translation>
    </message>
</context>
<context>
    <name>qm::Duration</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::FleetConfig</name>
    <message>
        <source>the number %1</source>
        <translation>die Zahl %1</translation>
    </message>
    <message>
        <source>the string &apos;%1&apos;</source>
        <translation>die Zeichenkette &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the date %1</source>
        <translation>das Datum %1</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>eine Zuordnung</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>ein einzelner Wert</translation>
    </message>
    <message>
        <source>%1 is %2, but %3 is expected</source>
        <translation>%1 ist %2, erwartet wird aber %3</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2; did you mean &apos;%3&apos;?</source>
        <translation>unbekannter Schlüssel &apos;%1&apos; in %2; meinten Sie &apos;%3&apos;?</translation>
    </message>
    <message>
        <source>Rename &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>&apos;%1&apos; in &apos;%2&apos; umbenennen</translation>
    </message>
    <message>
        <source>the document</source>
        <translation>das Dokument</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>der obersten Ebene</translation>
    </message>
</context>
<context>
    <name>qm::FleetEdits</name>
    <message>
        <source>There is no host &apos;%1&apos; any more.</source>
        <translation>Es gibt keinen Rechner &apos;%1&apos; mehr.</translation>
    </message>
    <message>
        <source>there is no host &apos;%1&apos; in the file</source>
        <translation>es gibt keinen Rechner &apos;%1&apos; in der Datei</translation>
    </message>
    <message>
        <source>there is no host &apos;%1&apos; in the file; did you mean &apos;%2&apos;?</source>
        <translation>es gibt keinen Rechner &apos;%1&apos; in der Datei; meinten Sie &apos;%2&apos;?</translation>
    </message>
    <message>
        <source>The list changed; nothing was removed.</source>
        <translation>Die Liste hat sich geändert; nichts wurde entfernt.</translation>
    </message>
    <message>
        <source>The external storage list changed; nothing was changed.</source>
        <translation>Die Liste der externen Speicher hat sich geändert; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host key the fleet reads</source>
        <translation>&apos;%1&apos; ist kein Rechnerschlüssel, den die Flotte liest</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host key the fleet reads; did you mean &apos;%2&apos;?</source>
        <translation>&apos;%1&apos; ist kein Rechnerschlüssel, den die Flotte liest; meinten Sie &apos;%2&apos;?</translation>
    </message>
    <message>
        <source>%1 takes %2; &apos;%3&apos; is not one</source>
        <translation>%1 erwartet %2; &apos;%3&apos; ist das nicht</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>%1 holds a list or a mapping, not a single value: edit it in the file or on the Config page</source>
        <translation>%1 enthält eine Liste oder eine Zuordnung, keinen einzelnen Wert: bearbeiten Sie es in der Datei oder auf der Seite Konfiguration</translation>
    </message>
</context>
<context>
    <name>qm::FleetSummaryBar</name>
    <message>
        <source>Hosts answering</source>
        <translation>Antwortende Rechner</translation>
    </message>
    <message>
        <source>Hosts whose last probe answered, of the hosts listed on the Hosts page</source>
        <translation>Rechner, deren letzte Abfrage beantwortet wurde, von den Rechnern auf der Seite „Rechner“</translation>
    </message>
    <message>
        <source>Over threshold</source>
        <translation>Über der Schwelle</translation>
    </message>
    <message>
        <source>Writable volumes whose free space is below the warning threshold (Preferences)</source>
        <translation>Beschreibbare Laufwerke, deren freier Platz unter der Warnschwelle liegt (Einstellungen)</translation>
    </message>
    <message>
        <source>Soonest to full</source>
        <translation>Als Nächstes voll</translation>
    </message>
    <message>
        <source>The volume whose history&apos;s forecast fills first</source>
        <translation>Das Laufwerk, das laut Vorhersage aus dem Verlauf als erstes voll ist</translation>
    </message>
    <message>
        <source>Data at risk</source>
        <translation>Gefährdete Daten</translation>
    </message>
    <message>
        <source>Data with fewer copies than replication_target, as the Replication page measured it</source>
        <translation>Daten mit weniger Kopien als replication_target, wie auf der Seite „Replikation“ gemessen</translation>
    </message>
    <message>
        <source>Firing alerts</source>
        <translation>Ausgelöste Meldungen</translation>
    </message>
    <message>
        <source>Open alerts (the Alerts page); pending ones hold, but not yet for as long as their rule asks</source>
        <translation>Offene Meldungen (Seite „Meldungen“); bei ausstehenden besteht die Bedingung, aber noch nicht so lange, wie ihre Regel verlangt</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%n partly reachable</source>
        <translation>
            <numerusform>%n teilweise erreichbar</numerusform>
            <numerusform>%n teilweise erreichbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not answering</source>
        <translation>
            <numerusform>%n antwortet nicht</numerusform>
            <numerusform>%n antworten nicht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not probed</source>
        <translation>
            <numerusform>%n nicht abgefragt</numerusform>
            <numerusform>%n nicht abgefragt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from history, not live</source>
        <translation>
            <numerusform>%n aus dem Verlauf, nicht aktuell</numerusform>
            <numerusform>%n aus dem Verlauf, nicht aktuell</numerusform>
        </translation>
    </message>
    <message>
        <source>all answering, live</source>
        <translation>alle antworten, aktuell</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s)</source>
        <translation>
            <numerusform>%n Laufwerk</numerusform>
            <numerusform>%n Laufwerke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n critical</source>
        <translation>
            <numerusform>%n kritisch</numerusform>
            <numerusform>%n kritisch</numerusform>
        </translation>
    </message>
    <message>
        <source>none critical</source>
        <translation>keines kritisch</translation>
    </message>
    <message>
        <source>full now</source>
        <translation>jetzt voll</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>nothing filling</source>
        <translation>nichts füllt sich</translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s) forecast</source>
        <translation>
            <numerusform>%n Laufwerk mit Vorhersage</numerusform>
            <numerusform>%n Laufwerke mit Vorhersage</numerusform>
        </translation>
    </message>
    <message>
        <source>no forecast yet</source>
        <translation>noch keine Vorhersage</translation>
    </message>
    <message>
        <source>forecasts need a few hours of probes</source>
        <translation>Vorhersagen brauchen einige Stunden an Abfragen</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>Measure on the Replication page</source>
        <translation>Auf der Seite „Replikation“ messen</translation>
    </message>
    <message>
        <source>every file measured has its copies</source>
        <translation>jede gemessene Datei hat ihre Kopien</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n host(s)</source>
        <translation>
            <numerusform>auf %n Rechner</numerusform>
            <numerusform>auf %n Rechnern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n ausstehend</numerusform>
            <numerusform>%n ausstehend</numerusform>
        </translation>
    </message>
    <message>
        <source>none pending</source>
        <translation>keine ausstehend</translation>
    </message>
</context>
<context>
    <name>qm::GenerationLog</name>
    <message>
        <source>pending_generations.json is not valid JSON at byte %1: %2</source>
        <translation>pending_generations.json ist bei Byte %1 kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>pending_generations.json does not hold a JSON object</source>
        <translation>pending_generations.json enthält kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>qm::Glob</name>
    <message>
        <source>&quot;%1&quot; at character %2 belongs inside a set: write &quot;[%1]&quot;</source>
        <translation>„%1“ an Zeichen %2 gehört in eine Menge: schreiben Sie „[%1]“</translation>
    </message>
    <message>
        <source>&quot;[:%1:]&quot; at character %2 is not a character class (alnum, alpha, blank, cntrl, digit, graph, lower, print, punct, space, upper, xdigit)</source>
        <translation>„[:%1:]“ an Zeichen %2 ist keine Zeichenklasse (alnum, alpha, blank, cntrl, digit, graph, lower, print, punct, space, upper, xdigit)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at character %2 is not one character</source>
        <translation>„%1“ an Zeichen %2 ist nicht ein einzelnes Zeichen</translation>
    </message>
    <message>
        <source>the range &quot;%1-%2&quot; at character %3 runs backwards</source>
        <translation>der Bereich „%1-%2“ an Zeichen %3 läuft rückwärts</translation>
    </message>
    <message>
        <source>the &quot;[&quot; at character %1 is not closed by a &quot;]&quot;</source>
        <translation>das „[“ an Zeichen %1 wird nicht durch ein „]“ geschlossen</translation>
    </message>
</context>
<context>
    <name>qm::HealthCheck</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>%1 from the end</source>
        <translation>%1 vom Ende</translation>
    </message>
    <message>
        <source>its own time</source>
        <translation>ihre eigene Zeit</translation>
    </message>
    <message>
        <source>the time of line %1 from the end, written before it</source>
        <translation>die Zeit der Zeile %1 vom Ende, vor ihr geschrieben</translation>
    </message>
    <message>
        <source>no line of %1 matches “%2”</source>
        <translation>keine Zeile von %1 passt auf „%2“</translation>
    </message>
    <message>
        <source>no line in the last %1 of %2 matches “%3”</source>
        <translation>keine Zeile in den letzten %1 von %2 passt auf „%3“</translation>
    </message>
    <message>
        <source>the file&apos;s modification time (no line has a time)</source>
        <translation>die Änderungszeit der Datei (keine Zeile hat eine Zeit)</translation>
    </message>
    <message>
        <source>written %1 ago (%2)</source>
        <translation>vor %1 geschrieben (%2)</translation>
    </message>
    <message>
        <source>“%1” last matched %2 ago, within %3</source>
        <translation>„%1“ passte zuletzt vor %2, innerhalb von %3</translation>
    </message>
    <message>
        <source>“%1” last matched %2 ago, more than %3</source>
        <translation>„%1“ passte zuletzt vor %2, mehr als %3</translation>
    </message>
    <message numerus="yes">
        <source>the last %n line(s)</source>
        <translation>
            <numerusform>der letzten Zeile</numerusform>
            <numerusform>den letzten %n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the last %n minute(s)</source>
        <translation>
            <numerusform>der letzten Minute</numerusform>
            <numerusform>den letzten %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) match “%1” in %2 of %3 (at most %4)</source>
        <translation>
            <numerusform>%n Zeile passt auf „%1“ in %2 von %3 (höchstens %4)</numerusform>
            <numerusform>%n Zeilen passen auf „%1“ in %2 von %3 (höchstens %4)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds %2 (limit %3)</source>
        <translation>%1 enthält %2 (Grenze %3)</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %2 in %n file(s) (limit %3)</source>
        <translation>
            <numerusform>%1 enthält %2 in %n Datei (Grenze %3)</numerusform>
            <numerusform>%1 enthält %2 in %n Dateien (Grenze %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n folder(s) could not be read</source>
        <translation>
            <numerusform>; %n Ordner konnte nicht gelesen werden</numerusform>
            <numerusform>; %n Ordner konnten nicht gelesen werden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds no file</source>
        <translation>%1 enthält keine Datei</translation>
    </message>
    <message>
        <source>newest file written %1</source>
        <translation>neueste Datei geschrieben am %1</translation>
    </message>
    <message numerus="yes">
        <source>the newest of %n file(s) under %1 is %2 old (at most %3)</source>
        <translation>
            <numerusform>die neueste von %n Datei unter %1 ist %2 alt (höchstens %3)</numerusform>
            <numerusform>die neueste von %n Dateien unter %1 ist %2 alt (höchstens %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>no pattern given</source>
        <translation>kein Muster angegeben</translation>
    </message>
    <message>
        <source>“%1” is not a regular expression: %2</source>
        <translation>„%1“ ist kein regulärer Ausdruck: %2</translation>
    </message>
    <message>
        <source>; only the last %1 were read, and the window goes further back</source>
        <translation>; nur die letzten %1 wurden gelesen, und das Zeitfenster reicht weiter zurück</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n process(es) match “%1”</source>
        <translation>
            <numerusform>%n Prozess passt auf „%1“</numerusform>
            <numerusform>%n Prozesse passen auf „%1“</numerusform>
        </translation>
    </message>
    <message>
        <source>no process matches “%1”</source>
        <translation>kein Prozess passt auf „%1“</translation>
    </message>
    <message>
        <source>cannot look for “%1”: %2</source>
        <translation>kann nicht nach „%1“ suchen: %2</translation>
    </message>
    <message>
        <source>pgrep is not installed</source>
        <translation>pgrep ist nicht installiert</translation>
    </message>
    <message>
        <source>cannot run %1: the program is not there</source>
        <translation>kann %1 nicht ausführen: das Programm ist nicht vorhanden</translation>
    </message>
    <message>
        <source>%1 did not finish within %2</source>
        <translation>%1 ist nicht innerhalb von %2 fertig geworden</translation>
    </message>
    <message>
        <source>%1 exited 0 in %2</source>
        <translation>%1 endete mit 0 nach %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 crashed: %2</source>
        <translation>%1 ist abgestürzt: %2</translation>
    </message>
    <message>
        <source>%1 exited %2</source>
        <translation>%1 endete mit %2</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>diesem Rechner</translation>
    </message>
    <message>
        <source>%1 does not answer from %2: %3</source>
        <translation>%1 antwortet von %2 aus nicht: %3</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 to %3 in %4</source>
        <translation>%1 antwortete %3 mit HTTP %2 nach %4</translation>
    </message>
    <message>
        <source>%1 accepted a connection from %2 in %3</source>
        <translation>%1 nahm eine Verbindung von %2 nach %3 an</translation>
    </message>
    <message>
        <source>no log file given</source>
        <translation>keine Logdatei angegeben</translation>
    </message>
    <message>
        <source>give a file or a folder</source>
        <translation>geben Sie eine Datei oder einen Ordner an</translation>
    </message>
    <message>
        <source>no size limit given (in MB)</source>
        <translation>keine Größengrenze angegeben (in MB)</translation>
    </message>
    <message>
        <source>no size limit given (in GB)</source>
        <translation>keine Größengrenze angegeben (in GB)</translation>
    </message>
    <message>
        <source>no folder given</source>
        <translation>kein Ordner angegeben</translation>
    </message>
    <message>
        <source>no process pattern given</source>
        <translation>kein Prozessmuster angegeben</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>give a URL or a HOST:PORT</source>
        <translation>geben Sie eine URL oder HOST:PORT an</translation>
    </message>
    <message>
        <source>“%1” is not an http or https URL</source>
        <translation>„%1“ ist keine http- oder https-URL</translation>
    </message>
    <message>
        <source>“%1” is not HOST:PORT</source>
        <translation>„%1“ ist nicht HOST:PORT</translation>
    </message>
    <message>
        <source>the time limit must be at least a second</source>
        <translation>die Zeitgrenze muss mindestens eine Sekunde sein</translation>
    </message>
</context>
<context>
    <name>qm::HealthCheckSet</name>
    <message>
        <source>“%1” must be a number of at least %2</source>
        <translation>„%1“ muss eine Zahl von mindestens %2 sein</translation>
    </message>
    <message>
        <source>“%1” must be text</source>
        <translation>„%1“ muss Text sein</translation>
    </message>
    <message>
        <source>“%1” must be text or a list of text</source>
        <translation>„%1“ muss Text oder eine Liste von Texten sein</translation>
    </message>
    <message>
        <source>a value that is not a number (Infinity or NaN)</source>
        <translation>ein Wert, der keine Zahl ist (Infinity oder NaN)</translation>
    </message>
    <message>
        <source>no “kind” (one of %1)</source>
        <translation>kein „kind“ (eines von %1)</translation>
    </message>
    <message>
        <source>unknown kind “%1” (one of %2)</source>
        <translation>unbekannte Art „%1“ (eine von %2)</translation>
    </message>
    <message>
        <source>“%1” is not a setting of a %2 check (it takes %3)</source>
        <translation>„%1“ ist keine Einstellung einer %2-Prüfung (sie nimmt %3)</translation>
    </message>
    <message>
        <source>no “name”</source>
        <translation>kein „name“</translation>
    </message>
    <message>
        <source>an empty entry in “hosts”</source>
        <translation>ein leerer Eintrag in „hosts“</translation>
    </message>
    <message>
        <source>a second check named “%1”</source>
        <translation>eine zweite Prüfung namens „%1“</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>%1: no host of the config matches “%2”</source>
        <translation>%1: kein Host der Konfiguration passt auf „%2“</translation>
    </message>
    <message>
        <source>%1: “%2” is not a host of the config</source>
        <translation>%1: „%2“ ist kein Host der Konfiguration</translation>
    </message>
    <message>
        <source>cancelled before it ran</source>
        <translation>abgebrochen, bevor sie lief</translation>
    </message>
    <message>
        <source>a checks file is a mapping whose “checks” (and “daemons”) are lists</source>
        <translation>eine Prüfungsdatei ist eine Zuordnung, deren „checks“ (und „daemons“) Listen sind</translation>
    </message>
    <message>
        <source>an entry is a mapping of settings</source>
        <translation>ein Eintrag ist eine Zuordnung von Einstellungen</translation>
    </message>
</context>
<context>
    <name>qm::HealthChecksDialog</name>
    <message>
        <source>A success line in a log</source>
        <translation>Eine Erfolgszeile in einem Log</translation>
    </message>
    <message>
        <source>Errors in a log</source>
        <translation>Fehler in einem Log</translation>
    </message>
    <message>
        <source>A file or folder too large</source>
        <translation>Eine zu große Datei oder ein zu großer Ordner</translation>
    </message>
    <message>
        <source>Data gone stale</source>
        <translation>Veraltete Daten</translation>
    </message>
    <message>
        <source>A process running</source>
        <translation>Ein laufender Prozess</translation>
    </message>
    <message>
        <source>A command that succeeds</source>
        <translation>Ein Befehl, der gelingt</translation>
    </message>
    <message>
        <source>An endpoint that answers</source>
        <translation>Ein Endpunkt, der antwortet</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Run Now</source>
        <translation>&amp;Jetzt ausführen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Du&amp;plizieren</translation>
    </message>
    <message>
        <source>Health Checks</source>
        <translation>Zustandsprüfungen</translation>
    </message>
    <message>
        <source>local, gpu-1, role:selfplay, *</source>
        <translation>local, gpu-1, role:selfplay, *</translation>
    </message>
    <message>
        <source>Where the check runs, separated by commas: “local” for this machine, a host of the config, “role:ROLE” for every host with that role, “*” for every host.</source>
        <translation>Wo die Prüfung läuft, durch Kommas getrennt: „local“ für diesen Rechner, ein Host der Konfiguration, „role:ROLLE“ für jeden Host mit dieser Rolle, „*“ für jeden Host.</translation>
    </message>
    <message>
        <source>/var/log/sync.log, or a glob: /var/log/sync-*.log</source>
        <translation>/var/log/sync.log oder ein Muster: /var/log/sync-*.log</translation>
    </message>
    <message>
        <source>a regular expression: submission successful</source>
        <translation>ein regulärer Ausdruck: submission successful</translation>
    </message>
    <message>
        <source>the program and its arguments: curl -sf http://…</source>
        <translation>das Programm und seine Argumente: curl -sf http://…</translation>
    </message>
    <message>
        <source>http://127.0.0.1:8545/health</source>
        <translation>http://127.0.0.1:8545/health</translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation>HOST:PORT</translation>
    </message>
    <message>
        <source>by minutes</source>
        <translation>nach Minuten</translation>
    </message>
    <message>
        <source>Run Now runs the check as set here, on its machines, without saving it.</source>
        <translation>„Jetzt ausführen“ führt die Prüfung so aus, wie sie hier eingestellt ist, auf ihren Rechnern, ohne sie zu speichern.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Machines:</source>
        <translation>&amp;Rechner:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;Pattern:</source>
        <translation>&amp;Muster:</translation>
    </message>
    <message>
        <source>&amp;Within:</source>
        <translation>&amp;Innerhalb:</translation>
    </message>
    <message>
        <source>W&amp;indow:</source>
        <translation>Zeit&amp;fenster:</translation>
    </message>
    <message>
        <source>Or the &amp;last lines:</source>
        <translation>Oder die &amp;letzten Zeilen:</translation>
    </message>
    <message>
        <source>Most &amp;matches:</source>
        <translation>Höchstzahl &amp;Treffer:</translation>
    </message>
    <message>
        <source>File &amp;limit:</source>
        <translation>Datei&amp;grenze:</translation>
    </message>
    <message>
        <source>Folder li&amp;mit:</source>
        <translation>Ordnergren&amp;ze:</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>&amp;Befehl:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;TCP:</source>
        <translation>T&amp;CP:</translation>
    </message>
    <message>
        <source>Time limi&amp;t:</source>
        <translation>Höchste &amp;Wartezeit:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>New check</source>
        <translation>Neue Prüfung</translation>
    </message>
    <message>
        <source>New check %1</source>
        <translation>Neue Prüfung %1</translation>
    </message>
    <message>
        <source>Newest file at most:</source>
        <translation>Neueste Datei höchstens:</translation>
    </message>
    <message>
        <source>&amp;Command line matches:</source>
        <translation>&amp;Befehlszeile passt auf:</translation>
    </message>
    <message>
        <source>it has no name</source>
        <translation>sie hat keinen Namen</translation>
    </message>
    <message>
        <source>a second check is named so</source>
        <translation>eine zweite Prüfung heißt so</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message numerus="yes">
        <source>Running “%1” on %n machine(s)…</source>
        <translation>
            <numerusform>„%1“ läuft auf %n Rechner …</numerusform>
            <numerusform>„%1“ läuft auf %n Rechnern …</numerusform>
        </translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>diesem Rechner</translation>
    </message>
</context>
<context>
    <name>qm::HealthGridModel</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>not run yet</source>
        <translation>noch nicht gelaufen</translation>
    </message>
    <message>
        <source>%1
checked %2</source>
        <translation>%1
geprüft %2</translation>
    </message>
    <message>
        <source>This check has not run on this machine yet.</source>
        <translation>Diese Prüfung ist auf diesem Rechner noch nicht gelaufen.</translation>
    </message>
    <message>
        <source>This machine (%1)</source>
        <translation>Dieser Rechner (%1)</translation>
    </message>
</context>
<context>
    <name>qm::HealthMachine</name>
    <message>
        <source>%1 is a reserved .invalid name: it is never looked up</source>
        <translation>%1 ist ein reservierter .invalid-Name: er wird nie nachgeschlagen</translation>
    </message>
    <message>
        <source>no connection within %1 s</source>
        <translation>keine Verbindung innerhalb von %1 s</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>no file matches %1</source>
        <translation>keine Datei passt auf %1</translation>
    </message>
    <message>
        <source>%1 is not a folder of this machine</source>
        <translation>%1 ist kein Ordner dieses Rechners</translation>
    </message>
    <message>
        <source>cannot read %1 on %2: %3</source>
        <translation>kann %1 auf %2 nicht lesen: %3</translation>
    </message>
    <message>
        <source>no file matches %1 on %2</source>
        <translation>keine Datei passt auf %1 auf %2</translation>
    </message>
    <message>
        <source>cannot read %1 on %2: it answered “%3”</source>
        <translation>kann %1 auf %2 nicht lesen: die Antwort war „%3“</translation>
    </message>
    <message>
        <source>cannot read %1 on %2: it was cut short while read</source>
        <translation>kann %1 auf %2 nicht lesen: sie wurde beim Lesen gekürzt</translation>
    </message>
    <message>
        <source>no connection</source>
        <translation>keine Verbindung</translation>
    </message>
    <message>
        <source>%1 is not there on %2</source>
        <translation>%1 ist auf %2 nicht vorhanden</translation>
    </message>
    <message>
        <source>%1 is not there on %2, but rotated copies of it are</source>
        <translation>%1 ist auf %2 nicht vorhanden, rotierte Kopien davon aber schon</translation>
    </message>
    <message>
        <source>%1 on %2 is not a regular file</source>
        <translation>%1 auf %2 ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1 on %2 cannot be read (permissions)</source>
        <translation>%1 auf %2 kann nicht gelesen werden (Berechtigungen)</translation>
    </message>
</context>
<context>
    <name>qm::HealthPage</name>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>&amp;Run Now</source>
        <translation>&amp;Jetzt ausführen</translation>
    </message>
    <message>
        <source>Run every saved check on every machine now</source>
        <translation>Jede gespeicherte Prüfung jetzt auf jedem Rechner ausführen</translation>
    </message>
    <message>
        <source>&amp;Edit Checks…</source>
        <translation>Prüfungen &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>Add, change or remove checks, and try one before saving it</source>
        <translation>Prüfungen hinzufügen, ändern oder entfernen und eine vor dem Speichern ausprobieren</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <source>Add the checks of a checks file (YAML), as qmctl health import does</source>
        <translation>Die Prüfungen einer Prüfungsdatei (YAML) hinzufügen, wie qmctl health import es tut</translation>
    </message>
    <message>
        <source>Select a cell to see what the check found there.</source>
        <translation>Wählen Sie eine Zelle, um zu sehen, was die Prüfung dort gefunden hat.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No health checks yet&lt;/h3&gt;&lt;p&gt;A check reads what a machine writes and says, with the evidence, whether it is fine: a success line within N hours, errors in a log, a log or folder grown too large, data gone stale, a process running, a command or an endpoint that answers.&lt;/p&gt;&lt;p&gt;Add one with &lt;b&gt;Edit Checks…&lt;/b&gt;, or import a checks file kept beside the fleet&apos;s config with &lt;b&gt;Import…&lt;/b&gt; (&lt;tt&gt;qmctl health import FILE&lt;/tt&gt; does the same).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Noch keine Zustandsprüfungen&lt;/h3&gt;&lt;p&gt;Eine Prüfung liest, was ein Rechner schreibt, und sagt mit Belegen, ob alles in Ordnung ist: eine Erfolgszeile innerhalb von N Stunden, Fehler in einem Log, ein zu groß gewordenes Log oder ein zu großer Ordner, veraltete Daten, ein laufender Prozess, ein Befehl oder ein Endpunkt, der antwortet.&lt;/p&gt;&lt;p&gt;Fügen Sie eine mit &lt;b&gt;Prüfungen bearbeiten …&lt;/b&gt; hinzu oder importieren Sie eine neben der Flottenkonfiguration gehaltene Prüfungsdatei mit &lt;b&gt;Importieren …&lt;/b&gt; (&lt;tt&gt;qmctl health import DATEI&lt;/tt&gt; tut dasselbe).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import Health Checks</source>
        <translation>Zustandsprüfungen importieren</translation>
    </message>
    <message>
        <source>Checks files (*.yaml *.yml)</source>
        <translation>Prüfungsdateien (*.yaml *.yml)</translation>
    </message>
    <message numerus="yes">
        <source>Running %n check(s)…</source>
        <translation>
            <numerusform>%n Prüfung läuft …</numerusform>
            <numerusform>%n Prüfungen laufen …</numerusform>
        </translation>
    </message>
    <message>
        <source>The health results were not kept in the history: %1</source>
        <translation>Die Prüfergebnisse wurden nicht im Verlauf gespeichert: %1</translation>
    </message>
    <message>
        <source>No health checks</source>
        <translation>Keine Zustandsprüfungen</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s)</source>
        <translation>
            <numerusform>%n Prüfung</numerusform>
            <numerusform>%n Prüfungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n machine(s)</source>
        <translation>
            <numerusform>auf %n Rechner</numerusform>
            <numerusform>auf %n Rechnern</numerusform>
        </translation>
    </message>
    <message>
        <source>last run %1</source>
        <translation>zuletzt %1</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüft</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>not run on this machine yet</source>
        <translation>auf diesem Rechner noch nicht gelaufen</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Recent results</source>
        <translation>Letzte Ergebnisse</translation>
    </message>
    <message numerus="yes">
        <source>%n health check(s) saved</source>
        <translation>
            <numerusform>%n Zustandsprüfung gespeichert</numerusform>
            <numerusform>%n Zustandsprüfungen gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot import %1: %2</source>
        <translation>Kann %1 nicht importieren: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) imported from %1</source>
        <translation>
            <numerusform>%n Prüfung aus %1 importiert</numerusform>
            <numerusform>%n Prüfungen aus %1 importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Ro&amp;tate…</source>
        <translation>Ro&amp;tieren …</translation>
    </message>
    <message>
        <source>Rotate the log the selected size check watches: a log rotation job, reviewed before it is queued or scheduled</source>
        <translation>Das Log rotieren, das die gewählte Größenprüfung beobachtet: ein Log-Rotationsauftrag, geprüft, bevor er eingereiht oder geplant wird</translation>
    </message>
    <message>
        <source>E&amp;vidence</source>
        <translation>Bele&amp;ge</translation>
    </message>
    <message>
        <source>Daemon</source>
        <translation>Daemon</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Rechner</translation>
    </message>
    <message>
        <source>&amp;Look Again</source>
        <translation>&amp;Erneut nachsehen</translation>
    </message>
    <message>
        <source>&amp;Start…</source>
        <translation>&amp;Starten …</translation>
    </message>
    <message>
        <source>Rest&amp;art…</source>
        <translation>&amp;Neu starten …</translation>
    </message>
    <message>
        <source>St&amp;op…</source>
        <translation>St&amp;oppen …</translation>
    </message>
    <message>
        <source>&amp;Daemons</source>
        <translation>&amp;Daemons</translation>
    </message>
    <message>
        <source>No daemons are named yet: list them under “daemons” in a checks file and import it (Import…).</source>
        <translation>Noch keine Daemons benannt: führen Sie sie unter „daemons“ in einer Prüfungsdatei auf und importieren Sie diese (Importieren …).</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>Wird nachgesehen …</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>dieser Rechner</translation>
    </message>
    <message>
        <source>Looked at %1.</source>
        <translation>Nachgesehen um %1.</translation>
    </message>
    <message>
        <source>This machine&apos;s, looked at %1; Look Again reaches the hosts.</source>
        <translation>Die dieses Rechners, nachgesehen um %1; „Erneut nachsehen“ erreicht die Hosts.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>%1 “%2” on %3?

It runs: %4

The job queue runs it, then looks again until the daemon is as it should be.</source>
        <translation>%1: „%2“ auf %3?

Ausgeführt wird: %4

Die Auftragswarteschlange führt es aus und sieht dann erneut nach, bis der Daemon ist, wie er sein soll.</translation>
    </message>
    <message>
        <source>Queued: %1 “%2” on %3</source>
        <translation>Eingereiht: %1 „%2“ auf %3</translation>
    </message>
    <message>
        <source>S&amp;chedules</source>
        <translation>&amp;Zeitpläne</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen …</translation>
    </message>
</context>
<context>
    <name>qm::HealthResultStore</name>
    <message>
        <source>cannot create the folder of %1</source>
        <translation>kann den Ordner von %1 nicht anlegen</translation>
    </message>
</context>
<context>
    <name>qm::HistoryCsv</name>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation>ein Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
        <source>%1 fields, the header has %2</source>
        <translation>%1 Felder, die Kopfzeile hat %2</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a number of bytes</source>
        <translation>%1 &apos;%2&apos; ist keine Anzahl Bytes</translation>
    </message>
    <message>
        <source>no host</source>
        <translation>kein Rechner</translation>
    </message>
    <message>
        <source>time &apos;%1&apos; is neither ISO 8601 nor seconds since the epoch</source>
        <translation>Zeit &apos;%1&apos; ist weder ISO 8601 noch Sekunden seit der Epoche</translation>
    </message>
    <message>
        <source>neither a volume (mount, total_bytes, used_bytes) nor a category (category, bytes)</source>
        <translation>weder ein Laufwerk (mount, total_bytes, used_bytes) noch eine Kategorie (category, bytes)</translation>
    </message>
    <message>
        <source>used_bytes %1 is more than total_bytes %2</source>
        <translation>used_bytes %1 ist mehr als total_bytes %2</translation>
    </message>
    <message>
        <source>line %1: the header lacks %2 (columns: host,mount,time,total_bytes,used_bytes[,available_bytes][,category,bytes])</source>
        <translation>Zeile %1: der Kopfzeile fehlt %2 (Spalten: host,mount,time,total_bytes,used_bytes[,available_bytes][,category,bytes])</translation>
    </message>
    <message>
        <source>available_bytes %1 is more than total_bytes %2</source>
        <translation>available_bytes %1 ist größer als total_bytes %2</translation>
    </message>
</context>
<context>
    <name>qm::HistoryPanel</name>
    <message>
        <source>the open text does not parse or is empty; fix it or paste the version into it by hand</source>
        <translation>der geöffnete Text lässt sich nicht auswerten oder ist leer; korrigieren Sie ihn oder fügen Sie die Version von Hand ein</translation>
    </message>
    <message>
        <source>that version is not UTF-8 text</source>
        <translation>diese Version ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>that text does not parse (%1)</source>
        <translation>dieser Text lässt sich nicht auswerten (%1)</translation>
    </message>
    <message>
        <source>Restore This &amp;Version…</source>
        <translation>Diese &amp;Version wiederherstellen …</translation>
    </message>
    <message>
        <source>Restore These &amp;Lines…</source>
        <translation>Diese &amp;Zeilen wiederherstellen …</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>What it changed (from the version before)</source>
        <translation>Was sie geändert hat (gegenüber der Version davor)</translation>
    </message>
    <message>
        <source>From it to the open text</source>
        <translation>Von ihr zum geöffneten Text</translation>
    </message>
    <message>
        <source>Compare the selected version with the version before it, or with the text open in the editor</source>
        <translation>Die ausgewählte Version mit der Version davor vergleichen oder mit dem im Editor geöffneten Text</translation>
    </message>
    <message>
        <source>Make the open text this version, as one edit you can undo; Save writes it</source>
        <translation>Den geöffneten Text zu dieser Version machen, als eine Änderung, die Sie rückgängig machen können; Speichern schreibt sie</translation>
    </message>
    <message>
        <source>Put back this version&apos;s lines for the changes the selection in the diff touches (compare with the open text)</source>
        <translation>Die Zeilen dieser Version für die Änderungen zurückholen, die die Auswahl im Diff berührt (Vergleich mit dem geöffneten Text)</translation>
    </message>
    <message>
        <source>No config is open.</source>
        <translation>Keine Konfiguration geöffnet.</translation>
    </message>
    <message>
        <source>Reading the history of %1…</source>
        <translation>Der Verlauf von %1 wird gelesen …</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s).</source>
        <translation>
            <numerusform>%n Version.</numerusform>
            <numerusform>%n Versionen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b31d28&apos;&gt;Added %1: %2&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b31d28&apos;&gt;Hinzugekommen %1: %2&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1a7f37&apos;&gt;Fixed %1: %2&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1a7f37&apos;&gt;Behoben %1: %2&lt;/span&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) in this version.</source>
        <translation>
            <numerusform>%n Fehler in dieser Version.</numerusform>
            <numerusform>%n Fehler in dieser Version.</numerusform>
        </translation>
    </message>
    <message>
        <source>The oldest version: nothing before it to compare with.</source>
        <translation>Die älteste Version: Davor gibt es nichts zum Vergleichen.</translation>
    </message>
    <message>
        <source>The same bytes as the version before it.</source>
        <translation>Dieselben Bytes wie die Version davor.</translation>
    </message>
    <message>
        <source>The open text is this version, byte for byte.</source>
        <translation>Der geöffnete Text ist diese Version, Byte für Byte.</translation>
    </message>
    <message>
        <source>commit %1</source>
        <translation>Commit %1</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>%1 wiederherstellen</translation>
    </message>
    <message>
        <source>select lines of a change (red or green lines) in the diff first</source>
        <translation>wählen Sie zuerst Zeilen einer Änderung (rote oder grüne Zeilen) im Diff aus</translation>
    </message>
    <message numerus="yes">
        <source>Restore %n change(s) from %1</source>
        <translation>
            <numerusform>%n Änderung aus %1 wiederherstellen</numerusform>
            <numerusform>%n Änderungen aus %1 wiederherstellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to restore: the open text already has those lines.</source>
        <translation>Nichts wiederherzustellen: Der geöffnete Text hat diese Zeilen bereits.</translation>
    </message>
    <message>
        <source>the text changed since the diff was made; look at the diff again</source>
        <translation>der Text hat sich geändert, seit der Diff erstellt wurde; sehen Sie sich den Diff erneut an</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>%1. The open text changes as below, as one edit you can undo; Save writes it, keeping the file on disk as a backup.</source>
        <translation>%1. Der geöffnete Text ändert sich wie unten gezeigt, als eine Änderung, die Sie rückgängig machen können; Speichern schreibt ihn und behält die Datei auf dem Datenträger als Sicherung.</translation>
    </message>
    <message>
        <source>%1: done; Save (Ctrl+S) writes it.</source>
        <translation>%1: erledigt; Speichern (Strg+S) schreibt es.</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>Nicht wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>Not Restored</source>
        <translation>Nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Nichts wurde geändert: %1</translation>
    </message>
</context>
<context>
    <name>qm::HistoryStore</name>
    <message>
        <source>cannot record the probe of %1: %2</source>
        <translation>die Abfrage von %1 kann nicht aufgezeichnet werden: %2</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>cannot import into %1: %2</source>
        <translation>kann nicht in %1 importieren: %2</translation>
    </message>
    <message>
        <source>cannot maintain the history %1: %2</source>
        <translation>kann den Verlauf %1 nicht pflegen: %2</translation>
    </message>
</context>
<context>
    <name>qm::HostCardsView</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>gleichbleibend</translation>
    </message>
    <message>
        <source>−%1/day</source>
        <translation>−%1/Tag</translation>
    </message>
    <message>
        <source>+%1/day</source>
        <translation>+%1/Tag</translation>
    </message>
    <message>
        <source>full now</source>
        <translation>jetzt voll</translation>
    </message>
    <message>
        <source>full in %1</source>
        <translation>voll in %1</translation>
    </message>
    <message>
        <source>not filling</source>
        <translation>füllt sich nicht</translation>
    </message>
    <message>
        <source>no forecast (noisy)</source>
        <translation>keine Prognose (verrauscht)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more volume(s)</source>
        <translation>
            <numerusform>und %n weiteres Laufwerk</numerusform>
            <numerusform>und %n weitere Laufwerke</numerusform>
        </translation>
    </message>
    <message>
        <source>No writable volumes</source>
        <translation>Keine beschreibbaren Laufwerke</translation>
    </message>
    <message>
        <source>answering</source>
        <translation>antwortet</translation>
    </message>
    <message>
        <source>partly reachable</source>
        <translation>teilweise erreichbar</translation>
    </message>
    <message>
        <source>not answering</source>
        <translation>antwortet nicht</translation>
    </message>
    <message>
        <source>not probed</source>
        <translation>nicht abgefragt</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>Open a fleet config (File › Open Config…, Ctrl+O) to see its hosts here, each with its volumes, growth and time to full.</source>
        <translation>Öffnen Sie eine Flottenkonfiguration (Datei › Konfiguration öffnen…, Strg+O), um hier ihre Rechner zu sehen, jeweils mit Laufwerken, Wachstum und der Zeit, bis sie voll sind.</translation>
    </message>
    <message>
        <source>%1 (this machine)</source>
        <translation>%1 (dieser Rechner)</translation>
    </message>
    <message>
        <source>last probed %1 ago</source>
        <translation>zuletzt abgefragt vor %1</translation>
    </message>
    <message>
        <source>last seen %1 ago</source>
        <translation>zuletzt gesehen vor %1</translation>
    </message>
    <message>
        <source>probed %1 ago</source>
        <translation>abgefragt vor %1</translation>
    </message>
    <message>
        <source>%1 · from history, not live</source>
        <translation>%1 · aus dem Verlauf, nicht aktuell</translation>
    </message>
    <message>
        <source>Volumes from node_exporter. SSH: %1</source>
        <translation>Laufwerke von node_exporter. SSH: %1</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Wachstum</translation>
    </message>
    <message>
        <source>Full in</source>
        <translation>Voll in</translation>
    </message>
    <message>
        <source>Nothing known yet: probe it on the Hosts page.</source>
        <translation>Noch nichts bekannt: Fragen Sie ihn auf der Seite „Rechner“ ab.</translation>
    </message>
    <message>
        <source>Double-click to chart its volumes</source>
        <translation>Doppelklicken, um seine Laufwerke als Diagramm zu zeigen</translation>
    </message>
    <message>
        <source>imported, sampled %1 ago</source>
        <translation>importiert, Stichprobe vor %1</translation>
    </message>
    <message>
        <source>Probe it on the Hosts page to see it live.</source>
        <translation>Fragen Sie ihn auf der Seite „Rechner“ ab, um ihn aktuell zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n daemon(s) running</source>
        <translation>
            <numerusform>%n Dienst läuft</numerusform>
            <numerusform>%n Dienste laufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Not running: %1 (%2 of %3 daemons)</source>
        <translation>Läuft nicht: %1 (%2 von %3 Diensten)</translation>
    </message>
</context>
<context>
    <name>qm::HostDetails</name>
    <message>
        <source>role %1</source>
        <translation>Rolle %1</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>dieser Rechner</translation>
    </message>
    <message>
        <source>SSH %1%2 port %3</source>
        <translation>SSH %1%2 Port %3</translation>
    </message>
    <message>
        <source>node_exporter %1</source>
        <translation>node_exporter %1</translation>
    </message>
    <message>
        <source>Not probed yet. Use Probe Now, or turn on periodic probing for this config.</source>
        <translation>Noch nicht abgefragt. Verwenden Sie &apos;Jetzt abfragen&apos; oder schalten Sie die regelmäßige Abfrage für diese Konfiguration ein.</translation>
    </message>
    <message>
        <source>probed %1 in %2 s</source>
        <translation>abgefragt am %1 in %2 s</translation>
    </message>
    <message>
        <source>failing since %1</source>
        <translation>fehlerhaft seit %1</translation>
    </message>
    <message>
        <source>Command:</source>
        <translation>Befehl:</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Laufwerke</translation>
    </message>
    <message>
        <source>Mount point</source>
        <translation>Einhängepunkt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Used %</source>
        <translation>Belegt %</translation>
    </message>
    <message>
        <source>APFS counts purgeable space (caches, local snapshots) as available: macOS frees it on demand, so &quot;free&quot; may be more than can be written at once.</source>
        <translation>APFS zählt freigebbaren Platz (Caches, lokale Snapshots) als verfügbar: macOS gibt ihn bei Bedarf frei, daher kann &apos;frei&apos; mehr sein, als sich auf einmal schreiben lässt.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Neueste</translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) could not be read</source>
        <translation>
            <numerusform>%n Ordner konnte nicht gelesen werden</numerusform>
            <numerusform>%n Ordner konnten nicht gelesen werden</numerusform>
        </translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>läuft nicht</translation>
    </message>
    <message>
        <source>External storage</source>
        <translation>Externer Speicher</translation>
    </message>
    <message>
        <source>Remembered from the history, not live: this is the last probe, %1 ago. The host has not been probed since Quartermaster started.</source>
        <translation>Aus dem Verlauf übernommen, nicht aktuell: Dies ist die letzte Abfrage, vor %1. Der Rechner wurde seit dem Start von Quartermaster nicht abgefragt.</translation>
    </message>
    <message>
        <source>Partly reachable: its node_exporter answered, so its volumes are known; SSH did not, so its data, processes and external storage are not.</source>
        <translation>Teilweise erreichbar: Sein node_exporter hat geantwortet, daher sind seine Laufwerke bekannt; SSH nicht, daher sind seine Daten, Prozesse und externen Speicher unbekannt.</translation>
    </message>
    <message>
        <source> — Start it on the Health page, Daemons tab</source>
        <translation> — starten Sie ihn auf der Seite „Zustand“, Registerkarte „Daemons“</translation>
    </message>
</context>
<context>
    <name>qm::HostListEditor</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>qm::HostProbe</name>
    <message>
        <source>mounted</source>
        <translation>eingehängt</translation>
    </message>
    <message>
        <source>not mounted (a folder on the system disk)</source>
        <translation>nicht eingehängt (ein Ordner auf dem Systemdatenträger)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>cannot tell: %1</source>
        <translation>nicht feststellbar: %1</translation>
    </message>
    <message>
        <source>partly reachable (SSH: %1)</source>
        <translation>teilweise erreichbar (SSH: %1)</translation>
    </message>
</context>
<context>
    <name>qm::HostProber</name>
    <message>
        <source>df printed no volume: %1</source>
        <translation>df hat kein Laufwerk ausgegeben: %1</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1: operation not permitted (on macOS, give sshd Full Disk Access or access to removable volumes)</source>
        <translation>%1: Vorgang nicht erlaubt (unter macOS sshd Festplattenvollzugriff oder Zugriff auf Wechseldatenträger gewähren)</translation>
    </message>
    <message>
        <source>%1: permission denied</source>
        <translation>%1: Zugriff verweigert</translation>
    </message>
    <message>
        <source>the listing of %1 failed: %2</source>
        <translation>das Auflisten von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>Exit-Status %1</translation>
    </message>
    <message>
        <source>cannot check process %1: %2</source>
        <translation>Prozess %1 kann nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>pgrep is not installed</source>
        <translation>pgrep ist nicht installiert</translation>
    </message>
    <message>
        <source>not checked: %1</source>
        <translation>nicht geprüft: %1</translation>
    </message>
    <message>
        <source>%1 has neither ssh_host nor node_exporter_url: nothing to probe it with</source>
        <translation>%1 hat weder ssh_host noch node_exporter_url: nichts, womit er abgefragt werden kann</translation>
    </message>
    <message>
        <source>%1 (node_exporter does not answer either: %2)</source>
        <translation>%1 (node_exporter antwortet ebenfalls nicht: %2)</translation>
    </message>
</context>
<context>
    <name>qm::HostProbesModel</name>
    <message>
        <source>(no role)</source>
        <translation>(keine Rolle)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n host(s))</source>
        <translation>
            <numerusform>%1 (%n Rechner)</numerusform>
            <numerusform>%1 (%n Rechner)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (this machine)</source>
        <translation>%1 (dieser Rechner)</translation>
    </message>
    <message>
        <source>probing…</source>
        <translation>wird abgefragt …</translation>
    </message>
    <message>
        <source>not probed</source>
        <translation>nicht abgefragt</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Rechner</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Reachability</source>
        <translation>Erreichbarkeit</translation>
    </message>
    <message>
        <source>Last probe</source>
        <translation>Letzte Abfrage</translation>
    </message>
    <message>
        <source>Disk used</source>
        <translation>Belegung</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Newest data</source>
        <translation>Neueste Daten</translation>
    </message>
    <message>
        <source>Daemons</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>partly reachable</source>
        <translation>teilweise erreichbar</translation>
    </message>
    <message>
        <source>%1 — last seen %2 ago</source>
        <translation>%1 — zuletzt gesehen vor %2</translation>
    </message>
    <message>
        <source>%1 — last probed %2 ago</source>
        <translation>%1 — zuletzt abgefragt vor %2</translation>
    </message>
    <message>
        <source>Remembered from the history, not live: the probe of %1, %2 ago. Not probed since Quartermaster started.</source>
        <translation>Aus dem Verlauf übernommen, nicht aktuell: die Abfrage von %1, vor %2. Seit dem Start von Quartermaster nicht abgefragt.</translation>
    </message>
    <message>
        <source>%1: its node_exporter answered (the volumes are shown); SSH did not, so data, processes and external storage are not known.</source>
        <translation>%1: Sein node_exporter hat geantwortet (die Laufwerke werden angezeigt); SSH nicht, daher sind Daten, Prozesse und externer Speicher unbekannt.</translation>
    </message>
    <message>
        <source>not probed — imported, sampled %1 ago</source>
        <translation>nicht abgefragt — importiert, Stichprobe vor %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>läuft nicht</translation>
    </message>
</context>
<context>
    <name>qm::HostSettingsDialog</name>
    <message>
        <source>Host Settings: %1</source>
        <translation>Rechnereinstellungen: %1</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>How often this host is probed while periodic probing is on; an unreachable host is retried less often</source>
        <translation>Wie oft dieser Rechner abgefragt wird, solange die regelmäßige Abfrage an ist; ein nicht erreichbarer Rechner wird seltener erneut versucht</translation>
    </message>
    <message>
        <source>this machine is read directly</source>
        <translation>dieser Rechner wird direkt gelesen</translation>
    </message>
    <message>
        <source>none: volumes are read over SSH</source>
        <translation>keine: Laufwerke werden über SSH gelesen</translation>
    </message>
    <message>
        <source>from the config: %1</source>
        <translation>aus der Konfiguration: %1</translation>
    </message>
    <message>
        <source>Read the volumes from this node_exporter (e.g. http://HOST:9100/metrics) instead of the config&apos;s; empty: the config&apos;s</source>
        <translation>Die Laufwerke von diesem node_exporter lesen (z. B. http://HOST:9100/metrics) statt von dem der Konfiguration; leer: der der Konfiguration</translation>
    </message>
    <message>
        <source>&amp;Probe every:</source>
        <translation>Ab&amp;fragen alle:</translation>
    </message>
    <message>
        <source>&amp;node_exporter URL:</source>
        <translation>&amp;node_exporter-URL:</translation>
    </message>
    <message>
        <source>Default (%1 min)</source>
        <translation>Standard (%1 min)</translation>
    </message>
</context>
<context>
    <name>qm::HostStatus</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>authentication failed</source>
        <translation>Authentifizierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>host key unknown</source>
        <translation>Host-Schlüssel unbekannt</translation>
    </message>
    <message>
        <source>host key changed</source>
        <translation>Host-Schlüssel geändert</translation>
    </message>
    <message>
        <source>access denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>qm::HostsModel</name>
    <message>
        <source>p2p</source>
        <translation>p2p</translation>
    </message>
    <message>
        <source>NAT-blocked</source>
        <translation>hinter NAT blockiert</translation>
    </message>
    <message>
        <source>ephemeral</source>
        <translation>flüchtig</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>SSH host</source>
        <translation>SSH-Adresse</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Merkmale</translation>
    </message>
</context>
<context>
    <name>qm::HostsPage</name>
    <message>
        <source>Filter hosts</source>
        <translation>Rechner filtern</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation>Keine Gruppierung</translation>
    </message>
    <message>
        <source>Group by role</source>
        <translation>Nach Rolle gruppieren</translation>
    </message>
    <message>
        <source>Group by name prefix</source>
        <translation>Nach Namenspräfix gruppieren</translation>
    </message>
    <message>
        <source>&amp;Probe Now</source>
        <translation>&amp;Jetzt abfragen</translation>
    </message>
    <message>
        <source>Probe the selected host now (F5); all hosts when none is selected</source>
        <translation>Den ausgewählten Rechner jetzt abfragen (F5); alle Rechner, wenn keiner ausgewählt ist</translation>
    </message>
    <message>
        <source>Probe &amp;All</source>
        <translation>A&amp;lle abfragen</translation>
    </message>
    <message>
        <source>Accept Host &amp;Key…</source>
        <translation>Host-&amp;Schlüssel akzeptieren …</translation>
    </message>
    <message>
        <source>Show the host&apos;s key fingerprint and, if you accept it, add it to known_hosts</source>
        <translation>Den Fingerabdruck des Host-Schlüssels anzeigen und ihn, wenn Sie ihn akzeptieren, zu known_hosts hinzufügen</translation>
    </message>
    <message>
        <source>Probing %1…</source>
        <translation>%1 wird abgefragt …</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Probe every %n minute(s)</source>
        <translation>
            <numerusform>Jede Minute abfragen</numerusform>
            <numerusform>Alle %n Minuten abfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a config to probe its hosts periodically</source>
        <translation>Eine Konfiguration öffnen, um ihre Rechner regelmäßig abzufragen</translation>
    </message>
    <message>
        <source>Probe the hosts of %1 periodically</source>
        <translation>Die Rechner von %1 regelmäßig abfragen</translation>
    </message>
    <message>
        <source>Select a host to see its volumes, data, processes and the last error.</source>
        <translation>Wählen Sie einen Rechner, um seine Laufwerke, Daten, Prozesse und den letzten Fehler zu sehen.</translation>
    </message>
    <message>
        <source>Reading the host key of %1…</source>
        <translation>Der Host-Schlüssel von %1 wird gelesen …</translation>
    </message>
    <message>
        <source>Host Key</source>
        <translation>Host-Schlüssel</translation>
    </message>
    <message>
        <source>Cannot read the host key of %1: %2</source>
        <translation>Der Host-Schlüssel von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Accept Host Key</source>
        <translation>Host-Schlüssel akzeptieren</translation>
    </message>
    <message>
        <source>%1 (%2) presents these keys. Accept them only if they match what the host&apos;s administrator gives you (ssh-keygen -lf on the host&apos;s /etc/ssh/ssh_host_*_key.pub).</source>
        <translation>%1 (%2) legt diese Schlüssel vor. Akzeptieren Sie sie nur, wenn sie mit dem übereinstimmen, was Ihnen der Administrator des Rechners nennt (ssh-keygen -lf auf /etc/ssh/ssh_host_*_key.pub des Rechners).</translation>
    </message>
    <message>
        <source>Accept and Add to known_hosts</source>
        <translation>Akzeptieren und zu known_hosts hinzufügen</translation>
    </message>
    <message>
        <source>Host Se&amp;ttings…</source>
        <translation>Rechnereins&amp;tellungen …</translation>
    </message>
    <message>
        <source>The selected host&apos;s probe interval and node_exporter URL, over the config</source>
        <translation>Abfrageintervall und node_exporter-URL des gewählten Rechners, vor denen der Konfiguration</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Rechner</translation>
    </message>
    <message>
        <source>%1 is not a host of the open config</source>
        <translation>%1 ist kein Host der geöffneten Konfiguration</translation>
    </message>
</context>
<context>
    <name>qm::InputFile</name>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>ein FIFO (Named Pipe)</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>ein zeichenorientiertes Gerät</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>ein blockorientiertes Gerät</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>eine symbolische Verknüpfung</translation>
    </message>
    <message>
        <source>a regular file</source>
        <translation>eine reguläre Datei</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>eine Spezialdatei</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>it is %1, not a regular file.</source>
        <translation>es ist %1, keine reguläre Datei.</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>it is a folder, not a file.</source>
        <translation>es ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>Cannot read %1: it holds %2 bytes, more than the %3 allowed.</source>
        <translation>%1 kann nicht gelesen werden: Die Datei hat %2 Bytes, mehr als die erlaubten %3.</translation>
    </message>
    <message>
        <source>the file changed while it was read</source>
        <translation>die Datei hat sich beim Lesen geändert</translation>
    </message>
</context>
<context>
    <name>qm::JobDetails</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Job %1 — %2 — %3</source>
        <translation>Auftrag %1 – %2 – %3</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Rechner</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Angefordert von</translation>
    </message>
    <message>
        <source>%1 (schedule %2)</source>
        <translation>%1 (Zeitplan %2)</translation>
    </message>
    <message>
        <source>Deletes</source>
        <translation>Löscht</translation>
    </message>
    <message>
        <source>yes: never retried automatically; each attempt checks its plan again</source>
        <translation>ja: nie automatisch wiederholt; jeder Versuch prüft seinen Plan erneut</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>%1 of at most %2</source>
        <translation>%1 von höchstens %2</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <source>None run yet.</source>
        <translation>Noch keiner ausgeführt.</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>%1 [%2] %3</source>
        <translation>%1 [%2] %3</translation>
    </message>
    <message>
        <source>any age</source>
        <translation>jedes Alter</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Extra files at the destination</source>
        <translation>Zusätzliche Dateien am Ziel</translation>
    </message>
    <message numerus="yes">
        <source>deleted, at most %n</source>
        <translation>
            <numerusform>gelöscht, höchstens %n</numerusform>
            <numerusform>gelöscht, höchstens %n</numerusform>
        </translation>
    </message>
    <message>
        <source>kept</source>
        <translation>behalten</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>Läuft auf</translation>
    </message>
    <message>
        <source>the source, which pushes</source>
        <translation>der Quelle, die zum Ziel schiebt</translation>
    </message>
    <message>
        <source>Root</source>
        <translation>Stammordner</translation>
    </message>
    <message>
        <source>Older than</source>
        <translation>Älter als</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>%1/archives (beside the files)</source>
        <translation>%1/archives (neben den Dateien)</translation>
    </message>
    <message>
        <source>Originals</source>
        <translation>Originale</translation>
    </message>
    <message>
        <source>moved to the trash once the archive is verified</source>
        <translation>in den Papierkorb verschoben, sobald das Archiv geprüft ist</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>any name</source>
        <translation>jeder Name</translation>
    </message>
    <message>
        <source>Chosen files</source>
        <translation>Ausgewählte Dateien</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1, as they were when chosen</source>
        <translation>
            <numerusform>%n Datei, %1, im Zustand bei der Auswahl</numerusform>
            <numerusform>%n Dateien, %1, im Zustand bei der Auswahl</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed files go</source>
        <translation>Entfernte Dateien kommen</translation>
    </message>
    <message>
        <source>to the trash of this machine</source>
        <translation>in den Papierkorb dieses Rechners</translation>
    </message>
    <message>
        <source>nowhere: deleted for good from the quarantine on %1</source>
        <translation>nirgendwohin: endgültig aus der Quarantäne auf %1 gelöscht</translation>
    </message>
    <message>
        <source>to the quarantine folder on %1 (same filesystem)</source>
        <translation>in den Quarantäneordner auf %1 (selbes Dateisystem)</translation>
    </message>
    <message>
        <source>a route cannot be read</source>
        <translation>eine Route ist nicht lesbar</translation>
    </message>
    <message>
        <source>no replication target</source>
        <translation>kein Replikationsziel</translation>
    </message>
    <message>
        <source>Producers</source>
        <translation>Erzeuger</translation>
    </message>
    <message>
        <source>Folders measured</source>
        <translation>Gemessene Ordner</translation>
    </message>
    <message>
        <source>Copies wanted</source>
        <translation>Gewünschte Kopien</translation>
    </message>
    <message>
        <source>The saved plan cannot be read (%1); as stored:</source>
        <translation>Der gespeicherte Plan ist nicht lesbar (%1); wie gespeichert:</translation>
    </message>
    <message>
        <source>every host of the config and this machine</source>
        <translation>jeder Rechner der Konfiguration und dieser Rechner</translation>
    </message>
    <message>
        <source>cannot be read (%1); as stored:</source>
        <translation>nicht lesbar (%1); wie gespeichert:</translation>
    </message>
    <message>
        <source>Written and verified</source>
        <translation>Geschrieben und geprüft</translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation>In den Papierkorb verschoben</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Moved to the quarantine</source>
        <translation>In die Quarantäne verschoben</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Hosts involved</source>
        <translation>Beteiligte Rechner</translation>
    </message>
    <message>
        <source>moved into the quarantine on %1 once the archive is verified</source>
        <translation>in die Quarantäne auf %1 verschoben, sobald das Archiv geprüft ist</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Speicherort</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <source>At most a run</source>
        <translation>Höchstens je Lauf</translation>
    </message>
    <message>
        <source>any number of objects</source>
        <translation>beliebig viele Objekte</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n Objekt</numerusform>
            <numerusform>%n Objekte</numerusform>
        </translation>
    </message>
    <message>
        <source>any size</source>
        <translation>beliebige Größe</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>Aufgelistet</translation>
    </message>
    <message>
        <source>Rotate %1: %2 → %3 (%4)</source>
        <translation>%1 rotieren: %2 → %3 (%4)</translation>
    </message>
    <message>
        <source>Keep %1: %2</source>
        <translation>%1 behalten: %2</translation>
    </message>
    <message>
        <source>to the quarantine: %1</source>
        <translation>in die Quarantäne: %1</translation>
    </message>
    <message>
        <source>%1 is not there now; each run looks again</source>
        <translation>%1 ist gerade nicht vorhanden; jeder Lauf sieht erneut nach</translation>
    </message>
    <message>
        <source>%1 is not there: nothing to rotate</source>
        <translation>%1 ist nicht vorhanden: nichts zu rotieren</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>Nichts ist fällig.</translation>
    </message>
    <message>
        <source>%1 rotated (%2 → %3), %4 moved to the quarantine</source>
        <translation>%1 rotiert (%2 → %3), %4 in die Quarantäne verschoben</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Rotated</source>
        <translation>Rotiert</translation>
    </message>
    <message>
        <source>%1 %2 on %3: %4</source>
        <translation>%1 %2 auf %3: %4</translation>
    </message>
    <message>
        <source>Daemon</source>
        <translation>Daemon</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Führt aus</translation>
    </message>
</context>
<context>
    <name>qm::JobEventLog</name>
    <message>
        <source>%1 job %2 started (attempt %3)</source>
        <translation>%1-Auftrag %2 gestartet (Versuch %3)</translation>
    </message>
    <message>
        <source>ran: %1</source>
        <translation>ausgeführt: %1</translation>
    </message>
    <message>
        <source>%1 job %2 %3</source>
        <translation>%1-Auftrag %2 %3</translation>
    </message>
    <message>
        <source>failed, tried again later</source>
        <translation>fehlgeschlagen, wird später erneut versucht</translation>
    </message>
    <message>
        <source>job events are not written to %1: %2</source>
        <translation>Auftragsereignisse werden nicht in %1 geschrieben: %2</translation>
    </message>
</context>
<context>
    <name>qm::JobKinds</name>
    <message>
        <source>all hosts</source>
        <translation>alle Rechner</translation>
    </message>
    <message>
        <source>there is no host “%1”</source>
        <translation>es gibt keinen Rechner “%1”</translation>
    </message>
    <message>
        <source>the history is not recorded: %1</source>
        <translation>der Verlauf wird nicht aufgezeichnet: %1</translation>
    </message>
    <message>
        <source>%1: not recorded: %2</source>
        <translation>%1: nicht aufgezeichnet: %2</translation>
    </message>
    <message>
        <source>%1: ok</source>
        <translation>%1: ok</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not reached: %1</source>
        <translation>nicht erreicht: %1</translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more</source>
        <translation>
            <numerusform>  … und %n weiterer</numerusform>
            <numerusform>  … und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::JobNotifier</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Job %1 failed: %2</source>
        <translation>Auftrag %1 fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) failed</source>
        <translation>
            <numerusform>%n Auftrag fehlgeschlagen</numerusform>
            <numerusform>%n Aufträge fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::JobOutcomeAnnouncer</name>
    <message>
        <source>Job %1 (%2 %3)</source>
        <translation>Auftrag %1 (%2 %3)</translation>
    </message>
    <message>
        <source>%1 succeeded.</source>
        <translation>%1 war erfolgreich.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation>%1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 was interrupted.</source>
        <translation>%1 wurde unterbrochen.</translation>
    </message>
</context>
<context>
    <name>qm::JobQueueWorker</name>
    <message>
        <source>The job queue is not available: nothing was queued.</source>
        <translation>Die Auftragswarteschlange ist nicht verfügbar: Nichts wurde eingereiht.</translation>
    </message>
    <message>
        <source>Job %1 queued.</source>
        <translation>Auftrag %1 eingereiht.</translation>
    </message>
    <message>
        <source>There is no job %1.</source>
        <translation>Es gibt keinen Auftrag %1.</translation>
    </message>
    <message>
        <source>Job %1: stopping…</source>
        <translation>Auftrag %1: wird angehalten…</translation>
    </message>
    <message>
        <source>Job %1 cancelled.</source>
        <translation>Auftrag %1 abgebrochen.</translation>
    </message>
    <message>
        <source>Job %1: its runner is asked to stop it.</source>
        <translation>Auftrag %1: Seine Auftragsausführung wird gebeten, ihn anzuhalten.</translation>
    </message>
    <message>
        <source>Job %1 has already finished.</source>
        <translation>Auftrag %1 ist bereits beendet.</translation>
    </message>
    <message>
        <source>Job %1 queued again.</source>
        <translation>Auftrag %1 erneut eingereiht.</translation>
    </message>
    <message>
        <source>Job %1: priority %2.</source>
        <translation>Auftrag %1: Priorität %2.</translation>
    </message>
    <message>
        <source>Queue paused: no job starts until it is resumed; running jobs go on.</source>
        <translation>Warteschlange pausiert: Kein Auftrag startet, bis sie fortgesetzt wird; laufende Aufträge laufen weiter.</translation>
    </message>
    <message>
        <source>Queue resumed.</source>
        <translation>Warteschlange fortgesetzt.</translation>
    </message>
    <message>
        <source>Nothing was queued: %1</source>
        <translation>Nichts wurde eingereiht: %1</translation>
    </message>
    <message>
        <source>Job %1 queued with the plan you reviewed.</source>
        <translation>Auftrag %1 mit dem von Ihnen geprüften Plan eingereiht.</translation>
    </message>
    <message numerus="yes">
        <source>%n finished job(s) cleared.</source>
        <translation>
            <numerusform>%n beendeter Auftrag entfernt.</numerusform>
            <numerusform>%n beendete Aufträge entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Schedule %1 added.</source>
        <translation>Zeitplan %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Schedule %1 changed.</source>
        <translation>Zeitplan %1 geändert.</translation>
    </message>
    <message>
        <source>Schedule %1 removed.</source>
        <translation>Zeitplan %1 entfernt.</translation>
    </message>
    <message>
        <source>Schedule %1 enabled.</source>
        <translation>Zeitplan %1 aktiviert.</translation>
    </message>
    <message>
        <source>Schedule %1 disabled.</source>
        <translation>Zeitplan %1 deaktiviert.</translation>
    </message>
</context>
<context>
    <name>qm::JobRunner</name>
    <message>
        <source>another runner has the jobs of %1: %2</source>
        <translation>eine andere Auftragsausführung bearbeitet bereits die Aufträge von %1: %2</translation>
    </message>
    <message>
        <source>resumed where it left off</source>
        <translation>dort fortgesetzt, wo er unterbrochen wurde</translation>
    </message>
    <message>
        <source>internal error: %1</source>
        <translation>interner Fehler: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>interrupted: the runner stopped while it ran</source>
        <translation>unterbrochen: die Auftragsausführung wurde beendet, während er lief</translation>
    </message>
    <message numerus="yes">
        <source>will try again in %n s</source>
        <translation>
            <numerusform>neuer Versuch in %n s</numerusform>
            <numerusform>neuer Versuch in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ended %n process(es) the previous runner left running: %1</source>
        <translation>
            <numerusform>%n Prozess beendet, den die vorige Auftragsausführung laufen ließ: %1</numerusform>
            <numerusform>%n Prozesse beendet, die die vorige Auftragsausführung laufen ließ: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>not resumed: what the previous runner started is still running (%1): %2</source>
        <translation>nicht fortgesetzt: Was die vorige Auftragsausführung gestartet hat, läuft noch (%1): %2</translation>
    </message>
    <message>
        <source>no job kind &apos;%1&apos; is known to this Quartermaster</source>
        <translation>keine Jobart „%1“ ist diesem Quartermaster bekannt</translation>
    </message>
</context>
<context>
    <name>qm::JobSchedules</name>
    <message>
        <source>the jobs database: %1</source>
        <translation>die Auftragsdatenbank: %1</translation>
    </message>
    <message numerus="yes">
        <source>every %n h</source>
        <translation>
            <numerusform>alle %n h</numerusform>
            <numerusform>alle %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n min</source>
        <translation>
            <numerusform>alle %n min</numerusform>
            <numerusform>alle %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>daily at %1</source>
        <translation>täglich um %1</translation>
    </message>
    <message>
        <source>a schedule needs an interval or a time of day</source>
        <translation>ein Zeitplan braucht ein Intervall oder eine Uhrzeit</translation>
    </message>
    <message>
        <source>there is no schedule %1</source>
        <translation>es gibt keinen Zeitplan %1</translation>
    </message>
</context>
<context>
    <name>qm::JobStore</name>
    <message>
        <source>the jobs database %1: %2</source>
        <translation>die Auftragsdatenbank %1: %2</translation>
    </message>
    <message>
        <source>cannot queue the job in %1: %2</source>
        <translation>der Auftrag kann nicht in %1 eingereiht werden: %2</translation>
    </message>
    <message>
        <source>interrupted: the process running it stopped</source>
        <translation>unterbrochen: der ausführende Prozess wurde beendet</translation>
    </message>
    <message>
        <source>job %1 is not running</source>
        <translation>Auftrag %1 läuft nicht</translation>
    </message>
    <message>
        <source>cancelled before it ran</source>
        <translation>abgebrochen, bevor er lief</translation>
    </message>
    <message>
        <source>job %1 is queued or running already</source>
        <translation>Auftrag %1 ist bereits eingereiht oder läuft</translation>
    </message>
    <message>
        <source>there is no job %1</source>
        <translation>es gibt keinen Auftrag %1</translation>
    </message>
    <message>
        <source>job %1 is not queued</source>
        <translation>Auftrag %1 ist nicht eingereiht</translation>
    </message>
    <message>
        <source>job %1 was not interrupted</source>
        <translation>Auftrag %1 wurde nicht unterbrochen</translation>
    </message>
</context>
<context>
    <name>qm::Jobs</name>
    <message>
        <source>queued</source>
        <translation>eingereiht</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
</context>
<context>
    <name>qm::JobsModel</name>
    <message>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiv</translation>
    </message>
    <message>
        <source>Cleanup</source>
        <translation>Bereinigung</translation>
    </message>
    <message>
        <source>Probe</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <source>Retry in %1</source>
        <translation>Neuer Versuch in %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>About %1 left</source>
        <translation>Noch etwa %1</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Attempt %1 of at most %2</source>
        <translation>Versuch %1 von höchstens %2</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Source → Destination</source>
        <translation>Quelle → Ziel</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Time Left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Replication</source>
        <translation>Replikation</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 von %3</translation>
    </message>
    <message>
        <source>Log retention</source>
        <translation>Log-Aufbewahrung</translation>
    </message>
    <message>
        <source>Orphan cleanup</source>
        <translation>Bereinigung verwaister Objekte</translation>
    </message>
    <message>
        <source>Orphan lifecycle</source>
        <translation>Verwaiste Objekte (Lebenszyklus)</translation>
    </message>
    <message>
        <source>Location listing</source>
        <translation>Auflistung eines Speicherorts</translation>
    </message>
    <message>
        <source>Log rotation</source>
        <translation>Log-Rotation</translation>
    </message>
    <message>
        <source>Daemon</source>
        <translation>Daemon</translation>
    </message>
</context>
<context>
    <name>qm::JobsPage</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Cancel Job</source>
        <translation>Auftrag &amp;abbrechen</translation>
    </message>
    <message>
        <source>Cancel the selected job; a running one is stopped after you confirm</source>
        <translation>Den ausgewählten Auftrag abbrechen; ein laufender wird nach Ihrer Bestätigung angehalten</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Queue the selected finished job again, from the start</source>
        <translation>Den ausgewählten beendeten Auftrag erneut einreihen, von vorn</translation>
    </message>
    <message>
        <source>&amp;Pause Queue</source>
        <translation>Warteschlange &amp;pausieren</translation>
    </message>
    <message>
        <source>Start no new job until resumed; running jobs go on</source>
        <translation>Keinen neuen Auftrag starten, bis fortgesetzt wird; laufende Aufträge laufen weiter</translation>
    </message>
    <message>
        <source>Raise Priority</source>
        <translation>Priorität erhöhen</translation>
    </message>
    <message>
        <source>Run the selected queued job before the others</source>
        <translation>Den ausgewählten eingereihten Auftrag vor den anderen ausführen</translation>
    </message>
    <message>
        <source>Lower Priority</source>
        <translation>Priorität senken</translation>
    </message>
    <message>
        <source>Run the selected queued job after the others</source>
        <translation>Den ausgewählten eingereihten Auftrag nach den anderen ausführen</translation>
    </message>
    <message>
        <source>Queue a job that probes every host of the open config and this machine</source>
        <translation>Einen Auftrag einreihen, der jeden Rechner der geöffneten Konfiguration und diesen Rechner abfragt</translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation>Alle Aufträge</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Active: queued or running; failed: failed or interrupted; finished: every job that is done with</source>
        <translation>Aktiv: eingereiht oder laufend; fehlgeschlagen: fehlgeschlagen oder unterbrochen; beendet: jeder abgeschlossene Auftrag</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Filter by ID, path, host or error</source>
        <translation>Nach ID, Pfad, Rechner oder Fehler filtern</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>The log of the selected job</source>
        <translation>Das Protokoll des ausgewählten Auftrags</translation>
    </message>
    <message>
        <source>Retry in %1</source>
        <translation>Neuer Versuch in %1</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Reading the queue…</source>
        <translation>Warteschlange wird gelesen…</translation>
    </message>
    <message>
        <source>Select a job to see its details and log.</source>
        <translation>Wählen Sie einen Auftrag, um Details und Protokoll zu sehen.</translation>
    </message>
    <message>
        <source>No job matches the filter.</source>
        <translation>Kein Auftrag passt zum Filter.</translation>
    </message>
    <message>
        <source>No jobs yet.</source>
        <translation>Noch keine Aufträge.</translation>
    </message>
    <message>
        <source>Resume &amp;Queue</source>
        <translation>&amp;Warteschlange fortsetzen</translation>
    </message>
    <message>
        <source>Another runner is executing the jobs (%1). This page shows its queue; cancel, retry, priority and pause reach it through the database. The app takes over running jobs when it exits.</source>
        <translation>Eine andere Auftragsausführung arbeitet die Aufträge ab (%1). Diese Seite zeigt ihre Warteschlange; Abbrechen, Wiederholen, Priorität und Pause erreichen sie über die Datenbank. Die App übernimmt die Ausführung, wenn sie endet.</translation>
    </message>
    <message>
        <source>The job queue cannot be opened: %1</source>
        <translation>Die Auftragswarteschlange kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The queue is paused: no job starts until you resume it (%1). Running jobs go on.</source>
        <translation>Die Warteschlange ist pausiert: Kein Auftrag startet, bis Sie sie fortsetzen (%1). Laufende Aufträge laufen weiter.</translation>
    </message>
    <message numerus="yes">
        <source>%1 running, %2 queued, %3 failed — %n job(s)</source>
        <translation>
            <numerusform>%1 laufend, %2 eingereiht, %3 fehlgeschlagen – %n Auftrag</numerusform>
            <numerusform>%1 laufend, %2 eingereiht, %3 fehlgeschlagen – %n Aufträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a queued or running job to cancel.</source>
        <translation>Wählen Sie einen eingereihten oder laufenden Auftrag zum Abbrechen.</translation>
    </message>
    <message>
        <source>Cancel Running Job</source>
        <translation>Laufenden Auftrag abbrechen</translation>
    </message>
    <message>
        <source>Stop job %1 (%2 %3)?</source>
        <translation>Auftrag %1 anhalten (%2 %3)?</translation>
    </message>
    <message>
        <source>Its program is stopped now (SIGTERM, then SIGKILL after two seconds). What it finished stays done; Retry runs the job again from the start.</source>
        <translation>Sein Programm wird jetzt angehalten (SIGTERM, nach zwei Sekunden SIGKILL). Was es fertiggestellt hat, bleibt erledigt; Wiederholen führt den Auftrag erneut von vorn aus.</translation>
    </message>
    <message>
        <source>Stop Job</source>
        <translation>Auftrag anhalten</translation>
    </message>
    <message>
        <source>Keep Running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Select a finished job to retry.</source>
        <translation>Wählen Sie einen beendeten Auftrag zum Wiederholen.</translation>
    </message>
    <message>
        <source>Retry Job That Deletes</source>
        <translation>Löschenden Auftrag wiederholen</translation>
    </message>
    <message>
        <source>Job %1 deletes files (%2). Queue it again?</source>
        <translation>Auftrag %1 löscht Dateien (%2). Erneut einreihen?</translation>
    </message>
    <message>
        <source>It runs from the start, checks its reviewed plan again and fails without deleting anything if the destination changed since.</source>
        <translation>Er läuft von vorn, prüft seinen geprüften Plan erneut und schlägt fehl, ohne etwas zu löschen, wenn sich das Ziel seitdem geändert hat.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Only a queued job&apos;s priority can change.</source>
        <translation>Nur die Priorität eines eingereihten Auftrags lässt sich ändern.</translation>
    </message>
    <message>
        <source>Probe &amp;All Hosts</source>
        <translation>A&amp;lle Rechner abfragen</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>&amp;New Job…</source>
        <translation>&amp;Neuer Auftrag …</translation>
    </message>
    <message>
        <source>Run Again with &amp;Changes…</source>
        <translation>Mit Änderungen erneut aus&amp;führen …</translation>
    </message>
    <message>
        <source>A new job from the selected job&apos;s parameters, to change before it is queued</source>
        <translation>Ein neuer Auftrag mit den Parametern des ausgewählten Auftrags, vor dem Einreihen änderbar</translation>
    </message>
    <message>
        <source>C&amp;lear Finished Jobs…</source>
        <translation>Beendete Aufträge &amp;entfernen …</translation>
    </message>
    <message>
        <source>Remove finished jobs and their logs from the list: the selected one, or those older than some days</source>
        <translation>Beendete Aufträge und ihre Protokolle aus der Liste entfernen: den ausgewählten oder die, die älter als einige Tage sind</translation>
    </message>
    <message>
        <source>&amp;Notify When a Job Fails</source>
        <translation>Bei fehlgeschlagenem Auftrag &amp;benachrichtigen</translation>
    </message>
    <message>
        <source>A desktop notification when a job fails for good (the page always lists it)</source>
        <translation>Eine Desktop-Benachrichtigung, wenn ein Auftrag endgültig fehlschlägt (die Seite listet ihn immer auf)</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Weitere Aktionen</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Warteschlange</translation>
    </message>
    <message>
        <source>&amp;Schedules</source>
        <translation>&amp;Zeitpläne</translation>
    </message>
    <message>
        <source>&amp;Schedules (%1)</source>
        <translation>&amp;Zeitpläne (%1)</translation>
    </message>
    <message>
        <source>Run Again with Changes: Job %1</source>
        <translation>Mit Änderungen erneut ausführen: Auftrag %1</translation>
    </message>
    <message>
        <source>Clear Finished Jobs</source>
        <translation>Beendete Aufträge entfernen</translation>
    </message>
    <message>
        <source>The selected job (%1)</source>
        <translation>Der ausgewählte Auftrag (%1)</translation>
    </message>
    <message>
        <source>The selected job</source>
        <translation>Der ausgewählte Auftrag</translation>
    </message>
    <message>
        <source>Every finished job older than</source>
        <translation>Jeder beendete Auftrag, älter als</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Succeeded, failed and cancelled jobs go with their logs; queued, running and interrupted ones stay. Files are not touched.</source>
        <translation>Erfolgreiche, fehlgeschlagene und abgebrochene Aufträge werden mit ihren Protokollen entfernt; eingereihte, laufende und unterbrochene bleiben. Dateien werden nicht angetastet.</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Show &amp;Log Lines</source>
        <translation>&amp;Log-Zeilen anzeigen</translation>
    </message>
    <message>
        <source>The selected job&apos;s events on the Logs page (this machine&apos;s log database)</source>
        <translation>Die Ereignisse des gewählten Auftrags auf der Seite „Logs“ (Log-Datenbank dieses Rechners)</translation>
    </message>
    <message>
        <source>Show &amp;All Jobs</source>
        <translation>&amp;Alle Aufträge anzeigen</translation>
    </message>
    <message>
        <source>Queue a sync, archive, cleanup, probe or log retention, reviewed before it is queued</source>
        <translation>Eine Synchronisierung, Archivierung, Bereinigung, Abfrage oder Log-Aufbewahrung einreihen, nachdem Sie sie geprüft haben</translation>
    </message>
    <message numerus="yes">
        <source>Jobs that ran within %n minute(s) of %1: %2</source>
        <translation>
            <numerusform>Aufträge, die bis zu %n Minute um %1 liefen: %2</numerusform>
            <numerusform>Aufträge, die bis zu %n Minuten um %1 liefen: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Jobs of %1 that ran within %n minute(s) of %2: %3</source>
        <translation>
            <numerusform>Aufträge von %1, die bis zu %n Minute um %2 liefen: %3</numerusform>
            <numerusform>Aufträge von %1, die bis zu %n Minuten um %2 liefen: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::LiveHosts</name>
    <message>
        <source>The probe history is not recorded: %1</source>
        <translation>Der Abfrageverlauf wird nicht aufgezeichnet: %1</translation>
    </message>
</context>
<context>
    <name>qm::LiveRules</name>
    <message>
        <source>expected process &apos;%1&apos; is not running on %2</source>
        <translation>der erwartete Prozess &apos;%1&apos; läuft nicht auf %2</translation>
    </message>
    <message>
        <source>external storage %1 on %2 is not mounted: the path is a folder on the system disk, and nothing may be synced there</source>
        <translation>externer Speicher %1 auf %2 ist nicht eingehängt: der Pfad ist ein Ordner auf dem Systemdatenträger, und dorthin darf nichts synchronisiert werden</translation>
    </message>
    <message>
        <source>external storage %1 on %2 does not exist</source>
        <translation>externer Speicher %1 auf %2 existiert nicht</translation>
    </message>
    <message>
        <source>syncs to %1 are blocked: %2 is at %3 ≥ max_disk_usage_percent %4</source>
        <translation>Synchronisierungen zu %1 sind blockiert: %2 steht bei %3 ≥ max_disk_usage_percent %4</translation>
    </message>
    <message>
        <source>the threshold is set here</source>
        <translation>die Schwelle wird hier gesetzt</translation>
    </message>
    <message>
        <source>%1 has %2 free on %3, below min_free_disk_percent %4</source>
        <translation>%1 hat %2 frei auf %3, unter min_free_disk_percent %4</translation>
    </message>
    <message>
        <source>%1 has not answered for %2: %3</source>
        <translation>%1 hat %2 lang nicht geantwortet: %3</translation>
    </message>
    <message>
        <source>%1 does not answer: %2</source>
        <translation>%1 antwortet nicht: %2</translation>
    </message>
</context>
<context>
    <name>qm::LocationListingJob</name>
    <message>
        <source>the job names no location</source>
        <translation>der Auftrag nennt keinen Speicherort</translation>
    </message>
    <message>
        <source>Listing %1</source>
        <translation>Liste %1 auf</translation>
    </message>
    <message>
        <source>the listing failed, so nothing was kept: %1</source>
        <translation>die Auflistung ist fehlgeschlagen, daher wurde nichts behalten: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s), %1</source>
        <translation>
            <numerusform>%n Objekt, %1</numerusform>
            <numerusform>%n Objekte, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Newest object: %1</source>
        <translation>Neuestes Objekt: %1</translation>
    </message>
    <message>
        <source>(objects in no folder)</source>
        <translation>(Objekte in keinem Ordner)</translation>
    </message>
    <message>
        <source>  %1  %2</source>
        <translation>  %1  %2</translation>
    </message>
    <message numerus="yes">
        <source>Not objects: %n symbolic link(s), never followed</source>
        <translation>
            <numerusform>Keine Objekte: %n symbolischer Link, nie verfolgt</numerusform>
            <numerusform>Keine Objekte: %n symbolische Links, nie verfolgt</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>the listing was not kept in the history: %1</source>
        <translation>die Auflistung wurde nicht im Verlauf behalten: %1</translation>
    </message>
    <message>
        <source>Kept in the history</source>
        <translation>Im Verlauf behalten</translation>
    </message>
</context>
<context>
    <name>qm::LocationScanStore</name>
    <message>
        <source>cannot create the folder of %1</source>
        <translation>Der Ordner von %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>qm::LogExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the export was cancelled; %1 is as it was</source>
        <translation>der Export wurde abgebrochen; %1 ist unverändert</translation>
    </message>
</context>
<context>
    <name>qm::LogHistogram</name>
    <message>
        <source>Lines per time span, by level. Drag across it to read that time range.</source>
        <translation>Zeilen pro Zeitabschnitt, nach Stufe. Ziehen Sie darüber, um diesen Zeitraum zu lesen.</translation>
    </message>
</context>
<context>
    <name>qm::LogJsonl</name>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>%1 is %2, not a string</source>
        <translation>%1 ist %2, keine Zeichenkette</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>not JSON: %1 at character %2</source>
        <translation>kein JSON: %1 an Zeichen %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>timestamp is missing</source>
        <translation>timestamp fehlt</translation>
    </message>
    <message>
        <source>timestamp “%1” is not an ISO-8601 time</source>
        <translation>timestamp „%1“ ist keine ISO-8601-Zeit</translation>
    </message>
    <message>
        <source>timestamp is %1, not an ISO-8601 time string</source>
        <translation>timestamp ist %1, keine ISO-8601-Zeitzeichenkette</translation>
    </message>
    <message>
        <source>timestamp “%1” is out of range</source>
        <translation>timestamp „%1“ liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>id “%1” is not a UUID</source>
        <translation>id „%1“ ist keine UUID</translation>
    </message>
    <message>
        <source>id is %1, not a UUID string</source>
        <translation>id ist %1, keine UUID-Zeichenkette</translation>
    </message>
    <message>
        <source>task_id “%1” is not a UUID</source>
        <translation>task_id „%1“ ist keine UUID</translation>
    </message>
    <message>
        <source>task_id is %1, not a UUID string</source>
        <translation>task_id ist %1, keine UUID-Zeichenkette</translation>
    </message>
    <message>
        <source>worker_id is %1, not a string</source>
        <translation>worker_id ist %1, keine Zeichenkette</translation>
    </message>
    <message>
        <source>cycle_number %1 is not a whole number that fits in 32 bits</source>
        <translation>cycle_number %1 ist keine ganze Zahl, die in 32 Bit passt</translation>
    </message>
    <message>
        <source>cycle_number is %1, not a number</source>
        <translation>cycle_number ist %1, keine Zahl</translation>
    </message>
    <message>
        <source>metadata is a string that does not hold a JSON object</source>
        <translation>metadata ist eine Zeichenkette, die kein JSON-Objekt enthält</translation>
    </message>
    <message>
        <source>metadata is %1, not a JSON object</source>
        <translation>metadata ist %1, kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the line is longer than %1 bytes</source>
        <translation>die Zeile ist länger als %1 Bytes</translation>
    </message>
</context>
<context>
    <name>qm::LogRetention</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>a password is not kept in the job queue: put it in ~/.pgpass (or a service file) and give the URI without it</source>
        <translation>ein Passwort wird nicht in der Auftragswarteschlange gespeichert: legen Sie es in ~/.pgpass (oder einer Service-Datei) ab und geben Sie die URI ohne Passwort an</translation>
    </message>
    <message>
        <source>the job names no database or no age</source>
        <translation>der Auftrag nennt keine Datenbank oder kein Alter</translation>
    </message>
    <message>
        <source>the saved retention plan cannot be read</source>
        <translation>der gespeicherte Aufbewahrungsplan kann nicht gelesen werden</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n log line(s) older than %1</source>
        <translation>
            <numerusform>%n Log-Zeile älter als %1 löschen</numerusform>
            <numerusform>%n Log-Zeilen älter als %1 löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Oldest: %1</source>
        <translation>Älteste: %1</translation>
    </message>
    <message>
        <source>Newest: %1</source>
        <translation>Neueste: %1</translation>
    </message>
    <message>
        <source>Deleted in batches of %1 lines, each its own transaction; not recoverable once done</source>
        <translation>Gelöscht in Stapeln zu %1 Zeilen, jeder in eigener Transaktion; danach nicht wiederherstellbar</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) deleted</source>
        <translation>
            <numerusform>%n Zeile gelöscht</numerusform>
            <numerusform>%n Zeilen gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more than planned: lines with an older time were written since the plan</source>
        <translation>
            <numerusform>%n mehr als geplant: seit dem Plan wurden Zeilen mit älterer Zeit geschrieben</numerusform>
            <numerusform>%n mehr als geplant: seit dem Plan wurden Zeilen mit älterer Zeit geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) older than the cutoff are still there</source>
        <translation>
            <numerusform>%n Zeile älter als der Stichtag ist noch vorhanden</numerusform>
            <numerusform>%n Zeilen älter als der Stichtag sind noch vorhanden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::LogRotation</name>
    <message>
        <source>no process holds it open: renamed whole, nothing written meanwhile can be lost</source>
        <translation>kein Prozess hält es offen: als Ganzes umbenannt, nichts, was währenddessen geschrieben wird, kann verloren gehen</translation>
    </message>
    <message>
        <source>held open: copied, then its copied start cut off in place; what is written meanwhile stays in the live file, nothing is lost (a line crossing the cut goes on in the live file)</source>
        <translation>offen gehalten: kopiert, dann sein kopierter Anfang an Ort und Stelle abgeschnitten; was währenddessen geschrieben wird, bleibt in der laufenden Datei, nichts geht verloren (eine Zeile über den Schnitt hinweg geht in der laufenden Datei weiter)</translation>
    </message>
    <message>
        <source>held open, and this filesystem cannot cut a file&apos;s start: copied until its size holds still, then truncated; lines written in the moment between the last copy and the cut are lost</source>
        <translation>offen gehalten, und dieses Dateisystem kann den Anfang einer Datei nicht abschneiden: kopiert, bis seine Größe stillsteht, dann gekürzt; Zeilen, die im Moment zwischen der letzten Kopie und dem Schnitt geschrieben werden, gehen verloren</translation>
    </message>
    <message>
        <source>held open by a writer without O_APPEND: a cut would leave it writing past the end, so it is not rotated (restart the writer, or have it append)</source>
        <translation>offen gehalten von einem Schreiber ohne O_APPEND: ein Schnitt ließe ihn hinter dem Ende weiterschreiben, daher wird es nicht rotiert (starten Sie den Schreiber neu oder lassen Sie ihn anhängen)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>kann %1 nicht lesen: %2</translation>
    </message>
    <message>
        <source>%1 is a symbolic link, and rotation never follows links: give the file it points to (%2)</source>
        <translation>%1 ist ein symbolischer Link, und die Rotation folgt nie Links: geben Sie die Datei an, auf die er zeigt (%2)</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1, over %2</source>
        <translation>%1, über %2</translation>
    </message>
    <message numerus="yes">
        <source>last rotated %1 ago, more than %n day(s)</source>
        <translation>
            <numerusform>zuletzt vor %1 rotiert, mehr als %n Tag</numerusform>
            <numerusform>zuletzt vor %1 rotiert, mehr als %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, not due</source>
        <translation>%1, nicht fällig</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>the log was cut short while copied</source>
        <translation>das Log wurde beim Kopieren gekürzt</translation>
    </message>
    <message>
        <source>it is smaller than a block of its filesystem</source>
        <translation>es ist kleiner als ein Block seines Dateisystems</translation>
    </message>
    <message>
        <source>cannot cut its start in place: %1</source>
        <translation>kann seinen Anfang nicht an Ort und Stelle abschneiden: %1</translation>
    </message>
    <message>
        <source>%1: copied its first %2 and cut them off in place; the %3 after the cut, with what was written meanwhile, stay in it</source>
        <translation>%1: seine ersten %2 kopiert und an Ort und Stelle abgeschnitten; die %3 nach dem Schnitt bleiben mit dem währenddessen Geschriebenen darin</translation>
    </message>
    <message>
        <source>cannot truncate it: %1</source>
        <translation>kann es nicht kürzen: %1</translation>
    </message>
    <message>
        <source>%1: copied %2, then truncated %3 µs after the last copy (lines written in that moment are lost)</source>
        <translation>%1: %2 kopiert, dann %3 µs nach der letzten Kopie gekürzt (in diesem Moment geschriebene Zeilen gehen verloren)</translation>
    </message>
    <message>
        <source>give a size (--max-size MB) or an age (--max-age-days N) to rotate at</source>
        <translation>geben Sie eine Größe (--max-size MB) oder ein Alter (--max-age-days N) an, ab dem rotiert wird</translation>
    </message>
    <message>
        <source>the rotations kept must be 0 or more</source>
        <translation>die Zahl behaltener Rotationen muss 0 oder mehr sein</translation>
    </message>
    <message>
        <source>no file matches %1</source>
        <translation>keine Datei passt auf %1</translation>
    </message>
    <message>
        <source>cancelled before %1</source>
        <translation>abgebrochen vor %1</translation>
    </message>
    <message>
        <source>%1: no longer due (%2), left as it is</source>
        <translation>%1: nicht mehr fällig (%2), bleibt, wie es ist</translation>
    </message>
    <message>
        <source>%1 was not rotated: %2</source>
        <translation>%1 wurde nicht rotiert: %2</translation>
    </message>
    <message>
        <source>%1: renamed to %2 (%3)</source>
        <translation>%1: umbenannt in %2 (%3)</translation>
    </message>
    <message>
        <source>%1 was set aside as %2 but not compressed: %3 (the copy is kept)</source>
        <translation>%1 wurde als %2 beiseitegelegt, aber nicht komprimiert: %3 (die Kopie bleibt)</translation>
    </message>
    <message>
        <source>%1: compressed to %2 (%3 → %4) and read back</source>
        <translation>%1: komprimiert zu %2 (%3 → %4) und zurückgelesen</translation>
    </message>
    <message>
        <source>cannot make %1</source>
        <translation>kann %1 nicht anlegen</translation>
    </message>
    <message>
        <source>cannot move %1 to the quarantine: %2</source>
        <translation>kann %1 nicht in die Quarantäne verschieben: %2</translation>
    </message>
    <message>
        <source>%1: moved to %2</source>
        <translation>%1: verschoben nach %2</translation>
    </message>
    <message>
        <source>it ended with exit code %1</source>
        <translation>es endete mit dem Exit-Code %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> auf %1</translation>
    </message>
    <message>
        <source>%1 on %2 is not a regular file</source>
        <translation>%1 auf %2 ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>cannot read %1 on %2</source>
        <translation>%1 auf %2 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>no file matches %1 on %2</source>
        <translation>keine Datei passt zu %1 auf %2</translation>
    </message>
    <message>
        <source>%1 is not on %2</source>
        <translation>%1 ist nicht auf %2</translation>
    </message>
    <message>
        <source>cannot look at %1 on %2</source>
        <translation>%1 auf %2 kann nicht angesehen werden</translation>
    </message>
    <message>
        <source>give the log&apos;s full path on %1 (starting with / or ~/), not “%2”</source>
        <translation>Geben Sie den vollständigen Pfad des Logs auf %1 an (beginnend mit / oder ~/), nicht „%2“</translation>
    </message>
    <message>
        <source>%1 has no zstd: install it there, or compress with gz</source>
        <translation>%1 hat kein zstd: Installieren Sie es dort, oder komprimieren Sie mit gz</translation>
    </message>
    <message>
        <source>%1 has no gzip: install it there</source>
        <translation>%1 hat kein gzip: Installieren Sie es dort</translation>
    </message>
    <message>
        <source>%1 has no cmp, so a compressed rotation could not be read back and compared: install diffutils there</source>
        <translation>%1 hat kein cmp, eine komprimierte Rotation könnte also nicht zurückgelesen und verglichen werden: Installieren Sie dort diffutils</translation>
    </message>
    <message>
        <source>%1 on %2: no longer due (%3), left as it is</source>
        <translation>%1 auf %2: nicht mehr fällig (%3), bleibt wie es ist</translation>
    </message>
    <message>
        <source>%1 on %2 was not rotated: %3</source>
        <translation>%1 auf %2 wurde nicht rotiert: %3</translation>
    </message>
    <message>
        <source>%1 on %2: renamed to %3 (%4)</source>
        <translation>%1 auf %2: umbenannt in %3 (%4)</translation>
    </message>
    <message>
        <source>%1 on %2: copied its first %3 and cut them off in place; the %4 after the cut, with what was written meanwhile, stay in it</source>
        <translation>%1 auf %2: die ersten %3 kopiert und an Ort und Stelle abgeschnitten; die %4 nach dem Schnitt bleiben samt dem, was inzwischen geschrieben wurde, darin</translation>
    </message>
    <message>
        <source>%1 on %2: copied %3, then truncated (lines written between the last copy and the cut are lost)</source>
        <translation>%1 auf %2: %3 kopiert, dann gekürzt (Zeilen, die zwischen der letzten Kopie und dem Schnitt geschrieben wurden, gehen verloren)</translation>
    </message>
    <message>
        <source>%1 on %2: compressed to %3 (%4 → %5) and read back</source>
        <translation>%1 auf %2: komprimiert zu %3 (%4 → %5) und zurückgelesen</translation>
    </message>
    <message>
        <source>%1: moved to %2 on %3</source>
        <translation>%1: verschoben nach %2 auf %3</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1 on %2 was rotated, but moving its old rotations to the quarantine stopped: %3</source>
        <translation>%1 auf %2 wurde rotiert, aber das Verschieben seiner alten Rotationen in die Quarantäne hielt an: %3</translation>
    </message>
    <message>
        <source>%1 on %2: the rotation stopped (%3); it may be set aside as %4 or compressed already: look beside it</source>
        <translation>%1 auf %2: die Rotation hielt an (%3); es kann als %4 beiseitegelegt oder schon komprimiert sein: sehen Sie daneben nach</translation>
    </message>
    <message>
        <source>%1 on %2 cannot be rotated: the ssh user may not write it or its folder</source>
        <translation>%1 auf %2 kann nicht rotiert werden: der ssh-Benutzer darf es oder seinen Ordner nicht schreiben</translation>
    </message>
</context>
<context>
    <name>qm::LogStore</name>
    <message>
        <source>the table&apos;s SQL is missing from this build</source>
        <translation>das SQL der Tabelle fehlt in diesem Build</translation>
    </message>
    <message>
        <source>cannot create system_logs in %1: %2</source>
        <translation>system_logs kann in %1 nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot read the columns of system_logs in %1: %2</source>
        <translation>die Spalten von system_logs in %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>there is no table system_logs in %1</source>
        <translation>in %1 gibt es keine Tabelle system_logs</translation>
    </message>
    <message>
        <source>system_logs in %1 has no column %2</source>
        <translation>system_logs in %1 hat keine Spalte %2</translation>
    </message>
    <message>
        <source>the task “%1” is not a UUID</source>
        <translation>die Aufgabe „%1“ ist keine UUID</translation>
    </message>
    <message>
        <source>a metadata key cannot hold a double quote</source>
        <translation>ein Metadatenschlüssel darf kein doppeltes Anführungszeichen enthalten</translation>
    </message>
    <message>
        <source>the query was cancelled</source>
        <translation>die Abfrage wurde abgebrochen</translation>
    </message>
    <message>
        <source>cannot read system_logs in %1: %2</source>
        <translation>system_logs in %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot add line %1 to system_logs in %2: %3</source>
        <translation>Zeile %1 kann nicht zu system_logs in %2 hinzugefügt werden: %3</translation>
    </message>
    <message>
        <source>cannot delete from system_logs in %1: %2</source>
        <translation>aus system_logs in %1 kann nicht gelöscht werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>cannot add %n line(s) to system_logs in %1: %2</source>
        <translation>
            <numerusform>%n Zeile kann nicht zu system_logs in %1 hinzugefügt werden: %2</numerusform>
            <numerusform>%n Zeilen können nicht zu system_logs in %1 hinzugefügt werden: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read system_logs in %1: the driver gives no connection to read from</source>
        <translation>system_logs in %1 kann nicht gelesen werden: Der Treiber stellt keine Verbindung zum Lesen bereit</translation>
    </message>
</context>
<context>
    <name>qm::LogSummary</name>
    <message>
        <source>(other messages)</source>
        <translation>(andere Meldungen)</translation>
    </message>
</context>
<context>
    <name>qm::LogTail</name>
    <message>
        <source>%1 is not there, but rotated copies of it are</source>
        <translation>%1 ist nicht vorhanden, aber rotierte Kopien davon</translation>
    </message>
    <message>
        <source>%1 is not there</source>
        <translation>%1 ist nicht vorhanden</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>it was cut short while read</source>
        <translation>sie wurde beim Lesen gekürzt</translation>
    </message>
    <message>
        <source>%1 does not end in text (NUL bytes or control characters): not read as a log</source>
        <translation>%1 endet nicht mit Text (NUL-Bytes oder Steuerzeichen): nicht als Protokoll gelesen</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>kann %1 nicht lesen</translation>
    </message>
</context>
<context>
    <name>qm::LogsModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Zyklus</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>qm::LogsPage</name>
    <message>
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen …</translation>
    </message>
    <message>
        <source>Add a PostgreSQL database or an SQLite file</source>
        <translation>Eine PostgreSQL-Datenbank oder eine SQLite-Datei hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Create the Table…</source>
        <translation>Tabelle anlegen …</translation>
    </message>
    <message>
        <source>Select a line to read it whole, with its metadata.</source>
        <translation>Wählen Sie eine Zeile, um sie vollständig mit ihren Metadaten zu lesen.</translation>
    </message>
    <message>
        <source>&amp;Lines</source>
        <translation>&amp;Zeilen</translation>
    </message>
    <message>
        <source>Lines of level ERROR and worse (or the level chosen) under the filter, grouped by their message with numbers, ids, paths and quoted values masked. Double-click one to read its lines.</source>
        <translation>Zeilen der Stufe ERROR und schlimmer (oder der gewählten Stufe) unter dem Filter, gruppiert nach ihrer Meldung, wobei Zahlen, IDs, Pfade und Werte in Anführungszeichen maskiert sind. Doppelklicken Sie auf eine, um ihre Zeilen zu lesen.</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Zuerst</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>Error &amp;Summary</source>
        <translation>Fehler&amp;übersicht</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>S&amp;tatistics</source>
        <translation>S&amp;tatistik</translation>
    </message>
    <message>
        <source>Next Error</source>
        <translation>Nächster Fehler</translation>
    </message>
    <message>
        <source>Previous Error</source>
        <translation>Vorheriger Fehler</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>, more as you scroll</source>
        <translation>, weitere beim Blättern</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Create system_logs</source>
        <translation>system_logs anlegen</translation>
    </message>
    <message>
        <source>Create the table system_logs, its indexes%1 in %2?</source>
        <translation>Die Tabelle system_logs, ihre Indizes%1 in %2 anlegen?</translation>
    </message>
    <message>
        <source> and func_cleanup_old_logs(hours)</source>
        <translation> und func_cleanup_old_logs(hours)</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 48 hours</source>
        <translation>Letzte 48 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Chosen on the histogram</source>
        <translation>Im Histogramm gewählt</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Jede Stufe</translation>
    </message>
    <message>
        <source>%1 and worse</source>
        <translation>%1 und schlimmer</translation>
    </message>
    <message>
        <source>source type</source>
        <translation>Quelltyp</translation>
    </message>
    <message>
        <source>source id</source>
        <translation>Quell-ID</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>task (UUID)</source>
        <translation>Aufgabe (UUID)</translation>
    </message>
    <message>
        <source>cycle</source>
        <translation>Zyklus</translation>
    </message>
    <message>
        <source>message contains (literal, case ignored) — Ctrl+F</source>
        <translation>Meldung enthält (wörtlich, Groß-/Kleinschreibung egal) — Strg+F</translation>
    </message>
    <message>
        <source>metadata key=value</source>
        <translation>Metadaten Schlüssel=Wert</translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation>&amp;Folgen</translation>
    </message>
    <message>
        <source>Show new lines as they arrive (every 2 s), late ones included</source>
        <translation>Neue Zeilen anzeigen, sobald sie eintreffen (alle 2 s), verspätete eingeschlossen</translation>
    </message>
    <message>
        <source>◀ Error</source>
        <translation>◀ Fehler</translation>
    </message>
    <message>
        <source>Previous (newer) error (Shift+F8)</source>
        <translation>Vorheriger (neuerer) Fehler (Shift+F8)</translation>
    </message>
    <message>
        <source>Error ▶</source>
        <translation>Fehler ▶</translation>
    </message>
    <message>
        <source>Next (older) error (F8)</source>
        <translation>Nächster (älterer) Fehler (F8)</translation>
    </message>
    <message>
        <source>This machine (embedded file)</source>
        <translation>Dieser Rechner (eingebettete Datei)</translation>
    </message>
    <message>
        <source>Add a Database</source>
        <translation>Datenbank hinzufügen</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt …</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>By level</source>
        <translation>Nach Stufe</translation>
    </message>
    <message>
        <source>By source (the 50 with most lines)</source>
        <translation>Nach Quelle (die 50 mit den meisten Zeilen)</translation>
    </message>
    <message>
        <source>By worker (the 50 with most lines)</source>
        <translation>Nach Worker (die 50 mit den meisten Zeilen)</translation>
    </message>
    <message>
        <source>Size of the table</source>
        <translation>Größe der Tabelle</translation>
    </message>
    <message>
        <source>Oldest line of the table</source>
        <translation>Älteste Zeile der Tabelle</translation>
    </message>
    <message>
        <source>%1 (%2 UTC)
%3  %4/%5</source>
        <translation>%1 (%2 UTC)
%3  %4/%5</translation>
    </message>
    <message>
        <source>
worker %1</source>
        <translation>
Worker %1</translation>
    </message>
    <message>
        <source>
task %1</source>
        <translation>
Aufgabe %1</translation>
    </message>
    <message>
        <source>
cycle %1</source>
        <translation>
Zyklus %1</translation>
    </message>
    <message>
        <source>
id %1

</source>
        <translation>
ID %1

</translation>
    </message>
    <message>
        <source>metadata:</source>
        <translation>Metadaten:</translation>
    </message>
    <message>
        <source>No older error</source>
        <translation>Kein älterer Fehler</translation>
    </message>
    <message>
        <source>No newer error</source>
        <translation>Kein neuerer Fehler</translation>
    </message>
    <message>
        <source>Worker %1&apos;s Timeline</source>
        <translation>Zeitleiste von Worker %1</translation>
    </message>
    <message>
        <source>Task&apos;s Timeline</source>
        <translation>Zeitleiste der Aufgabe</translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren …</translation>
    </message>
    <message>
        <source>Write the lines the filter selects to a JSON Lines, JSON or CSV file (Ctrl+E)</source>
        <translation>Die vom Filter gewählten Zeilen in eine JSON-Lines-, JSON- oder CSV-Datei schreiben (Strg+E)</translation>
    </message>
    <message>
        <source>An export is already under way</source>
        <translation>Ein Export läuft bereits</translation>
    </message>
    <message>
        <source>Nothing to export: not connected to a log database</source>
        <translation>Nichts zu exportieren: keine Verbindung zu einer Log-Datenbank</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Log Lines</source>
        <translation>Log-Zeilen exportieren</translation>
    </message>
    <message>
        <source>Export cancelled; %1 is as it was</source>
        <translation>Export abgebrochen; %1 ist unverändert</translation>
    </message>
    <message>
        <source>Cancelling the export to %1…</source>
        <translation>Export nach %1 wird abgebrochen …</translation>
    </message>
    <message>
        <source>Show Host</source>
        <translation>Host anzeigen</translation>
    </message>
    <message>
        <source>Show Host %1</source>
        <translation>Host %1 anzeigen</translation>
    </message>
    <message>
        <source>Neither the worker nor the source of this line is a host of the open config</source>
        <translation>Weder der Worker noch die Quelle dieser Zeile ist ein Host der geöffneten Konfiguration</translation>
    </message>
    <message>
        <source>Trends at This Time</source>
        <translation>Trends zu dieser Zeit</translation>
    </message>
    <message>
        <source>Jobs Around This Time</source>
        <translation>Aufträge um diese Zeit</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln line(s) read%2</source>
        <translation>
            <numerusform>%1 — %Ln Zeile gelesen%2</numerusform>
            <numerusform>%1 — %Ln Zeilen gelesen%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) written to %1</source>
        <translation>
            <numerusform>%Ln Zeile in %1 geschrieben</numerusform>
            <numerusform>%Ln Zeilen in %1 geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting to %1: %Ln line(s) written…</source>
        <translation>
            <numerusform>Export nach %1: %Ln Zeile geschrieben …</numerusform>
            <numerusform>Export nach %1: %Ln Zeilen geschrieben …</numerusform>
        </translation>
    </message>
    <message>
        <source>Forget this database, and its password in the system keychain</source>
        <translation>Diese Datenbank vergessen, samt ihrem Passwort im System-Schlüsselbund</translation>
    </message>
    <message>
        <source>A PostgreSQL URI (postgresql://user@host:5432/db?sslmode=require — libpq&apos;s rules: ~/.pgpass, PGSERVICE and service files work) or an SQLite file (sqlite:/path). A password in the URI goes to the system keychain, never to the settings:</source>
        <translation>Eine PostgreSQL-URI (postgresql://user@host:5432/db?sslmode=require – nach den Regeln von libpq: ~/.pgpass, PGSERVICE und Service-Dateien funktionieren) oder eine SQLite-Datei (sqlite:/pfad). Ein Passwort in der URI kommt in den System-Schlüsselbund, nie in die Einstellungen:</translation>
    </message>
    <message>
        <source>Could not store the password of %1 in the system keychain: %2. It is kept until Quartermaster quits.</source>
        <translation>Das Passwort von %1 konnte nicht im System-Schlüsselbund gespeichert werden: %2. Es bleibt erhalten, bis Quartermaster beendet wird.</translation>
    </message>
    <message>
        <source>Could not delete the password of %1 from the system keychain: %2. Delete the entry %1 of the service %3 with the keychain&apos;s own tool (Seahorse, KWallet Manager, Keychain Access).</source>
        <translation>Das Passwort von %1 konnte nicht aus dem System-Schlüsselbund gelöscht werden: %2. Löschen Sie den Eintrag %1 des Dienstes %3 mit dem Werkzeug des Schlüsselbunds (Seahorse, KWallet-Verwaltung, Schlüsselbundverwaltung).</translation>
    </message>
    <message>
        <source>Reading the password of %1 from the system keychain…</source>
        <translation>Passwort von %1 wird aus dem System-Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>Could not read the password of %1 from the system keychain: %2. Connecting without it (libpq may find one in ~/.pgpass).</source>
        <translation>Das Passwort von %1 konnte nicht aus dem System-Schlüsselbund gelesen werden: %2. Verbindung ohne Passwort (libpq findet vielleicht eines in ~/.pgpass).</translation>
    </message>
</context>
<context>
    <name>qm::LogsSession</name>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
</context>
<context>
    <name>qm::MachineSchedulesView</name>
    <message>
        <source>tomorrow %1</source>
        <translation>morgen %1</translation>
    </message>
    <message>
        <source>in under a minute</source>
        <translation>in weniger als einer Minute</translation>
    </message>
    <message>
        <source>in %1 min</source>
        <translation>in %1 Min.</translation>
    </message>
    <message>
        <source>in %1 h</source>
        <translation>in %1 Std.</translation>
    </message>
    <message>
        <source>in %1 h %2 min</source>
        <translation>in %1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>in %1 Tagen</translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation>Nicht gelesen: %1</translation>
    </message>
    <message>
        <source>Whose schedules to show: this machine, or a host of the config (reached over ssh when chosen)</source>
        <translation>Wessen Zeitpläne gezeigt werden: dieser Rechner oder ein Host der Konfiguration (bei Auswahl über ssh erreicht)</translation>
    </message>
    <message>
        <source>&amp;Machine:</source>
        <translation>&amp;Rechner:</translation>
    </message>
    <message>
        <source>Loo&amp;k Again</source>
        <translation>Erneut &amp;lesen</translation>
    </message>
    <message>
        <source>Read the chosen machine&apos;s crontabs, systemd timers and launchd jobs again</source>
        <translation>Crontabs, systemd-Timer und launchd-Aufträge des gewählten Rechners erneut lesen</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Nächster Lauf</translation>
    </message>
    <message>
        <source>Not looked at yet.</source>
        <translation>Noch nicht nachgesehen.</translation>
    </message>
    <message>
        <source>This machine</source>
        <translation>Dieser Rechner</translation>
    </message>
    <message>
        <source>%1 is not in the config any more.</source>
        <translation>%1 ist nicht mehr in der Konfiguration.</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>dieser Rechner</translation>
    </message>
    <message>
        <source>Looking at %1…</source>
        <translation>%1 wird angesehen …</translation>
    </message>
    <message>
        <source>Cannot read the schedules of %1: %2</source>
        <translation>Die Zeitpläne von %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>No crontab, cron.d, systemd timer or launchd schedule on %1; looked at %2.</source>
        <translation>Kein Crontab-, cron.d-, systemd-Timer- oder launchd-Zeitplan auf %1; nachgesehen %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n schedule(s) on %1, looked at %2.</source>
        <translation>
            <numerusform>%n Zeitplan auf %1, nachgesehen %2.</numerusform>
            <numerusform>%n Zeitpläne auf %1, nachgesehen %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be read (flagged).</source>
        <translation>
            <numerusform>%n Zeile konnte nicht gelesen werden (markiert).</numerusform>
            <numerusform>%n Zeilen konnten nicht gelesen werden (markiert).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n schedule(s) as of %1.</source>
        <translation>
            <numerusform>%n Zeitplan, Stand %1.</numerusform>
            <numerusform>%n Zeitpläne, Stand %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>not read: %1</source>
        <translation>nicht gelesen: %1</translation>
    </message>
    <message>
        <source>no time of day</source>
        <translation>keine Tageszeit</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>qm::MainWindow</name>
    <message>
        <source>Reading the volumes of this machine…</source>
        <translation>Die Laufwerke dieses Rechners werden gelesen …</translation>
    </message>
    <message>
        <source>Open Fleet Config</source>
        <translation>Flottenkonfiguration öffnen</translation>
    </message>
    <message>
        <source>Fleet configs (*.yaml *.yml);;All files (*)</source>
        <translation>Flottenkonfigurationen (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet …</translation>
    </message>
    <message>
        <source>Cannot Open Config</source>
        <translation>Konfiguration kann nicht geöffnet werden</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1 (%n line(s))</source>
        <translation>
            <numerusform>%1 geöffnet (%n Zeile)</numerusform>
            <numerusform>%1 geöffnet (%n Zeilen)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>%1[*] — Quartermaster</source>
        <translation>%1[*] — Quartermaster</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation>Meldungen (%1)</translation>
    </message>
    <message>
        <source>No open alerts</source>
        <translation>Keine offenen Meldungen</translation>
    </message>
    <message numerus="yes">
        <source>%n open alert(s), %1 critical</source>
        <translation>
            <numerusform>%n offene Meldung, %1 kritisch</numerusform>
            <numerusform>%n offene Meldungen, %1 kritisch</numerusform>
        </translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message numerus="yes">
        <source>%1 running, %2 queued; %n failed since you last looked</source>
        <translation>
            <numerusform>%1 laufend, %2 eingereiht; %n fehlgeschlagen, seit Sie zuletzt nachgesehen haben</numerusform>
            <numerusform>%1 laufend, %2 eingereiht; %n fehlgeschlagen, seit Sie zuletzt nachgesehen haben</numerusform>
        </translation>
    </message>
    <message>
        <source>Jobs (%1 failed)</source>
        <translation>Aufträge (%1 fehlgeschlagen)</translation>
    </message>
    <message>
        <source>Jobs (%1 running)</source>
        <translation>Aufträge (%1 laufend)</translation>
    </message>
</context>
<context>
    <name>qm::MinerSettingsModel</name>
    <message>
        <source>this machine: %1</source>
        <translation>dieser Rechner: %1</translation>
    </message>
    <message>
        <source>%1 (%2 UTC)</source>
        <translation>%1 (%2 UTC)</translation>
    </message>
    <message>
        <source>Setting: %1</source>
        <translation>Einstellung: %1</translation>
    </message>
    <message>
        <source>Old value: %1</source>
        <translation>Alter Wert: %1</translation>
    </message>
    <message>
        <source>New value: %1</source>
        <translation>Neuer Wert: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Event: %1</source>
        <translation>Ereignis: %1</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation>Datenverzeichnis</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Alter Wert</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
</context>
<context>
    <name>qm::MinerSettingsTimeline</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: larger than 64 MiB</source>
        <translation>%1 kann nicht gelesen werden: größer als 64 MiB</translation>
    </message>
</context>
<context>
    <name>qm::MinerSettingsView</name>
    <message>
        <source>Filter by setting or data directory</source>
        <translation>Nach Einstellung oder Datenverzeichnis filtern</translation>
    </message>
    <message>
        <source>No data directory has been read, so there is no miner settings history to show. Each miner&apos;s %1 is read from the top of its data directory: add one of this machine under Data Directories, or give hosts a data_dir in the config.</source>
        <translation>Es wurde kein Datenverzeichnis gelesen, daher gibt es keinen Verlauf der Miner-Einstellungen. Die Datei %1 jedes Miners wird aus der obersten Ebene seines Datenverzeichnisses gelesen: Fügen Sie unter „Datenverzeichnisse“ eines dieses Rechners hinzu, oder geben Sie Rechnern ein data_dir in der Konfiguration.</translation>
    </message>
    <message>
        <source>No data directory has a %1 with settings changes. It is looked for at the top of each data directory read: %2.</source>
        <translation>Kein Datenverzeichnis hat eine %1 mit Einstellungsänderungen. Sie wird in der obersten Ebene jedes gelesenen Datenverzeichnisses gesucht: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n setting change(s)</source>
        <translation>
            <numerusform>%n Einstellungsänderung</numerusform>
            <numerusform>%n Einstellungsänderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n setting change(s) shown</source>
        <translation>
            <numerusform>%1 von %n Einstellungsänderung angezeigt</numerusform>
            <numerusform>%1 von %n Einstellungsänderungen angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) not readable, skipped</source>
        <translation>
            <numerusform>%n Zeile nicht lesbar, übersprungen</numerusform>
            <numerusform>%n Zeilen nicht lesbar, übersprungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::MountTable</name>
    <message>
        <source>Cannot read the mount table: %1</source>
        <translation>Die Einhängetabelle kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the mount table %1: %2</source>
        <translation>Die Einhängetabelle %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The mount table %1 lists no mounts</source>
        <translation>Die Einhängetabelle %1 enthält keine Einträge</translation>
    </message>
</context>
<context>
    <name>qm::NewJobDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Ordner auswählen</translation>
    </message>
    <message>
        <source>/path, HOST:/path or rclone:REMOTE:path</source>
        <translation>/pfad, RECHNER:/pfad oder rclone:REMOTE:pfad</translation>
    </message>
    <message>
        <source>New Job</source>
        <translation>Neuer Auftrag</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Delete files the source no longer has, at most</source>
        <translation>Dateien löschen, die die Quelle nicht mehr hat, höchstens</translation>
    </message>
    <message>
        <source> files</source>
        <translation> Dateien</translation>
    </message>
    <message>
        <source>Run rsync on the source host and push</source>
        <translation>rsync auf dem Quellrechner ausführen und zum Ziel schieben</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>tar + zstd (.tar.zst)</source>
        <translation>tar + zstd (.tar.zst)</translation>
    </message>
    <message>
        <source>tar + gzip (.tar.gz)</source>
        <translation>tar + gzip (.tar.gz)</translation>
    </message>
    <message>
        <source>&amp;Root:</source>
        <translation>&amp;Stammordner:</translation>
    </message>
    <message>
        <source>Files &amp;older than:</source>
        <translation>Dateien ä&amp;lter als:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>/path or HOST:/path</source>
        <translation>/pfad oder RECHNER:/pfad</translation>
    </message>
    <message>
        <source>any name; or patterns such as *.tmp *.log</source>
        <translation>beliebiger Name; oder Muster wie *.tmp *.log</translation>
    </message>
    <message>
        <source>Delete for good from the host&apos;s quarantine (no undo)</source>
        <translation>Endgültig aus der Quarantäne des Rechners löschen (nicht rückgängig zu machen)</translation>
    </message>
    <message>
        <source>&amp;Names:</source>
        <translation>&amp;Namen:</translation>
    </message>
    <message>
        <source>Files of this machine go to its trash; files of a host to a quarantine folder on that host.</source>
        <translation>Dateien dieses Rechners kommen in seinen Papierkorb, Dateien eines anderen Rechners in einen Quarantäneordner auf jenem Rechner.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Rechner:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>&amp;Now, once</source>
        <translation>&amp;Jetzt, einmalig</translation>
    </message>
    <message>
        <source>&amp;Every</source>
        <translation>All&amp;e</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>&amp;Daily at</source>
        <translation>&amp;Täglich um</translation>
    </message>
    <message>
        <source>Catch up a run missed while no runner was going</source>
        <translation>Einen Lauf nachholen, der verpasst wurde, während keine Auftragsausführung lief</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Build the job and show what it would do (Ctrl+Return)</source>
        <translation>Den Auftrag erstellen und zeigen, was er tun würde (Strg+Return)</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Einreihen</translation>
    </message>
    <message>
        <source>Every host of the config and this machine</source>
        <translation>Jeder Rechner der Konfiguration und dieser Rechner</translation>
    </message>
    <message>
        <source>A receiver of this data by the routing</source>
        <translation>Ein Empfänger dieser Daten laut Routing</translation>
    </message>
    <message>
        <source>Edit Schedule %1</source>
        <translation>Zeitplan %1 bearbeiten</translation>
    </message>
    <message>
        <source>This schedule&apos;s job (%1) cannot be edited here; remove it and add a new one.</source>
        <translation>Der Auftrag dieses Zeitplans (%1) kann hier nicht bearbeitet werden; entfernen Sie ihn und fügen Sie einen neuen hinzu.</translation>
    </message>
    <message>
        <source>Review shows what this job would do, as qmctl prints it; nothing is queued before that.</source>
        <translation>„Prüfen“ zeigt, was dieser Auftrag tun würde, so wie qmctl es ausgibt; vorher wird nichts eingereiht.</translation>
    </message>
    <message>
        <source>Reviewing… (a plan or dry run may take a while on a host)</source>
        <translation>Wird geprüft… (ein Plan oder Probelauf kann auf einem Rechner eine Weile dauern)</translation>
    </message>
    <message>
        <source>Cannot be scheduled: %1</source>
        <translation>Kann nicht geplant werden: %1</translation>
    </message>
    <message>
        <source>Each run plans again and removes what its own plan lists; this is what it would remove now.</source>
        <translation>Jeder Lauf plant neu und entfernt, was sein eigener Plan auflistet; dies würde er jetzt entfernen.</translation>
    </message>
    <message>
        <source>Queue it, and the job carries out exactly this plan.</source>
        <translation>Reihen Sie ihn ein, und der Auftrag führt genau diesen Plan aus.</translation>
    </message>
    <message>
        <source>Ready: nothing is removed.</source>
        <translation>Bereit: Es wird nichts entfernt.</translation>
    </message>
    <message>
        <source>Not queued: %1</source>
        <translation>Nicht eingereiht: %1</translation>
    </message>
    <message>
        <source>&amp;Save Schedule</source>
        <translation>Zeitplan &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Planen</translation>
    </message>
    <message>
        <source>a folder of this machine; for /path empty means /path/archives</source>
        <translation>ein Ordner dieses Rechners; für /pfad bedeutet leer /pfad/archives</translation>
    </message>
    <message>
        <source>Archive &amp;into:</source>
        <translation>Archivieren &amp;nach:</translation>
    </message>
    <message>
        <source>The archive is written on this machine and verified by reading it back before the originals go: to the trash here, to a quarantine folder on a host.</source>
        <translation>Das Archiv wird auf diesem Rechner geschrieben und durch Zurücklesen geprüft, bevor die Originale gehen: hier in den Papierkorb, auf einem Rechner in einen Quarantäneordner.</translation>
    </message>
    <message>
        <source>Not queued: choose “Archive into”, the folder of this machine the archive of %1 is written into.</source>
        <translation>Nicht eingereiht: Wählen Sie „Archivieren nach“, den Ordner dieses Rechners, in den das Archiv von %1 geschrieben wird.</translation>
    </message>
    <message>
        <source>The embedded logs.sqlite</source>
        <translation>Die eingebettete logs.sqlite</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> Stunden</translation>
    </message>
    <message>
        <source>Lines &amp;older than:</source>
        <translation>Zeilen &amp;älter als:</translation>
    </message>
    <message>
        <source>The lines go in batches of a few thousand, each its own transaction, so the fleet&apos;s writers are not held up. Deleted lines cannot be brought back.</source>
        <translation>Die Zeilen werden in Stapeln von einigen Tausend gelöscht, jeder in eigener Transaktion, damit die Schreiber der Flotte nicht aufgehalten werden. Gelöschte Zeilen lassen sich nicht zurückholen.</translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation>Daten&amp;bank:</translation>
    </message>
    <message>
        <source>PLAN.csv saved by qmctl orphans scan</source>
        <translation>PLAN.csv, gespeichert von qmctl orphans scan</translation>
    </message>
    <message>
        <source>Choose an orphan plan</source>
        <translation>Einen Waisenplan wählen</translation>
    </message>
    <message>
        <source>Orphan plans (*.csv)</source>
        <translation>Waisenpläne (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <source> objects</source>
        <translation> Objekte</translation>
    </message>
    <message>
        <source>no cap; or a size such as 500G or 2TB</source>
        <translation>keine Grenze; oder eine Größe wie 500G oder 2TB</translation>
    </message>
    <message>
        <source> keys</source>
        <translation> Schlüssel</translation>
    </message>
    <message>
        <source>At most &amp;a run:</source>
        <translation>Höchstens &amp;je Lauf:</translation>
    </message>
    <message>
        <source>At most a run (&amp;bytes):</source>
        <translation>Höchstens je Lauf (&amp;Bytes):</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>&amp;Stapel:</translation>
    </message>
    <message>
        <source>Each batch is checked against the database and the store just before it moves to the quarantine; a run goes on where the last one stopped.</source>
        <translation>Jeder Stapel wird unmittelbar vor dem Verschieben in die Quarantäne gegen die Datenbank und den Speicher geprüft; ein Lauf macht dort weiter, wo der letzte aufhörte.</translation>
    </message>
    <message>
        <source>a location scanned before: /srv/store, rclone:REMOTE:bucket, HOST:/path</source>
        <translation>ein schon gescannter Ort: /srv/store, rclone:REMOTE:bucket, RECHNER:/pfad</translation>
    </message>
    <message>
        <source>&amp;Scan only: keep the figures, move nothing</source>
        <translation>Nur s&amp;cannen: Zahlen festhalten, nichts verschieben</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>Speicher&amp;ort:</translation>
    </message>
    <message>
        <source>Each run scans again with the rule of the location&apos;s last scan, then moves what is orphaned into the quarantine in checked batches; over the share limit it moves nothing.</source>
        <translation>Jeder Lauf scannt erneut mit der Regel des letzten Scans des Orts und verschiebt dann Verwaistes in geprüften Stapeln in die Quarantäne; über der Anteilsgrenze verschiebt er nichts.</translation>
    </message>
    <message>
        <source>/srv/store, rclone:REMOTE:bucket, HOST:/path</source>
        <translation>/srv/store, rclone:REMOTE:bucket, HOST:/pfad</translation>
    </message>
    <message>
        <source>Lists the location and keeps its size in the history: its trend on the Storage page, and the alerts of a backup (Stale backup) or a location with a limit. Reads only.</source>
        <translation>Listet den Speicherort auf und behält seine Größe im Verlauf: sein Trend auf der Seite „Speicher“ und die Meldungen einer Sicherung („Veraltete Sicherung“) oder eines Speicherorts mit Grenze. Liest nur.</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>no size rule</source>
        <translation>keine Größenregel</translation>
    </message>
    <message>
        <source>no age rule</source>
        <translation>keine Altersregel</translation>
    </message>
    <message>
        <source>zstd (.zst)</source>
        <translation>zstd (.zst)</translation>
    </message>
    <message>
        <source>gzip (.gz)</source>
        <translation>gzip (.gz)</translation>
    </message>
    <message>
        <source>&amp;Log:</source>
        <translation>&amp;Log:</translation>
    </message>
    <message>
        <source>Over &amp;size:</source>
        <translation>Über &amp;Größe:</translation>
    </message>
    <message>
        <source>Or &amp;older than:</source>
        <translation>Oder ä&amp;lter als:</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Behalten:</translation>
    </message>
    <message>
        <source>&amp;Compression:</source>
        <translation>&amp;Kompression:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>&amp;Machine:</source>
        <translation>Rec&amp;hner:</translation>
    </message>
    <message>
        <source>&amp;Daemon:</source>
        <translation>Dae&amp;mon:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>Akt&amp;ion:</translation>
    </message>
    <message>
        <source>Runs the daemon&apos;s start, stop or restart on the machine, then looks again until it is as it should be. The daemons are those a checks file names (qmctl health import).</source>
        <translation>Führt Start, Stopp oder Neustart des Daemons auf dem Rechner aus und sieht dann erneut nach, bis er ist, wie er sein soll. Die Daemons sind die, die eine Prüfungsdatei nennt (qmctl health import).</translation>
    </message>
    <message>
        <source>/var/log/sync.log, a glob (/var/log/miner-*.log), or HOST:/var/log/sync.log</source>
        <translation>/var/log/sync.log, ein Glob (/var/log/miner-*.log) oder HOST:/var/log/sync.log</translation>
    </message>
    <message>
        <source>Sets the log aside, compresses it and reads it back before the uncompressed copy goes; rotations beyond those kept move to the folder&apos;s quarantine. A log a process holds open is cut so that what it writes meanwhile stays in it. A host&apos;s log (HOST:/path) is rotated by the host&apos;s own zstd or gzip over ssh.</source>
        <translation>Legt das Log beiseite, komprimiert es und liest es zurück, bevor die unkomprimierte Kopie entfernt wird; Rotationen über die behaltenen hinaus kommen in die Quarantäne des Ordners. Ein Log, das ein Prozess offen hält, wird so geschnitten, dass das, was er inzwischen schreibt, darin bleibt. Das Log eines Hosts (HOST:/Pfad) wird mit dessen eigenem zstd oder gzip über ssh rotiert.</translation>
    </message>
</context>
<context>
    <name>qm::NodeExporterClient</name>
    <message>
        <source>&apos;%1&apos; is not an http or https URL</source>
        <translation>&apos;%1&apos; ist keine http- oder https-URL</translation>
    </message>
    <message>
        <source>%1 is a reserved .invalid name: it is never looked up</source>
        <translation>%1 ist ein reservierter .invalid-Name: er wird nie aufgelöst</translation>
    </message>
    <message>
        <source>%1 sent more than %2 MB: not a node_exporter</source>
        <translation>%1 hat mehr als %2 MB gesendet: kein node_exporter</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 antwortete mit HTTP %2</translation>
    </message>
    <message>
        <source>%1 is not a node_exporter exposition (%2)</source>
        <translation>%1 ist keine node_exporter-Ausgabe (%2)</translation>
    </message>
    <message>
        <source>%1 reports no node_filesystem series: is the filesystem collector off?</source>
        <translation>%1 meldet keine node_filesystem-Reihen: ist der filesystem-Collector abgeschaltet?</translation>
    </message>
</context>
<context>
    <name>qm::ObjectListing</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the listing was cancelled</source>
        <translation>Die Auflistung wurde abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) under %1 could not be read: %2</source>
        <translation>
            <numerusform>%n Ordner unter %1 konnte nicht gelesen werden: %2</numerusform>
            <numerusform>%n Ordner unter %1 konnten nicht gelesen werden: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) of %1 could not be read: a listing with holes would make what is in them look orphaned</source>
        <translation>
            <numerusform>%n Ordner von %1 konnte nicht gelesen werden: Eine Auflistung mit Lücken ließe seinen Inhalt verwaist erscheinen</numerusform>
            <numerusform>%n Ordner von %1 konnten nicht gelesen werden: Eine Auflistung mit Lücken ließe ihren Inhalt verwaist erscheinen</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a host of the config (give --config FILE)</source>
        <translation>„%1“ ist kein Rechner der Konfiguration (geben Sie --config DATEI an)</translation>
    </message>
</context>
<context>
    <name>qm::OrphanClean</name>
    <message>
        <source>cannot read the audit log %1: %2</source>
        <translation>Das Prüfprotokoll %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot write the audit log %1: %2</source>
        <translation>Das Prüfprotokoll %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Kept %1: %2</source>
        <translation>%1 behalten: %2</translation>
    </message>
    <message>
        <source>Not moved %1: %2</source>
        <translation>%1 nicht verschoben: %2</translation>
    </message>
    <message>
        <source>cannot move %1 into the quarantine: %2</source>
        <translation>%1 kann nicht in die Quarantäne verschoben werden: %2</translation>
    </message>
    <message>
        <source>found in the quarantine after an interrupted run</source>
        <translation>nach einem unterbrochenen Lauf in der Quarantäne gefunden</translation>
    </message>
    <message>
        <source>it changed since the plan was made (now %1, modified %2)</source>
        <translation>es hat sich seit der Erstellung des Plans geändert (jetzt %1, geändert %2)</translation>
    </message>
    <message>
        <source>cannot list what the batch moved: %1</source>
        <translation>Was der Stapel verschoben hat, kann nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>it is still there after the move</source>
        <translation>es ist nach dem Verschieben noch vorhanden</translation>
    </message>
    <message>
        <source>; nothing was moved</source>
        <translation>; nichts wurde verschoben</translation>
    </message>
    <message numerus="yes">
        <source>Cleaning up %n key(s) (%1) of %2 into %3</source>
        <translation>
            <numerusform>Bereinigung von %n Schlüssel (%1) aus %2 nach %3</numerusform>
            <numerusform>Bereinigung von %n Schlüsseln (%1) aus %2 nach %3</numerusform>
        </translation>
    </message>
    <message>
        <source>the reference check failed, so nothing more was moved: %1</source>
        <translation>Die Referenzprüfung ist fehlgeschlagen, daher wurde nichts mehr verschoben: %1</translation>
    </message>
    <message>
        <source>referenced again since the plan was made</source>
        <translation>seit der Erstellung des Plans wieder referenziert</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled with %n key(s) not reached</source>
        <translation>
            <numerusform>Abgebrochen, %n Schlüssel nicht erreicht</numerusform>
            <numerusform>Abgebrochen, %n Schlüssel nicht erreicht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) could not be moved; the first: %1</source>
        <translation>
            <numerusform>%n Schlüssel konnte nicht verschoben werden; der erste: %1</numerusform>
            <numerusform>%n Schlüssel konnten nicht verschoben werden; der erste: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read %1, the plan&apos;s description: %2</source>
        <translation>%1, die Beschreibung des Plans, kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not the description of an orphan plan</source>
        <translation>%1 ist nicht die Beschreibung eines Plans verwaister Objekte</translation>
    </message>
    <message>
        <source>%1: the plan&apos;s location does not read: %2</source>
        <translation>%1: Der Speicherort des Plans ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>cannot read the plan %1: %2</source>
        <translation>Der Plan %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not an orphan plan (its first line is not key,bytes,modifiedAt)</source>
        <translation>%1 ist kein Plan verwaister Objekte (seine erste Zeile ist nicht key,bytes,modifiedAt)</translation>
    </message>
    <message>
        <source>record %1 of the plan %2 does not read (key,bytes,modifiedAt); nothing was done</source>
        <translation>Datensatz %1 des Plans %2 ist nicht lesbar (key,bytes,modifiedAt); nichts wurde getan</translation>
    </message>
    <message>
        <source>the plan %1 is damaged: “%2” is not a key inside the location, or is listed twice; nothing was done</source>
        <translation>Der Plan %1 ist beschädigt: „%2“ ist kein Schlüssel innerhalb des Speicherorts oder ist doppelt aufgeführt; nichts wurde getan</translation>
    </message>
    <message>
        <source>the plan %1 does not add up to the totals of %2 (a file was cut or edited?); nothing was done</source>
        <translation>Der Plan %1 stimmt nicht mit den Summen von %2 überein (wurde eine Datei gekürzt oder bearbeitet?); nichts wurde getan</translation>
    </message>
    <message>
        <source>another run of this plan is going on (its audit log %1 is in use): wait for it to end</source>
        <translation>ein anderer Lauf dieses Plans ist im Gang (sein Prüfprotokoll %1 ist belegt): Warten Sie, bis er endet</translation>
    </message>
    <message>
        <source>cannot lock the audit log %1: %2</source>
        <translation>Das Prüfprotokoll %1 kann nicht gesperrt werden: %2</translation>
    </message>
    <message>
        <source>cannot open the quarantine folder %1 (it must be a folder of the location, not a link): %2; nothing was moved</source>
        <translation>Der Quarantäneordner %1 kann nicht geöffnet werden (er muss ein Ordner des Speicherorts sein, kein Link): %2; nichts wurde verschoben</translation>
    </message>
    <message>
        <source>cannot make its folder in the quarantine %1: %2</source>
        <translation>Sein Ordner in der Quarantäne %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1 was saved by an earlier version, with times to the second only: scan again to make a plan that can be carried out</source>
        <translation>%1 wurde von einer früheren Version gespeichert, mit sekundengenauen Zeiten: Scannen Sie erneut, um einen ausführbaren Plan zu erstellen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot list %1:%2: %3</source>
        <translation>%1:%2 kann nicht aufgelistet werden: %3</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>qm::OrphanScanRun</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot save the plan: %1</source>
        <translation>Der Plan kann nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>qm::OrphansCleanJob</name>
    <message>
        <source>the job names no orphan plan</source>
        <translation>Der Auftrag nennt keinen Plan verwaister Objekte</translation>
    </message>
    <message>
        <source>the saved orphan cleanup plan cannot be read</source>
        <translation>Der gespeicherte Plan zur Bereinigung verwaister Objekte ist nicht lesbar</translation>
    </message>
    <message numerus="yes">
        <source>Move %n object(s) (%1) of %2 into its quarantine</source>
        <translation>
            <numerusform>%n Objekt (%1) aus %2 in dessen Quarantäne verschieben</numerusform>
            <numerusform>%n Objekte (%1) aus %2 in dessen Quarantäne verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Freed now: %1; held in the quarantine: %2</source>
        <translation>Jetzt freigegeben: %1; in der Quarantäne gehalten: %2</translation>
    </message>
    <message numerus="yes">
        <source>Plan: %1, %n key(s)</source>
        <translation>
            <numerusform>Plan: %1, %n Schlüssel</numerusform>
            <numerusform>Plan: %1, %n Schlüssel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dealt with by earlier runs: %n key(s)</source>
        <translation>
            <numerusform>Von früheren Läufen erledigt: %n Schlüssel</numerusform>
            <numerusform>Von früheren Läufen erledigt: %n Schlüssel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept, referenced again since the plan: %n key(s)</source>
        <translation>
            <numerusform>Behalten, seit dem Plan wieder referenziert: %n Schlüssel</numerusform>
            <numerusform>Behalten, seit dem Plan wieder referenziert: %n Schlüssel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept, changed since the plan: %n object(s)</source>
        <translation>
            <numerusform>Behalten, seit dem Plan geändert: %n Objekt</numerusform>
            <numerusform>Behalten, seit dem Plan geändert: %n Objekte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left for a later run (the caps): %n key(s)</source>
        <translation>
            <numerusform>Für einen späteren Lauf übrig (Obergrenzen): %n Schlüssel</numerusform>
            <numerusform>Für einen späteren Lauf übrig (Obergrenzen): %n Schlüssel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n object(s) (%1) into %2</source>
        <translation>
            <numerusform>%n Objekt (%1) nach %2 verschoben</numerusform>
            <numerusform>%n Objekte (%1) nach %2 verschoben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left for a later run: %n key(s)</source>
        <translation>
            <numerusform>Für einen späteren Lauf übrig: %n Schlüssel</numerusform>
            <numerusform>Für einen späteren Lauf übrig: %n Schlüssel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::OrphansLifecycleJob</name>
    <message>
        <source>the job names no location and rule to scan it with</source>
        <translation>Der Auftrag nennt keinen Ort und keine Regel, mit der er gescannt wird</translation>
    </message>
    <message>
        <source>%1 has not been scanned for orphans yet: scan it once (qmctl orphans scan, or the Storage page) and look at what it finds; the job scans with the rule of its last scan</source>
        <translation>%1 wurde noch nicht auf verwaiste Objekte gescannt: Scannen Sie ihn einmal (qmctl orphans scan oder die Seite „Speicher“) und sehen Sie sich das Ergebnis an; der Auftrag scannt mit der Regel des letzten Scans</translation>
    </message>
    <message>
        <source>the last scan of %1 was made by an earlier version, which did not keep its rule: scan it again</source>
        <translation>Der letzte Scan von %1 stammt aus einer früheren Version, die ihre Regel nicht festhielt: Scannen Sie ihn erneut</translation>
    </message>
    <message numerus="yes">
        <source>Scan %1 for objects that %2 does not reference, older than %n day(s)</source>
        <translation>
            <numerusform>Scannt %1 nach Objekten, auf die %2 nicht verweist, älter als %n Tag</numerusform>
            <numerusform>Scannt %1 nach Objekten, auf die %2 nicht verweist, älter als %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop without moving anything when orphans are over %1 of the location</source>
        <translation>Hält an, ohne etwas zu verschieben, wenn verwaiste Objekte mehr als %1 des Orts ausmachen</translation>
    </message>
    <message>
        <source>Scan only: nothing is moved (--max-objects 0)</source>
        <translation>Nur scannen: nichts wird verschoben (--max-objects 0)</translation>
    </message>
    <message numerus="yes">
        <source>Then move the orphans into the location&apos;s quarantine, %n key(s) a batch, each batch checked against the references again</source>
        <translation>
            <numerusform>Verschiebt dann die verwaisten Objekte in die Quarantäne des Orts, %n Schlüssel je Stapel, jeder Stapel erneut gegen die Referenzen geprüft</numerusform>
            <numerusform>Verschiebt dann die verwaisten Objekte in die Quarantäne des Orts, %n Schlüssel je Stapel, jeder Stapel erneut gegen die Referenzen geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>At most a run: %1, %2</source>
        <translation>Höchstens je Lauf: %1, %2</translation>
    </message>
    <message>
        <source>any number of objects</source>
        <translation>beliebig viele Objekte</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n Objekt</numerusform>
            <numerusform>%n Objekte</numerusform>
        </translation>
    </message>
    <message>
        <source>any size</source>
        <translation>beliebige Größe</translation>
    </message>
    <message>
        <source>Scanning %1 against %2</source>
        <translation>Scanne %1 gegen %2</translation>
    </message>
    <message>
        <source>the scan failed, so nothing was moved: %1</source>
        <translation>Der Scan ist fehlgeschlagen, daher wurde nichts verschoben: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) listed (%1); orphaned: %2 (%3), %4</source>
        <translation>
            <numerusform>%n Objekt gelistet (%1); verwaist: %2 (%3), %4</numerusform>
            <numerusform>%n Objekte gelistet (%1); verwaist: %2 (%3), %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Nothing to clean</source>
        <translation>Nichts aufzuräumen</translation>
    </message>
    <message>
        <source>Plan saved: %1</source>
        <translation>Plan gespeichert: %1</translation>
    </message>
    <message>
        <source>Scan only: nothing moved</source>
        <translation>Nur gescannt: nichts verschoben</translation>
    </message>
    <message>
        <source>orphans are %1 of %2, over the rule&apos;s limit of %3: nothing was moved. Look at the scan on the Storage page; if it is right, scan it there with a higher limit and schedule the job again (a job keeps the rule it was made with)</source>
        <translation>Verwaiste Objekte machen %1 von %2 aus, über der Grenze der Regel von %3: Nichts wurde verschoben. Sehen Sie sich den Scan auf der Seite „Speicher“ an; stimmt er, scannen Sie dort mit einer höheren Grenze und planen Sie den Auftrag neu (ein Auftrag behält die Regel, mit der er angelegt wurde)</translation>
    </message>
    <message>
        <source>cannot remove the old lifecycle plan %1: %2</source>
        <translation>der alte Lebenszyklus-Plan %1 kann nicht entfernt werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Removed the lifecycle plan %1, older than %n day(s) (its audit log is kept)</source>
        <translation>
            <numerusform>Der Lebenszyklus-Plan %1, älter als %n Tag, wurde entfernt (sein Prüfprotokoll bleibt)</numerusform>
            <numerusform>Der Lebenszyklus-Plan %1, älter als %n Tage, wurde entfernt (sein Prüfprotokoll bleibt)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::PasswordDialog</name>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>Im System-Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>Database Password</source>
        <translation>Datenbank-Passwort</translation>
    </message>
    <message>
        <source>%1 asks for a password.</source>
        <translation>%1 verlangt ein Passwort.</translation>
    </message>
    <message>
        <source>The password of the database&apos;s user; never written to the settings file</source>
        <translation>Das Passwort des Datenbankbenutzers; wird nie in die Einstellungsdatei geschrieben</translation>
    </message>
    <message>
        <source>Keep the password in the system keychain (gnome-keyring, KWallet, macOS Keychain) for the next start; unchecked, it is kept until Quartermaster quits and any stored one is deleted</source>
        <translation>Das Passwort für den nächsten Start im System-Schlüsselbund (gnome-keyring, KWallet, macOS-Schlüsselbund) behalten; nicht angehakt bleibt es nur bis zum Beenden von Quartermaster, und ein gespeichertes wird gelöscht</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
</context>
<context>
    <name>qm::PlyFile</name>
    <message>
        <source>record %1 of %2 of element %3</source>
        <translation>Datensatz %1 von %2 des Elements %3</translation>
    </message>
    <message>
        <source>no end_header in the first %1 bytes: the header is too long or missing</source>
        <translation>kein end_header in den ersten %1 Bytes: der Kopf ist zu lang oder fehlt</translation>
    </message>
    <message>
        <source>not a PLY file: it does not start with “ply”</source>
        <translation>keine PLY-Datei: sie beginnt nicht mit „ply“</translation>
    </message>
    <message>
        <source>the header ends without end_header</source>
        <translation>der Kopf endet ohne end_header</translation>
    </message>
    <message>
        <source>a second or malformed format line</source>
        <translation>eine zweite oder fehlerhafte format-Zeile</translation>
    </message>
    <message>
        <source>unknown format “%1”</source>
        <translation>unbekanntes Format „%1“</translation>
    </message>
    <message>
        <source>unknown PLY version “%1”</source>
        <translation>unbekannte PLY-Version „%1“</translation>
    </message>
    <message>
        <source>a malformed element line (element NAME COUNT)</source>
        <translation>eine fehlerhafte element-Zeile (element NAME ANZAHL)</translation>
    </message>
    <message>
        <source>more than %1 elements</source>
        <translation>mehr als %1 Elemente</translation>
    </message>
    <message>
        <source>a property before any element</source>
        <translation>eine Eigenschaft vor jedem Element</translation>
    </message>
    <message>
        <source>element %1 has more than %2 properties</source>
        <translation>Element %1 hat mehr als %2 Eigenschaften</translation>
    </message>
    <message>
        <source>a malformed property line (property TYPE NAME, or property list COUNT_TYPE TYPE NAME)</source>
        <translation>eine fehlerhafte property-Zeile (property TYP NAME oder property list ANZAHL_TYP TYP NAME)</translation>
    </message>
    <message>
        <source>unknown type “%1” of property %2</source>
        <translation>unbekannter Typ „%1“ der Eigenschaft %2</translation>
    </message>
    <message>
        <source>the length of list %1 cannot be a floating-point number</source>
        <translation>die Länge der Liste %1 kann keine Gleitkommazahl sein</translation>
    </message>
    <message>
        <source>end_header before any format line</source>
        <translation>end_header vor jeder format-Zeile</translation>
    </message>
    <message>
        <source>unknown header line “%1”</source>
        <translation>unbekannte Kopfzeile „%1“</translation>
    </message>
    <message>
        <source>element %1 says %2, the file holds %3</source>
        <translation>Element %1 nennt %2, die Datei enthält %3</translation>
    </message>
    <message>
        <source>element %1 says %2, the file has room for at most %3</source>
        <translation>Element %1 nennt %2, die Datei bietet Platz für höchstens %3</translation>
    </message>
    <message>
        <source>the file has no vertex element</source>
        <translation>die Datei hat kein vertex-Element</translation>
    </message>
    <message>
        <source>the vertices have no x, y and z</source>
        <translation>die Punkte haben kein x, y und z</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the file ends in %1</source>
        <translation>die Datei endet in %1</translation>
    </message>
    <message>
        <source>“%1” is not a number (%2, property %3)</source>
        <translation>„%1“ ist keine Zahl (%2, Eigenschaft %3)</translation>
    </message>
    <message>
        <source>list length “%1” is impossible (%2, property %3)</source>
        <translation>Listenlänge „%1“ ist unmöglich (%2, Eigenschaft %3)</translation>
    </message>
    <message>
        <source>a list item is missing or not a number (%1, property %2)</source>
        <translation>ein Listeneintrag fehlt oder ist keine Zahl (%1, Eigenschaft %2)</translation>
    </message>
    <message>
        <source>list %1 of %2 says %3 items, more than the file holds</source>
        <translation>Liste %1 in %2 nennt %3 Einträge, mehr als die Datei enthält</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>no file is open</source>
        <translation>keine Datei geöffnet</translation>
    </message>
</context>
<context>
    <name>qm::PreferencesDialog</name>
    <message>
        <source>The critical threshold must not be above the warning threshold.</source>
        <translation>Die kritische Schwelle darf nicht über der Warnschwelle liegen.</translation>
    </message>
    <message>
        <source>give at least one category</source>
        <translation>mindestens eine Kategorie angeben</translation>
    </message>
    <message>
        <source>Data categories: %1</source>
        <translation>Datenkategorien: %1</translation>
    </message>
    <message>
        <source>Expected processes: %1</source>
        <translation>Erwartete Prozesse: %1</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Abstand</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>The free space thresholds of the General tab.</source>
        <translation>Die Schwellen für freien Platz auf der Registerkarte Allgemein.</translation>
    </message>
    <message>
        <source>General tab</source>
        <translation>Registerkarte Allgemein</translation>
    </message>
    <message>
        <source>in the config</source>
        <translation>in der Konfiguration</translation>
    </message>
    <message>
        <source>max_disk_usage_percent of the fleet config</source>
        <translation>max_disk_usage_percent der Flottenkonfiguration</translation>
    </message>
    <message>
        <source>limits below</source>
        <translation>Grenzen unten</translation>
    </message>
    <message>
        <source>Data category size limits</source>
        <translation>Größengrenzen der Datenkategorien</translation>
    </message>
    <message>
        <source>An alert clears once the value is this far past the threshold on the good side.</source>
        <translation>Eine Meldung gilt als behoben, sobald der Wert um so viel jenseits der Schwelle auf der guten Seite liegt.</translation>
    </message>
    <message>
        <source>An alert is raised only once its condition has held this long.</source>
        <translation>Eine Meldung wird erst ausgelöst, wenn ihre Bedingung so lange bestanden hat.</translation>
    </message>
    <message>
        <source>Alerts: %1: the critical threshold must not be milder than the warning threshold.</source>
        <translation>Meldungen: %1: die kritische Schwelle darf nicht milder sein als die Warnschwelle.</translation>
    </message>
    <message>
        <source>Data category size limits: %1</source>
        <translation>Größengrenzen der Datenkategorien: %1</translation>
    </message>
    <message>
        <source>History: hourly figures must be kept at least as long as every probe.</source>
        <translation>Verlauf: stündliche Werte müssen mindestens so lange aufbewahrt werden wie jede Abfrage.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Storage location limits: %1</source>
        <translation>Grenzen der Speicherorte: %1</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Looking at the job runner…</source>
        <translation>Auftragsausführung wird geprüft …</translation>
    </message>
    <message>
        <source>Scheduled jobs run only while this window is open.</source>
        <translation>Geplante Aufträge laufen nur, solange dieses Fenster offen ist.</translation>
    </message>
    <message>
        <source>Scheduled jobs run with the window closed: the job runner is a %1 service of your session (%2).</source>
        <translation>Geplante Aufträge laufen auch bei geschlossenem Fenster: die Auftragsausführung ist ein %1-Dienst Ihrer Sitzung (%2).</translation>
    </message>
    <message>
        <source>The job runner is installed as a %1 service (%2) but is not running: %3</source>
        <translation>Die Auftragsausführung ist als %1-Dienst installiert (%2), läuft aber nicht: %3</translation>
    </message>
    <message>
        <source>Run Only With the &amp;Window</source>
        <translation>Nur mit dem &amp;Fenster ausführen</translation>
    </message>
    <message>
        <source>Run &amp;With the Window Closed</source>
        <translation>Auch bei geschlossenem Fenster &amp;ausführen</translation>
    </message>
</context>
<context>
    <name>qm::ProbeHost</name>
    <message>
        <source>no URL given</source>
        <translation>keine URL angegeben</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a URL: %2</source>
        <translation>&apos;%1&apos; ist keine URL: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http or https URL (node_exporter listens on http://HOST:9100/metrics)</source>
        <translation>&apos;%1&apos; ist keine http- oder https-URL (node_exporter lauscht auf http://HOST:9100/metrics)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no host</source>
        <translation>&apos;%1&apos; nennt keinen Rechner</translation>
    </message>
</context>
<context>
    <name>qm::ProblemsModel</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Quick fix: %1</source>
        <translation>Schnellkorrektur: %1</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Stelle</translation>
    </message>
</context>
<context>
    <name>qm::ProcessGroup</name>
    <message>
        <source>cannot stop process group %1: %2</source>
        <translation>Prozessgruppe %1 kann nicht angehalten werden: %2</translation>
    </message>
    <message>
        <source>process group %1 is still running after SIGKILL</source>
        <translation>Prozessgruppe %1 läuft nach SIGKILL noch</translation>
    </message>
</context>
<context>
    <name>qm::ProcessRunner</name>
    <message>
        <source>cannot run %1: %2</source>
        <translation>%1 kann nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 s and was stopped</source>
        <translation>%1 wurde nicht innerhalb von %2 s fertig und wurde beendet</translation>
    </message>
    <message>
        <source>stopped on request</source>
        <translation>auf Anforderung beendet</translation>
    </message>
    <message>
        <source>%1 crashed</source>
        <translation>%1 ist abgestürzt</translation>
    </message>
    <message>
        <source>the output passed %1 bytes and was cut</source>
        <translation>die Ausgabe überschritt %1 Bytes und wurde abgeschnitten</translation>
    </message>
</context>
<context>
    <name>qm::PrometheusText</name>
    <message>
        <source>a metric name must start with a letter, &apos;_&apos; or &apos;:&apos;</source>
        <translation>ein Metrikname muss mit einem Buchstaben, &apos;_&apos; oder &apos;:&apos; beginnen</translation>
    </message>
    <message>
        <source>a label name is malformed</source>
        <translation>ein Label-Name ist fehlerhaft</translation>
    </message>
    <message>
        <source>&apos;=&apos; is missing after label %1</source>
        <translation>nach Label %1 fehlt &apos;=&apos;</translation>
    </message>
    <message>
        <source>the value of label %1 is not quoted</source>
        <translation>der Wert von Label %1 steht nicht in Anführungszeichen</translation>
    </message>
    <message>
        <source>the value of label %1 is not closed</source>
        <translation>der Wert von Label %1 ist nicht abgeschlossen</translation>
    </message>
    <message>
        <source>more than %1 labels</source>
        <translation>mehr als %1 Labels</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;}&apos; expected after label %1</source>
        <translation>nach Label %1 wird &apos;,&apos; oder &apos;}&apos; erwartet</translation>
    </message>
    <message>
        <source>a space and a value are expected after the name</source>
        <translation>nach dem Namen werden ein Leerzeichen und ein Wert erwartet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; ist keine Zahl</translation>
    </message>
    <message>
        <source>unexpected text after the value</source>
        <translation>unerwarteter Text nach dem Wert</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>node_exporter reports an error reading this filesystem</source>
        <translation>node_exporter meldet einen Fehler beim Lesen dieses Dateisystems</translation>
    </message>
    <message>
        <source>node_exporter gives no usable size for this filesystem</source>
        <translation>node_exporter liefert keine brauchbare Größe für dieses Dateisystem</translation>
    </message>
</context>
<context>
    <name>qm::ProtectedRoots</name>
    <message>
        <source>the root of the filesystem</source>
        <translation>das Wurzelverzeichnis des Dateisystems</translation>
    </message>
    <message>
        <source>a system folder</source>
        <translation>ein Systemordner</translation>
    </message>
    <message>
        <source>inside the system folder %1</source>
        <translation>innerhalb des Systemordners %1</translation>
    </message>
    <message>
        <source>a home folder</source>
        <translation>ein Benutzerordner</translation>
    </message>
    <message>
        <source>a folder of the system or of all users</source>
        <translation>ein Ordner des Systems oder aller Benutzer</translation>
    </message>
    <message>
        <source>the root of the filesystem mounted there</source>
        <translation>das Wurzelverzeichnis des dort eingehängten Dateisystems</translation>
    </message>
    <message>
        <source>Refusing to act on %1: it is %2. Name it with --allow-protected-root %1 to do it all the same.</source>
        <translation>%1 wird nicht angetastet: Es ist %2. Nennen Sie es mit --allow-protected-root %1, um es trotzdem zu tun.</translation>
    </message>
    <message>
        <source>%1 could not be reached: %2</source>
        <translation>%1 konnte nicht erreicht werden: %2</translation>
    </message>
</context>
<context>
    <name>qm::RcloneObjects</name>
    <message>
        <source>rclone is not installed (Debian: rclone; Homebrew: rclone)</source>
        <translation>rclone ist nicht installiert (Debian: rclone; Homebrew: rclone)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the listing was cancelled</source>
        <translation>Die Auflistung wurde abgebrochen</translation>
    </message>
    <message>
        <source>rclone could not list %1: %2</source>
        <translation>rclone konnte %1 nicht auflisten: %2</translation>
    </message>
    <message numerus="yes">
        <source>rclone&apos;s listing of %1 was not whole (%n entry(s) could not be read)</source>
        <translation>
            <numerusform>Die Auflistung von %1 durch rclone war unvollständig (%n Eintrag war nicht lesbar)</numerusform>
            <numerusform>Die Auflistung von %1 durch rclone war unvollständig (%n Einträge waren nicht lesbar)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::ReasonChart</name>
    <message>
        <source>Samples per rejection reason</source>
        <translation>Samples je Verwerfungsgrund</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Samples</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>qm::ReferenceSource</name>
    <message>
        <source>the reference database %1 does not exist</source>
        <translation>Die Referenzdatenbank %1 existiert nicht</translation>
    </message>
    <message>
        <source>cannot query %1: %2</source>
        <translation>%1 kann nicht abgefragt werden: %2</translation>
    </message>
    <message>
        <source>the reference query failed on %1: %2</source>
        <translation>Die Referenzabfrage auf %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the reference query was cancelled</source>
        <translation>Die Referenzabfrage wurde abgebrochen</translation>
    </message>
    <message>
        <source>cannot read the reference file %1: %2</source>
        <translation>Die Referenzdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the reference file %1 has no column “%2” in its first line</source>
        <translation>Die Referenzdatei %1 hat in ihrer ersten Zeile keine Spalte „%2“</translation>
    </message>
    <message>
        <source>the reference file %1 has a quote that is never closed in record %2</source>
        <translation>Die Referenzdatei %1 hat in Datensatz %2 ein Anführungszeichen, das nie geschlossen wird</translation>
    </message>
    <message>
        <source>record %1 of the reference file %2 has no column “%3”</source>
        <translation>Datensatz %1 der Referenzdatei %2 hat keine Spalte „%3“</translation>
    </message>
    <message>
        <source>%1 gave no key at all: refusing to take every object for an orphan (is the query, the file or the database right?)</source>
        <translation>%1 lieferte keinen einzigen Schlüssel: Nicht jedes Objekt wird als verwaist angenommen (stimmen Abfrage, Datei oder Datenbank?)</translation>
    </message>
    <message>
        <source>%1 gives no key any more: stopped, nothing more is moved</source>
        <translation>%1 liefert keinen Schlüssel mehr: angehalten, es wird nichts mehr verschoben</translation>
    </message>
    <message>
        <source>the reference database does not read: %1</source>
        <translation>Die Referenzdatenbank ist nicht lesbar: %1</translation>
    </message>
    <message>
        <source>no reference source is named</source>
        <translation>Keine Referenzquelle angegeben</translation>
    </message>
</context>
<context>
    <name>qm::ReplicationJob</name>
    <message numerus="yes">
        <source>%n folder(s) measured</source>
        <translation>
            <numerusform>%n Ordner gemessen</numerusform>
            <numerusform>%n Ordner gemessen</numerusform>
        </translation>
    </message>
    <message>
        <source>the job&apos;s routes cannot be read</source>
        <translation>die Routen des Auftrags sind nicht lesbar</translation>
    </message>
    <message>
        <source>the job names no replication target</source>
        <translation>der Auftrag nennt kein Replikationsziel</translation>
    </message>
    <message>
        <source>%1: not measured: %2</source>
        <translation>%1: nicht gemessen: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n file(s) of %2 with fewer than %3 copies</source>
        <translation>
            <numerusform>%1: %n Datei (%2) mit weniger als %3 Kopien</numerusform>
            <numerusform>%1: %n Dateien (%2) mit weniger als %3 Kopien</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: receiver %2 not measured: %3</source>
        <translation>%1: Empfänger %2 nicht gemessen: %3</translation>
    </message>
    <message numerus="yes">
        <source>Measured %1 of %n folder(s): %2 file(s), %3 with fewer than %4 copies.</source>
        <translation>
            <numerusform>%1 von %n Ordner gemessen: %2 Datei(en), %3 mit weniger als %4 Kopien.</numerusform>
            <numerusform>%1 von %n Ordnern gemessen: %2 Datei(en), %3 mit weniger als %4 Kopien.</numerusform>
        </translation>
    </message>
    <message>
        <source>not measured: %1</source>
        <translation>nicht gemessen: %1</translation>
    </message>
    <message>
        <source>%1: backup %2 not listed: %3</source>
        <translation>%1: Sicherung %2 nicht gelistet: %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: backup %2 lacks %n file(s) (%3)</source>
        <translation>
            <numerusform>%1: Sicherung %2 fehlt %n Datei (%3)</numerusform>
            <numerusform>%1: Sicherung %2 fehlen %n Dateien (%3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::ReplicationListing</name>
    <message numerus="yes">
        <source>%n byte(s) of binary data</source>
        <translation>
            <numerusform>%n Byte binärer Daten</numerusform>
            <numerusform>%n Byte binärer Daten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::ReplicationModel</name>
    <message>
        <source>Games</source>
        <translation>Partien</translation>
    </message>
    <message>
        <source>Training data (npz)</source>
        <translation>Trainingsdaten (npz)</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>measuring…</source>
        <translation>wird gemessen…</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>failed (see details)</source>
        <translation>fehlgeschlagen (siehe Details)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n receiver(s) not measured</source>
        <translation>
            <numerusform>%1, %n Empfänger nicht gemessen</numerusform>
            <numerusform>%1, %n Empfänger nicht gemessen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Files of the producer with fewer copies than replication_target among the receivers</source>
        <translation>Dateien des Erzeugers mit weniger Kopien als replication_target unter den Empfängern</translation>
    </message>
    <message>
        <source>How old the oldest of those files was when measured</source>
        <translation>Wie alt die älteste dieser Dateien bei der Messung war</translation>
    </message>
    <message>
        <source>Hosts that do not receive this data, and why</source>
        <translation>Rechner, die diese Daten nicht empfangen, und warum</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Rechner</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Files at risk</source>
        <translation>Gefährdete Dateien</translation>
    </message>
    <message>
        <source>Bytes at risk</source>
        <translation>Gefährdete Bytes</translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation>Älteste</translation>
    </message>
    <message>
        <source>Receivers</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s)</source>
        <translation>
            <numerusform>%n Sicherung</numerusform>
            <numerusform>%n Sicherungen</numerusform>
        </translation>
    </message>
    <message>
        <source>backup: %1</source>
        <translation>Sicherung: %1</translation>
    </message>
</context>
<context>
    <name>qm::ReplicationPage</name>
    <message>
        <source> (external storage)</source>
        <translation> (externer Speicher)</translation>
    </message>
    <message>
        <source> (priority host)</source>
        <translation> (Prioritätsrechner)</translation>
    </message>
    <message>
        <source>Measured %1 against replication_target %2.</source>
        <translation>Gemessen %1 gegen replication_target %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) (%1) in the folder.</source>
        <translation>
            <numerusform>%n Datei (%1) im Ordner.</numerusform>
            <numerusform>%n Dateien (%1) im Ordner.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every file has at least %n copy(ies) among the receivers.</source>
        <translation>
            <numerusform>Jede Datei hat mindestens %n Kopie unter den Empfängern.</numerusform>
            <numerusform>Jede Datei hat mindestens %n Kopien unter den Empfängern.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) (%1) have fewer than %2 copies; the oldest was %3 old (modified %4).</source>
        <translation>
            <numerusform>%n Datei (%1) hat weniger als %2 Kopien; die älteste war %3 alt (geändert %4).</numerusform>
            <numerusform>%n Dateien (%1) haben weniger als %2 Kopien; die älteste war %3 alt (geändert %4).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Ordner: %1</translation>
    </message>
    <message>
        <source>Being measured…</source>
        <translation>Wird gemessen…</translation>
    </message>
    <message>
        <source>Not measured yet: Measure compares this folder with each receiver (rsync dry runs, nothing is copied).</source>
        <translation>Noch nicht gemessen: Messen vergleicht diesen Ordner mit jedem Empfänger (rsync-Probeläufe, nichts wird kopiert).</translation>
    </message>
    <message>
        <source>The measurement failed: %1</source>
        <translation>Die Messung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Receivers</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>not measured, counts as no copy: %1</source>
        <translation>nicht gemessen, zählt als keine Kopie: %1</translation>
    </message>
    <message>
        <source>holds every file</source>
        <translation>hat jede Datei</translation>
    </message>
    <message numerus="yes">
        <source>lacks %n file(s) (%1) or holds another version</source>
        <translation>
            <numerusform>es fehlt %n Datei (%1) oder sie liegt in anderer Version vor</numerusform>
            <numerusform>es fehlen %n Dateien (%1) oder sie liegen in anderer Version vor</numerusform>
        </translation>
    </message>
    <message>
        <source>No host may receive this data: every file is at risk.</source>
        <translation>Kein Rechner darf diese Daten empfangen: Jede Datei ist gefährdet.</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>%1 — %2, modified %3</source>
        <translation>%1 – %2, geändert %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Oldest files at risk</source>
        <translation>Älteste gefährdete Dateien</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Sync Now copies</source>
        <translation>Kopien durch „Jetzt synchronisieren“</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Messen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Stop the dry runs under way</source>
        <translation>Die laufenden Probeläufe anhalten</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>%v of %m dry runs</source>
        <translation>%v von %m Probeläufen</translation>
    </message>
    <message numerus="yes">
        <source>Measuring the replication of %n folder(s)…</source>
        <translation>
            <numerusform>Messe die Replikation von %n Ordner…</numerusform>
            <numerusform>Messe die Replikation von %n Ordnern…</numerusform>
        </translation>
    </message>
    <message>
        <source>Replication measurement cancelled</source>
        <translation>Replikationsmessung abgebrochen</translation>
    </message>
    <message>
        <source>Replication measured</source>
        <translation>Replikation gemessen</translation>
    </message>
    <message numerus="yes">
        <source>Asked for %n sync(s) of %1 %2 to %3</source>
        <translation>
            <numerusform>%n Synchronisierung von %1 %2 nach %3 angefordert</numerusform>
            <numerusform>%n Synchronisierungen von %1 %2 nach %3 angefordert</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Open a fleet config first</source>
        <translation>Öffnen Sie zuerst eine Flottenkonfiguration</translation>
    </message>
    <message>
        <source>The config sets no sync_routing.replication_target</source>
        <translation>Die Konfiguration setzt kein sync_routing.replication_target</translation>
    </message>
    <message>
        <source>Syncs are queued from here once the app runs the job queue; until then, `qmctl jobs add sync` takes the endpoints the details list under “Sync Now copies”</source>
        <translation>Synchronisierungen werden von hier eingereiht, sobald die App die Auftragswarteschlange ausführt; bis dahin nimmt `qmctl jobs add sync` die Endpunkte, die die Details unter „Kopien durch „Jetzt synchronisieren““ auflisten</translation>
    </message>
    <message>
        <source>Queue the syncs that bring this data to replication_target copies</source>
        <translation>Die Synchronisierungen einreihen, die diese Daten auf replication_target Kopien bringen</translation>
    </message>
    <message>
        <source>Select a measured row with files at risk</source>
        <translation>Wählen Sie eine gemessene Zeile mit gefährdeten Dateien</translation>
    </message>
    <message>
        <source>No config open</source>
        <translation>Keine Konfiguration geöffnet</translation>
    </message>
    <message>
        <source>The config sets no replication_target</source>
        <translation>Die Konfiguration setzt kein replication_target</translation>
    </message>
    <message numerus="yes">
        <source>Target: %n copy(ies)</source>
        <translation>
            <numerusform>Ziel: %n Kopie</numerusform>
            <numerusform>Ziel: %n Kopien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · at risk: %n file(s), %1 in %2 of %3 measured folder(s)</source>
        <translation>
            <numerusform> · gefährdet: %n Datei, %1 in %2 von %3 gemessenen Ordnern</numerusform>
            <numerusform> · gefährdet: %n Dateien, %1 in %2 von %3 gemessenen Ordnern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n folder(s) could not be measured</source>
        <translation>
            <numerusform> · %n Ordner konnte nicht gemessen werden</numerusform>
            <numerusform> · %n Ordner konnten nicht gemessen werden</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a fleet config (File ▸ Open Config…) to see where each host&apos;s data is replicated.</source>
        <translation>Öffnen Sie eine Flottenkonfiguration (Datei ▸ Konfiguration öffnen…), um zu sehen, wohin die Daten jedes Rechners repliziert werden.</translation>
    </message>
    <message>
        <source>The config sets no sync_routing.replication_target: there is no number of copies to measure against.</source>
        <translation>Die Konfiguration setzt kein sync_routing.replication_target: Es gibt keine Kopienzahl, gegen die gemessen werden kann.</translation>
    </message>
    <message>
        <source>Select a row to see its receivers, why other hosts are skipped, and the oldest files at risk. Measure compares each folder with its receivers.</source>
        <translation>Wählen Sie eine Zeile, um ihre Empfänger, die Gründe für übersprungene Rechner und die ältesten gefährdeten Dateien zu sehen. Messen vergleicht jeden Ordner mit seinen Empfängern.</translation>
    </message>
    <message>
        <source>Queued in the job queue</source>
        <translation>In der Auftragswarteschlange eingereiht</translation>
    </message>
    <message>
        <source>Queued in the job queue (job %1)</source>
        <translation>In der Auftragswarteschlange eingereiht (Auftrag %1)</translation>
    </message>
    <message>
        <source>Measuring: job %1 on the Jobs page</source>
        <translation>Misst: Auftrag %1 auf der Seite „Aufträge“</translation>
    </message>
    <message>
        <source>Replication measurement stopped</source>
        <translation>Replikationsmessung beendet</translation>
    </message>
    <message>
        <source>Replication measurement: %1</source>
        <translation>Replikationsmessung: %1</translation>
    </message>
    <message>
        <source>Measurements run in the app&apos;s job queue</source>
        <translation>Messungen laufen in der Auftragswarteschlange der App</translation>
    </message>
    <message>
        <source>Compare each folder with its receivers now (rsync dry runs; nothing is copied), as a job of the queue (F5)</source>
        <translation>Jeden Ordner jetzt mit seinen Empfängern vergleichen (rsync-Probeläufe; nichts wird kopiert), als Auftrag der Warteschlange (F5)</translation>
    </message>
    <message>
        <source>No ready host of the config has a folder for games, npz or models: neither storage_paths (keys games, training_data or npz, models) nor ringrift_path (its data/games, data/training and models folders) names one. There is nothing to measure.</source>
        <translation>Kein bereiter Rechner der Konfiguration hat einen Ordner für Spiele, npz oder Modelle: Weder storage_paths (Schlüssel games, training_data oder npz, models) noch ringrift_path (seine Ordner data/games, data/training und models) nennt einen. Es gibt nichts zu messen.</translation>
    </message>
    <message>
        <source>Replication</source>
        <translation>Replikation</translation>
    </message>
    <message numerus="yes">
        <source>Only %n host(s) or backup(s) may hold it: the target cannot be reached.</source>
        <translation>
            <numerusform>Nur %n Rechner oder Sicherung kann sie halten: Das Ziel ist nicht erreichbar.</numerusform>
            <numerusform>Nur %n Rechner oder Sicherungen können sie halten: Das Ziel ist nicht erreichbar.</numerusform>
        </translation>
    </message>
    <message>
        <source>not listed, counts as no copy: %1</source>
        <translation>nicht gelistet, zählt als keine Kopie: %1</translation>
    </message>
    <message numerus="yes">
        <source>lacks %n file(s) (%1) or holds another size</source>
        <translation>
            <numerusform>es fehlt %n Datei (%1) oder sie hat eine andere Größe</numerusform>
            <numerusform>es fehlen %n Dateien (%1) oder sie haben eine andere Größe</numerusform>
        </translation>
    </message>
    <message>
        <source>; it is empty</source>
        <translation>; sie ist leer</translation>
    </message>
    <message>
        <source>; %1 objects, %2, newest %3</source>
        <translation>; %1 Objekte, %2, neuestes %3</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
</context>
<context>
    <name>qm::ReplicationRoute</name>
    <message>
        <source>status is &apos;%1&apos;, not &apos;ready&apos;</source>
        <translation>Status ist &apos;%1&apos;, nicht &apos;ready&apos;</translation>
    </message>
    <message>
        <source>excluded from %1 in sync_routing.excluded_hosts</source>
        <translation>von %1 ausgeschlossen in sync_routing.excluded_hosts</translation>
    </message>
    <message>
        <source>listed in auto_sync.exclude_hosts</source>
        <translation>in auto_sync.exclude_hosts aufgeführt</translation>
    </message>
    <message>
        <source>ephemeral: its copy goes when it does</source>
        <translation>kurzlebig: seine Kopie verschwindet mit ihm</translation>
    </message>
    <message>
        <source>not probed yet: its disk use is not known</source>
        <translation>noch nicht abgefragt: seine Plattenbelegung ist unbekannt</translation>
    </message>
    <message>
        <source>did not answer its last probe: %1</source>
        <translation>hat auf seine letzte Abfrage nicht geantwortet: %1</translation>
    </message>
    <message>
        <source>external storage %1: %2</source>
        <translation>externer Speicher %1: %2</translation>
    </message>
    <message>
        <source>%1 is at %2, at or above max_disk_usage_percent %3</source>
        <translation>%1 ist bei %2, bei oder über max_disk_usage_percent %3</translation>
    </message>
    <message>
        <source>producer</source>
        <translation>Erzeuger</translation>
    </message>
    <message>
        <source>not ready</source>
        <translation>nicht bereit</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>ausgeschlossen</translation>
    </message>
    <message>
        <source>auto_sync excluded</source>
        <translation>auto_sync ausgeschlossen</translation>
    </message>
    <message>
        <source>no folder</source>
        <translation>kein Ordner</translation>
    </message>
    <message>
        <source>not mounted</source>
        <translation>nicht eingehängt</translation>
    </message>
    <message>
        <source>over threshold</source>
        <translation>über der Schwelle</translation>
    </message>
    <message>
        <source>the producer itself</source>
        <translation>der Erzeuger selbst</translation>
    </message>
    <message>
        <source>no folder for %1: neither storage_paths, ringrift_path nor external storage names one</source>
        <translation>kein Ordner für %1: Weder storage_paths noch ringrift_path noch ein externer Speicher nennt einen</translation>
    </message>
</context>
<context>
    <name>qm::RouteMeasurement</name>
    <message>
        <source>“%1” is not a host of the config</source>
        <translation>„%1“ ist kein Rechner der Konfiguration</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>the dry run took longer than %n minute(s) and was stopped</source>
        <translation>
            <numerusform>der Probelauf dauerte länger als %n Minute und wurde angehalten</numerusform>
            <numerusform>der Probelauf dauerte länger als %n Minuten und wurde angehalten</numerusform>
        </translation>
    </message>
    <message>
        <source>rsync failed (exit %1): %2</source>
        <translation>rsync ist fehlgeschlagen (Exit %1): %2</translation>
    </message>
    <message>
        <source>the dry run printed no rsync statistics: its output was cut off or is not rsync&apos;s</source>
        <translation>der Probelauf gab keine rsync-Statistik aus: Seine Ausgabe wurde abgeschnitten oder stammt nicht von rsync</translation>
    </message>
    <message>
        <source>the dry run printed something that is not rsync&apos;s output: “%1”</source>
        <translation>der Probelauf gab etwas aus, das nicht von rsync stammt: „%1“</translation>
    </message>
    <message>
        <source>%1 names no folder for %2</source>
        <translation>%1 nennt keinen Ordner für %2</translation>
    </message>
    <message>
        <source>%1 cannot be reached from here: %2</source>
        <translation>%1 ist von hier nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1 %2: what %3 holds</source>
        <translation>%1 %2: was %3 hat</translation>
    </message>
    <message>
        <source>%1 %2: listing its files</source>
        <translation>%1 %2: liste seine Dateien auf</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>kein temporärer Ordner anlegbar: %1</translation>
    </message>
    <message>
        <source>the files of %1 on %2 cannot be listed: %3</source>
        <translation>die Dateien von %1 auf %2 können nicht aufgelistet werden: %3</translation>
    </message>
    <message>
        <source>%1 %2: what the backup %3 holds</source>
        <translation>%1 %2: was die Sicherung %3 hält</translation>
    </message>
    <message>
        <source>(the listing of %1 was not kept: %2)</source>
        <translation>(die Auflistung von %1 wurde nicht festgehalten: %2)</translation>
    </message>
</context>
<context>
    <name>qm::RoutingForm</name>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Disk thresholds</source>
        <translation>Belegungsschwellen</translation>
    </message>
    <message>
        <source>Stop syncing to a host at (max_disk_usage_percent):</source>
        <translation>Synchronisierung zu einem Rechner beenden bei (max_disk_usage_percent):</translation>
    </message>
    <message>
        <source>Clean up down to (target_disk_usage_percent):</source>
        <translation>Bereinigen bis hinunter auf (target_disk_usage_percent):</translation>
    </message>
    <message>
        <source>Keep free at least (min_free_disk_percent):</source>
        <translation>Mindestens frei halten (min_free_disk_percent):</translation>
    </message>
    <message>
        <source>Copies of each game (replication_target):</source>
        <translation>Kopien jedes Spiels (replication_target):</translation>
    </message>
    <message>
        <source>Excluded from receiving (sync_routing.excluded_hosts)</source>
        <translation>Vom Empfang ausgeschlossen (sync_routing.excluded_hosts)</translation>
    </message>
    <message>
        <source>Excluded from auto sync (auto_sync.exclude_hosts)</source>
        <translation>Von der automatischen Synchronisierung ausgeschlossen (auto_sync.exclude_hosts)</translation>
    </message>
    <message>
        <source>Priority hosts (sync_routing.priority_hosts)</source>
        <translation>Bevorzugte Rechner (sync_routing.priority_hosts)</translation>
    </message>
    <message>
        <source>P2P voters (p2p_voters)</source>
        <translation>P2P-Wähler (p2p_voters)</translation>
    </message>
    <message>
        <source>External storage (sync_routing.allowed_external_storage)</source>
        <translation>Externer Speicher (sync_routing.allowed_external_storage)</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Rechner</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Games</source>
        <translation>Spiele</translation>
    </message>
    <message>
        <source>NPZ</source>
        <translation>NPZ</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>The cleanup target (%1 %) must be below the maximum (%2 %).</source>
        <translation>Das Bereinigungsziel (%1 %) muss unter dem Höchstwert (%2 %) liegen.</translation>
    </message>
    <message>
        <source>A maximum of %1 % leaves less than the %2 % that must stay free.</source>
        <translation>Ein Höchstwert von %1 % lässt weniger frei als die %2 %, die frei bleiben müssen.</translation>
    </message>
    <message>
        <source>Not written to the file.</source>
        <translation>Nicht in die Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>qm::RunnerLock</name>
    <message>
        <source>%1, process %2 on this machine</source>
        <translation>%1, Prozess %2 auf diesem Rechner</translation>
    </message>
    <message>
        <source>%1, process %2 on %3</source>
        <translation>%1, Prozess %2 auf %3</translation>
    </message>
    <message>
        <source>cannot create the lock file (permission denied)</source>
        <translation>die Sperrdatei kann nicht angelegt werden (Zugriff verweigert)</translation>
    </message>
    <message>
        <source>another process</source>
        <translation>ein anderer Prozess</translation>
    </message>
</context>
<context>
    <name>qm::RunnerService</name>
    <message>
        <source>%1 is not installed</source>
        <translation>%1 ist nicht installiert</translation>
    </message>
    <message>
        <source>%1 is not an executable qmctl with a full path</source>
        <translation>%1 ist kein ausführbares qmctl mit vollem Pfad</translation>
    </message>
    <message>
        <source>cannot make the folder of %1</source>
        <translation>kann den Ordner von %1 nicht anlegen</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kann %1 nicht schreiben: %2</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>%1 is written, but the service manager did not start it: %2</source>
        <translation>%1 ist geschrieben, aber die Dienstverwaltung hat ihn nicht gestartet: %2</translation>
    </message>
    <message>
        <source>; started, and started again at each login</source>
        <translation>; gestartet, und bei jeder Anmeldung wieder gestartet</translation>
    </message>
    <message>
        <source>not installed (%1 is not there)</source>
        <translation>nicht installiert (%1 ist nicht vorhanden)</translation>
    </message>
    <message>
        <source>%1 is there and differs, and cannot be moved to the trash: %2</source>
        <translation>%1 ist vorhanden und weicht ab, und kann nicht in den Papierkorb verschoben werden: %2</translation>
    </message>
    <message>
        <source>wrote %1 (the one it replaces is in the trash: %2)</source>
        <translation>%1 geschrieben (die ersetzte Datei liegt im Papierkorb: %2)</translation>
    </message>
    <message>
        <source>cannot move %1 to the trash: %2</source>
        <translation>%1 kann nicht in den Papierkorb verschoben werden: %2</translation>
    </message>
    <message>
        <source>stopped, and moved %1 to the trash (%2)</source>
        <translation>angehalten, und %1 in den Papierkorb verschoben (%2)</translation>
    </message>
</context>
<context>
    <name>qm::SafeFixes</name>
    <message>
        <source>together with the other fixes it would leave p2p_voters empty: with no voters no leader can be elected</source>
        <translation>zusammen mit den anderen Korrekturen würde sie p2p_voters leer hinterlassen: Ohne Wähler kann kein Leiter gewählt werden</translation>
    </message>
    <message>
        <source>together with the other fixes it would leave sync_routing.priority_hosts empty: no host would receive data first</source>
        <translation>zusammen mit den anderen Korrekturen würde sie sync_routing.priority_hosts leer hinterlassen: Kein Rechner würde Daten zuerst empfangen</translation>
    </message>
    <message>
        <source>the result would not load</source>
        <translation>das Ergebnis ließe sich nicht laden</translation>
    </message>
    <message>
        <source>it would add a problem: %1[%2] %3</source>
        <translation>sie würde ein Problem verursachen: %1[%2] %3</translation>
    </message>
    <message>
        <source>it would not resolve the problem</source>
        <translation>sie würde das Problem nicht beheben</translation>
    </message>
    <message>
        <source>together with the other fixes it would add a problem: %1[%2] %3</source>
        <translation>zusammen mit den anderen Korrekturen würde sie ein Problem verursachen: %1[%2] %3</translation>
    </message>
    <message>
        <source>together with the other fixes the result would not load</source>
        <translation>zusammen mit den anderen Korrekturen ließe sich das Ergebnis nicht laden</translation>
    </message>
</context>
<context>
    <name>qm::SampleCache</name>
    <message>
        <source>%1 is %2, more than the sample cache holds (%3): raise the cache size in Preferences</source>
        <translation>%1 ist %2 groß, mehr als der Sample-Cache fasst (%3): Erhöhen Sie die Cache-Größe in den Einstellungen</translation>
    </message>
    <message>
        <source>“%1” is not a host of the config</source>
        <translation>„%1“ ist kein Rechner der Konfiguration</translation>
    </message>
    <message>
        <source>cannot create the sample cache folder %1</source>
        <translation>der Sample-Cache-Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the sample cache %1 cannot make room for %2</source>
        <translation>der Sample-Cache %1 kann keinen Platz für %2 schaffen</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the fetch of %1 was cancelled</source>
        <translation>der Abruf von %1 wurde abgebrochen</translation>
    </message>
    <message>
        <source>it is larger than when it was listed: reload the samples</source>
        <translation>es ist größer als beim Auflisten: Laden Sie die Samples neu</translation>
    </message>
    <message>
        <source>%1 could not be fetched from %2: %3</source>
        <translation>%1 konnte nicht von %2 abgerufen werden: %3</translation>
    </message>
    <message>
        <source>%1 on %2 is %3 now, not %4 as listed: it changed, reload the samples</source>
        <translation>%1 auf %2 ist jetzt %3 groß, nicht %4 wie aufgelistet: Es hat sich geändert, laden Sie die Samples neu</translation>
    </message>
</context>
<context>
    <name>qm::SampleCleanupDialog</name>
    <message>
        <source>Clean Up Samples by Rule</source>
        <translation>Samples nach Regel bereinigen</translation>
    </message>
    <message>
        <source>Delete Selected Samples</source>
        <translation>Ausgewählte Samples löschen</translation>
    </message>
    <message>
        <source>Rejected samples are removed when every rule ticked allows it. A sample&apos;s age is its log timestamp, else its file&apos;s modification time. Accepted outputs are never removed by a rule.</source>
        <translation>Verworfene Samples werden entfernt, wenn jede angehakte Regel es erlaubt. Das Alter eines Samples ist sein Zeitstempel im Protokoll, sonst die Änderungszeit seiner Datei. Akzeptierte Ausgaben werden nie durch eine Regel entfernt.</translation>
    </message>
    <message>
        <source>Older than</source>
        <translation>Älter als</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Keep the newest per reason</source>
        <translation>Die neuesten je Grund behalten</translation>
    </message>
    <message>
        <source>Keep the newest per host</source>
        <translation>Die neuesten je Rechner behalten</translation>
    </message>
    <message>
        <source>Queue Cleanup</source>
        <translation>Bereinigung einreihen</translation>
    </message>
    <message>
        <source>Tick at least one rule.</source>
        <translation>Haken Sie mindestens eine Regel an.</translation>
    </message>
    <message>
        <source>No sample matches: nothing would be removed.</source>
        <translation>Kein Sample passt: Es würde nichts entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>Would remove %n sample(s), %1.</source>
        <translation>
            <numerusform>Würde %n Sample entfernen, %1.</numerusform>
            <numerusform>Würde %n Samples entfernen, %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on this machine go to the trash (%1, freed when it is emptied).</source>
        <translation>
            <numerusform>%n auf diesem Rechner kommt in den Papierkorb (%1, frei, sobald er geleert wird).</numerusform>
            <numerusform>%n auf diesem Rechner kommen in den Papierkorb (%1, frei, sobald er geleert wird).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on %1 go to the quarantine folder of their ply_files.</source>
        <translation>
            <numerusform>%n auf %1 kommt in den Quarantäneordner seines ply_files-Ordners.</numerusform>
            <numerusform>%n auf %1 kommen in den Quarantäneordner ihres ply_files-Ordners.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cleanup runs as a job of the queue: a sample changed since this plan is kept.</source>
        <translation>Die Bereinigung läuft als Auftrag der Warteschlange: Ein Sample, das sich seit diesem Plan geändert hat, wird behalten.</translation>
    </message>
    <message>
        <source>%1  (%2, %3)</source>
        <translation>%1  (%2, %3)</translation>
    </message>
    <message>
        <source>not in the log</source>
        <translation>nicht im Protokoll</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiteres</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::SampleDetails</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop fetching this sample</source>
        <translation>Den Abruf dieses Samples anhalten</translation>
    </message>
    <message>
        <source>Fetching cancelled</source>
        <translation>Abruf abgebrochen</translation>
    </message>
    <message>
        <source>Select a sample to see why it was rejected.</source>
        <translation>Wählen Sie ein Sample, um zu sehen, warum es verworfen wurde.</translation>
    </message>
    <message>
        <source>Configuration in force then (miner_config_history.jsonl)</source>
        <translation>Damals gültige Konfiguration (miner_config_history.jsonl)</translation>
    </message>
    <message>
        <source>miner_config_history.jsonl has no record that old.</source>
        <translation>miner_config_history.jsonl hat keinen so alten Eintrag.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Die Datei wird gelesen …</translation>
    </message>
    <message>
        <source>No sample cache: the sample cannot be fetched</source>
        <translation>Kein Sample-Cache: Das Sample kann nicht abgerufen werden</translation>
    </message>
    <message>
        <source>Fetching %1 from %2…</source>
        <translation>%1 wird von %2 abgerufen …</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <source>Cannot read the file at byte %1: %2</source>
        <translation>Die Datei kann bei Byte %1 nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Splats</source>
        <translation>Splats</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Aufbau</translation>
    </message>
    <message>
        <source>Gaussian splat, %1</source>
        <translation>Gaussian Splat, %1</translation>
    </message>
    <message>
        <source>point cloud, %1</source>
        <translation>Punktwolke, %1</translation>
    </message>
    <message>
        <source>Bounding box</source>
        <translation>Begrenzungsquader</translation>
    </message>
    <message>
        <source>(%1, %2, %3) to (%4, %5, %6)</source>
        <translation>(%1, %2, %3) bis (%4, %5, %6)</translation>
    </message>
    <message>
        <source>Extent</source>
        <translation>Ausdehnung</translation>
    </message>
    <message>
        <source>%1 × %2 × %3</source>
        <translation>%1 × %2 × %3</translation>
    </message>
    <message>
        <source>Broken vertices</source>
        <translation>Fehlerhafte Punkte</translation>
    </message>
    <message>
        <source>%1 with a NaN or infinite coordinate</source>
        <translation>%1 mit einer NaN- oder unendlichen Koordinate</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Deckkraft</translation>
    </message>
    <message>
        <source>mean %1 (min %2, max %3)</source>
        <translation>Mittel %1 (min. %2, max. %3)</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skalierung</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Die Datei</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>rejected sample</source>
        <translation>verworfenes Sample</translation>
    </message>
    <message>
        <source>accepted output</source>
        <translation>akzeptierte Ausgabe</translation>
    </message>
    <message>
        <source>%1 (threshold %2)</source>
        <translation>%1 (Schwelle %2)</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>Generierung</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>keiner angegeben</translation>
    </message>
    <message>
        <source>CLIP score</source>
        <translation>CLIP-Score</translation>
    </message>
    <message>
        <source>Gaussians</source>
        <translation>Gaussians</translation>
    </message>
    <message>
        <source>Failed checks</source>
        <translation>Fehlgeschlagene Prüfungen</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Miner version</source>
        <translation>Miner-Version</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Miner config of the entry</source>
        <translation>Miner-Konfiguration des Eintrags</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>generation_history.jsonl has no entry for this sample: its time is the file&apos;s</source>
        <translation>generation_history.jsonl hat keinen Eintrag für dieses Sample: Als Zeit gilt die der Datei</translation>
    </message>
    <message>
        <source>Far outliers</source>
        <translation>Weit entfernte Ausreißer</translation>
    </message>
    <message numerus="yes">
        <source>%n splat(s) far from the rest: drawn, but the view is framed on the other %1</source>
        <translation>
            <numerusform>%n Splat weit abseits der übrigen: gezeichnet, aber die Ansicht ist auf die anderen %1 ausgerichtet</numerusform>
            <numerusform>%n Splats weit abseits der übrigen: gezeichnet, aber die Ansicht ist auf die anderen %1 ausgerichtet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::SampleFilterBar</name>
    <message>
        <source>Rejected samples</source>
        <translation>Verworfene Samples</translation>
    </message>
    <message>
        <source>Accepted outputs</source>
        <translation>Akzeptierte Ausgaben</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Beide</translation>
    </message>
    <message>
        <source>Made from</source>
        <translation>Erstellt vom</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Search file, generation, prompt (Ctrl+F)</source>
        <translation>Datei, Generierung, Prompt suchen (Strg+F)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>CLIP score</source>
        <translation>CLIP-Score</translation>
    </message>
    <message>
        <source>this machine: %1</source>
        <translation>dieser Rechner: %1</translation>
    </message>
    <message>
        <source>All data directories</source>
        <translation>Alle Datenverzeichnisse</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>Alle Gründe</translation>
    </message>
</context>
<context>
    <name>qm::SampleIndex</name>
    <message>
        <source>Reading the samples was cancelled</source>
        <translation>Das Lesen der Samples wurde abgebrochen</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln symbolic link(s) among the samples left out: links are never followed</source>
        <translation>
            <numerusform>%Ln symbolische Verknüpfung unter den Samples ausgelassen: Verknüpfungen werden nie verfolgt</numerusform>
            <numerusform>%Ln symbolische Verknüpfungen unter den Samples ausgelassen: Verknüpfungen werden nie verfolgt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln folder(s) under ply_files could not be read</source>
        <translation>
            <numerusform>%Ln Ordner unter ply_files konnte nicht gelesen werden</numerusform>
            <numerusform>%Ln Ordner unter ply_files konnten nicht gelesen werden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a folder that can be read (give the miner&apos;s data directory, the one holding generation_history.jsonl)</source>
        <translation>%1 ist kein lesbarer Ordner (geben Sie das Datenverzeichnis des Miners an, das generation_history.jsonl enthält)</translation>
    </message>
    <message>
        <source>it is larger than %1 bytes</source>
        <translation>es ist größer als %1 Bytes</translation>
    </message>
    <message>
        <source>“%1” is not a host of the config</source>
        <translation>„%1“ ist kein Rechner der Konfiguration</translation>
    </message>
    <message>
        <source>the data directory must be an absolute path, not “%1”</source>
        <translation>das Datenverzeichnis muss ein absoluter Pfad sein, nicht „%1“</translation>
    </message>
    <message>
        <source>%1 could not be reached: %2</source>
        <translation>%1 konnte nicht erreicht werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a folder on %2 (give the miner&apos;s data directory)</source>
        <translation>%1 ist kein Ordner auf %2 (geben Sie das Datenverzeichnis des Miners an)</translation>
    </message>
</context>
<context>
    <name>qm::SampleRetention</name>
    <message numerus="yes">
        <source>older than %Ln day(s)</source>
        <translation>
            <numerusform>älter als %Ln Tag</numerusform>
            <numerusform>älter als %Ln Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>keeping the newest %Ln per reason</source>
        <translation>
            <numerusform>ohne %Ln neuestes je Grund</numerusform>
            <numerusform>ohne die %Ln neuesten je Grund</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>keeping the newest %Ln per host</source>
        <translation>
            <numerusform>ohne %Ln neuestes je Rechner</numerusform>
            <numerusform>ohne die %Ln neuesten je Rechner</numerusform>
        </translation>
    </message>
    <message>
        <source>no rule</source>
        <translation>keine Regel</translation>
    </message>
</context>
<context>
    <name>qm::SamplesModel</name>
    <message>
        <source>(accepted)</source>
        <translation>(akzeptiert)</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(kein Grund angegeben)</translation>
    </message>
    <message>
        <source>(not in the log)</source>
        <translation>(nicht im Protokoll)</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>dieser Rechner</translation>
    </message>
    <message>
        <source>generation_history.jsonl has no entry for this sample</source>
        <translation>generation_history.jsonl hat keinen Eintrag für dieses Sample</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Rechner</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>CLIP score</source>
        <translation>CLIP-Score</translation>
    </message>
    <message>
        <source>Gaussians</source>
        <translation>Gaussians</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Failed checks</source>
        <translation>Fehlgeschlagene Prüfungen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>CLIP check failed (score %1, threshold %2)</source>
        <translation>CLIP-Prüfung fehlgeschlagen (Score %1, Schwelle %2)</translation>
    </message>
    <message>
        <source>CLIP score %1 below the threshold %2</source>
        <translation>CLIP-Score %1 unter der Schwelle %2</translation>
    </message>
    <message>
        <source>CLIP score %1 below the threshold</source>
        <translation>CLIP-Score %1 unter der Schwelle</translation>
    </message>
    <message>
        <source>CLIP score below the threshold</source>
        <translation>CLIP-Score unter der Schwelle</translation>
    </message>
    <message>
        <source>too few gaussians: %1 below the threshold %2</source>
        <translation>zu wenige Gaussians: %1 unter der Schwelle %2</translation>
    </message>
    <message>
        <source>too few gaussians: %1</source>
        <translation>zu wenige Gaussians: %1</translation>
    </message>
    <message>
        <source>too few gaussians</source>
        <translation>zu wenige Gaussians</translation>
    </message>
    <message>
        <source>validation failed</source>
        <translation>Validierung fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n rejected sample(s)</source>
        <translation>
            <numerusform>%n verworfenes Sample</numerusform>
            <numerusform>%n verworfene Samples</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accepted output(s)</source>
        <translation>
            <numerusform>%n akzeptierte Ausgabe</numerusform>
            <numerusform>%n akzeptierte Ausgaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in other data directories</source>
        <translation>
            <numerusform>%n in anderen Datenverzeichnissen</numerusform>
            <numerusform>%n in anderen Datenverzeichnissen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with another reason</source>
        <translation>
            <numerusform>%n mit einem anderen Grund</numerusform>
            <numerusform>%n mit einem anderen Grund</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n made outside the dates</source>
        <translation>
            <numerusform>%n außerhalb des Zeitraums erstellt</numerusform>
            <numerusform>%n außerhalb des Zeitraums erstellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outside the CLIP score range</source>
        <translation>
            <numerusform>%n außerhalb des CLIP-Score-Bereichs</numerusform>
            <numerusform>%n außerhalb des CLIP-Score-Bereichs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not matching “%1”</source>
        <translation>
            <numerusform>%n passt nicht zu „%1“</numerusform>
            <numerusform>%n passen nicht zu „%1“</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::SamplesPage</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Read the data directories again (F5)</source>
        <translation>Die Datenverzeichnisse neu einlesen (F5)</translation>
    </message>
    <message>
        <source>Delete Selected…</source>
        <translation>Ausgewählte löschen …</translation>
    </message>
    <message>
        <source>Clean Up by Rule…</source>
        <translation>Nach Regel bereinigen …</translation>
    </message>
    <message>
        <source>Data Directories</source>
        <translation>Datenverzeichnisse</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation>Galerie</translation>
    </message>
    <message>
        <source>No data directory yet: add one of this machine under Data Directories, or give hosts a data_dir in the config.</source>
        <translation>Noch kein Datenverzeichnis: Fügen Sie unter „Datenverzeichnisse“ eines dieses Rechners hinzu, oder geben Sie Rechnern in der Konfiguration ein data_dir.</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n data director(ies)…</source>
        <translation>
            <numerusform>%n Datenverzeichnis wird gelesen …</numerusform>
            <numerusform>%n Datenverzeichnisse werden gelesen …</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n generation(s) pending for more than an hour</source>
        <translation>
            <numerusform>%1: %n Generierung seit über einer Stunde ausstehend</numerusform>
            <numerusform>%1: %n Generierungen seit über einer Stunde ausstehend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s)</source>
        <translation>
            <numerusform>%n Sample</numerusform>
            <numerusform>%n Samples</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n log line(s) not readable, skipped</source>
        <translation>
            <numerusform>%n Protokollzeile nicht lesbar, übersprungen</numerusform>
            <numerusform>%n Protokollzeilen nicht lesbar, übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (and %n more: hover)</source>
        <translation>
            <numerusform> (und %n weiterer: Maus darüberhalten)</numerusform>
            <numerusform> (und %n weitere: Maus darüberhalten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a Miner Data Directory</source>
        <translation>Miner-Datenverzeichnis hinzufügen</translation>
    </message>
    <message>
        <source>Add Data Directory of This Machine…</source>
        <translation>Datenverzeichnis dieses Rechners hinzufügen …</translation>
    </message>
    <message>
        <source>Stop Reading %1</source>
        <translation>%1 nicht mehr lesen</translation>
    </message>
    <message>
        <source>%1:%2 (data_dir in the config)</source>
        <translation>%1:%2 (data_dir in der Konfiguration)</translation>
    </message>
    <message>
        <source>The job queue is not available: cleanups cannot run</source>
        <translation>Die Auftragswarteschlange ist nicht verfügbar: Bereinigungen können nicht laufen</translation>
    </message>
    <message>
        <source>Review the removal of the selected samples (Del)</source>
        <translation>Das Entfernen der ausgewählten Samples prüfen (Entf)</translation>
    </message>
    <message>
        <source>Review a retention rule over the samples shown</source>
        <translation>Eine Aufbewahrungsregel für die angezeigten Samples prüfen</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n sample(s) shown — %2 hidden by the filters (%3)</source>
        <translation>
            <numerusform>%1 von %n Sample angezeigt – %2 durch die Filter ausgeblendet (%3)</numerusform>
            <numerusform>%1 von %n Samples angezeigt – %2 durch die Filter ausgeblendet (%3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n cleanup job(s) for %1: see the Jobs page</source>
        <translation>
            <numerusform>%n Bereinigungsauftrag für %1 eingereiht: siehe Seite „Aufträge“</numerusform>
            <numerusform>%n Bereinigungsaufträge für %1 eingereiht: siehe Seite „Aufträge“</numerusform>
        </translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Samples</translation>
    </message>
    <message>
        <source>Settings history</source>
        <translation>Einstellungsverlauf</translation>
    </message>
</context>
<context>
    <name>qm::ScheduleTimeline</name>
    <message>
        <source>every minute</source>
        <translation>jede Minute</translation>
    </message>
    <message>
        <source>every %1 min</source>
        <translation>alle %1 Min.</translation>
    </message>
    <message>
        <source>every %1 h</source>
        <translation>alle %1 Std.</translation>
    </message>
    <message>
        <source>every %1 h %2 min</source>
        <translation>alle %1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>Schedules over the next 24 hours</source>
        <translation>Zeitpläne der nächsten 24 Stunden</translation>
    </message>
    <message>
        <source>One row per schedule, a mark per run. Up and Down choose a schedule, Left and Right step through its runs.</source>
        <translation>Eine Zeile je Zeitplan, eine Marke je Lauf. Auf und Ab wählen einen Zeitplan, Links und Rechts gehen durch seine Läufe.</translation>
    </message>
    <message>
        <source>not read: %1</source>
        <translation>nicht gelesen: %1</translation>
    </message>
    <message>
        <source>no run within 24 h</source>
        <translation>kein Lauf innerhalb von 24 Std.</translation>
    </message>
    <message>
        <source>no time of day</source>
        <translation>keine Tageszeit</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n Lauf</numerusform>
            <numerusform>%n Läufe</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 or more runs</source>
        <translation>%1 oder mehr Läufe</translation>
    </message>
    <message>
        <source>run %1 of %2 within 24 h (%3)</source>
        <translation>Lauf %1 von %2 innerhalb von 24 Std. (%3)</translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation>Nicht gelesen: %1</translation>
    </message>
    <message>
        <source>No schedules to show.</source>
        <translation>Keine Zeitpläne anzuzeigen.</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
</context>
<context>
    <name>qm::Schedules</name>
    <message>
        <source>%1 “%2”: the step is not a number of at least 1</source>
        <translation>%1 „%2“: der Schritt ist keine Zahl von mindestens 1</translation>
    </message>
    <message>
        <source>%1 “%2” is not a range within %3–%4</source>
        <translation>%1 „%2“ ist kein Bereich innerhalb von %3–%4</translation>
    </message>
    <message>
        <source>%1 “%2” is not within %3–%4</source>
        <translation>%1 „%2“ liegt nicht innerhalb von %3–%4</translation>
    </message>
    <message>
        <source>%1 “%2” runs backwards</source>
        <translation>%1 „%2“ läuft rückwärts</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>Minute</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>day of the month</source>
        <translation>Tag des Monats</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>day of the week</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <source>“%1” is not read here (time zones and other forms are not)</source>
        <translation>„%1“ wird hier nicht gelesen (Zeitzonen und andere Formen nicht)</translation>
    </message>
    <message>
        <source>“%1”: the last days of a month (~) are not read here</source>
        <translation>„%1“: die letzten Tage eines Monats (~) werden hier nicht gelesen</translation>
    </message>
    <message>
        <source>“%1” is not a date Y-M-D</source>
        <translation>„%1“ ist kein Datum J-M-T</translation>
    </message>
    <message>
        <source>“%1”: a year of its own is not read here</source>
        <translation>„%1“: ein eigenes Jahr wird hier nicht gelesen</translation>
    </message>
    <message>
        <source>“%1” is not a time H:M[:S]</source>
        <translation>„%1“ ist keine Uhrzeit H:M[:S]</translation>
    </message>
    <message>
        <source>“%1”: seconds other than 0 are not read here</source>
        <translation>„%1“: andere Sekunden als 0 werden hier nicht gelesen</translation>
    </message>
    <message>
        <source>a line of a cron.d file has the times, a user and a command</source>
        <translation>eine Zeile einer cron.d-Datei hat die Zeiten, einen Benutzer und einen Befehl</translation>
    </message>
    <message>
        <source>a crontab line has five times (or @daily, …) and a command</source>
        <translation>eine crontab-Zeile hat fünf Zeiten (oder @daily, …) und einen Befehl</translation>
    </message>
    <message>
        <source>input: %1</source>
        <translation>Eingabe: %1</translation>
    </message>
    <message>
        <source>at boot</source>
        <translation>beim Systemstart</translation>
    </message>
    <message>
        <source>“%1” is not a cron schedule</source>
        <translation>„%1“ ist kein cron-Zeitplan</translation>
    </message>
    <message>
        <source>%1 after boot</source>
        <translation>%1 nach dem Systemstart</translation>
    </message>
    <message>
        <source>%1 after it (or the timer) last ran</source>
        <translation>%1 nach seinem (oder des Timers) letzten Lauf</translation>
    </message>
    <message>
        <source>a timer with no On…= time in its [Timer] section</source>
        <translation>ein Timer ohne On…=-Zeit in seinem Abschnitt [Timer]</translation>
    </message>
    <message>
        <source>not an XML property list: %1</source>
        <translation>keine XML-Eigenschaftsliste: %1</translation>
    </message>
    <message>
        <source>an empty property list</source>
        <translation>eine leere Eigenschaftsliste</translation>
    </message>
    <message>
        <source>a value out of its range in %1</source>
        <translation>ein Wert außerhalb seines Bereichs in %1</translation>
    </message>
    <message>
        <source>StartInterval is not a number of seconds</source>
        <translation>StartInterval ist keine Zahl von Sekunden</translation>
    </message>
    <message>
        <source>every %1 s, counted from when it was loaded</source>
        <translation>alle %1 s, gezählt ab dem Laden</translation>
    </message>
    <message>
        <source>when it is loaded (at login or boot)</source>
        <translation>wenn es geladen wird (bei Anmeldung oder Systemstart)</translation>
    </message>
    <message>
        <source>no schedule: it runs when started or kept alive</source>
        <translation>kein Zeitplan: es läuft, wenn es gestartet oder am Leben gehalten wird</translation>
    </message>
    <message>
        <source>the schedules could not be read</source>
        <translation>die Zeitpläne konnten nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>qm::SchedulesView</name>
    <message>
        <source>&amp;New Schedule…</source>
        <translation>&amp;Neuer Zeitplan…</translation>
    </message>
    <message>
        <source>Repeat a sync, archive, cleanup or probe (Ctrl+Shift+N)</source>
        <translation>Eine Synchronisierung, Archivierung, Bereinigung oder Abfrage wiederholen (Strg+Shift+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Next Run</source>
        <translation>Nächster Lauf</translation>
    </message>
    <message>
        <source>Last Run</source>
        <translation>Letzter Lauf</translation>
    </message>
    <message>
        <source>Last Result</source>
        <translation>Letztes Ergebnis</translation>
    </message>
    <message>
        <source>A schedule queues its job again and again; a sync that deletes is never scheduled (each needs its dry run reviewed). The box before a schedule enables it.</source>
        <translation>Ein Zeitplan reiht seinen Auftrag immer wieder ein; eine löschende Synchronisierung wird nie geplant (bei jeder muss der Probelauf geprüft werden). Das Kästchen vor einem Zeitplan aktiviert ihn.</translation>
    </message>
    <message>
        <source>, catches up</source>
        <translation>, holt nach</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 (job %2)</source>
        <translation>%1 (Auftrag %2)</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>Remove Schedule</source>
        <translation>Zeitplan entfernen</translation>
    </message>
    <message>
        <source>Remove the schedule “%1” (%2)? The jobs it queued stay.</source>
        <translation>Den Zeitplan „%1“ (%2) entfernen? Die von ihm eingereihten Aufträge bleiben.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>qm::SpaceAgeChart</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>qm::SpaceModel</name>
    <message>
        <source>%1 is another filesystem: not scanned</source>
        <translation>%1 ist ein anderes Dateisystem: nicht durchsucht</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Neueste</translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation>Älteste</translation>
    </message>
</context>
<context>
    <name>qm::SpacePage</name>
    <message>
        <source>Space</source>
        <translation>Speicherplatz</translation>
    </message>
    <message>
        <source>A folder, or HOST:/path</source>
        <translation>Ein Ordner oder RECHNER:/pfad</translation>
    </message>
    <message>
        <source>What to scan: a folder of this machine, or HOST:/path of a host of the config</source>
        <translation>Was durchsucht werden soll: ein Ordner dieses Rechners oder RECHNER:/pfad eines Rechners der Konfiguration</translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation>&amp;Durchsuchen</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Colour by file type</source>
        <translation>Nach Dateityp färben</translation>
    </message>
    <message>
        <source>Colour by age</source>
        <translation>Nach Alter färben</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Largest files</source>
        <translation>Größte Dateien</translation>
    </message>
    <message>
        <source>Age of the selected folder&apos;s files (bytes)</source>
        <translation>Alter der Dateien des ausgewählten Ordners (Bytes)</translation>
    </message>
    <message>
        <source>&amp;Copy Path</source>
        <translation>Pfad &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Open in File Manager</source>
        <translation>In der Dateiverwaltung ö&amp;ffnen</translation>
    </message>
    <message>
        <source>C&amp;lean Up…</source>
        <translation>&amp;Bereinigen…</translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation>&amp;Archivieren…</translation>
    </message>
    <message>
        <source>&amp;Scan Folder Again</source>
        <translation>Ordner erneut &amp;durchsuchen</translation>
    </message>
    <message>
        <source>Give a folder to scan, or HOST:/path</source>
        <translation>Geben Sie einen zu durchsuchenden Ordner oder RECHNER:/pfad an</translation>
    </message>
    <message>
        <source>“%1” is not a host of the open config</source>
        <translation>„%1“ ist kein Rechner der geöffneten Konfiguration</translation>
    </message>
    <message>
        <source>Scanning %1…</source>
        <translation>Durchsuche %1…</translation>
    </message>
    <message>
        <source>Scanning %1… %2 in %3 files, %4 folders</source>
        <translation>Durchsuche %1… %2 in %3 Dateien, %4 Ordnern</translation>
    </message>
    <message>
        <source>Could not scan %1: %2</source>
        <translation>%1 konnte nicht durchsucht werden: %2</translation>
    </message>
    <message>
        <source>Stopped: %1 in %2 files so far</source>
        <translation>Angehalten: bisher %1 in %2 Dateien</translation>
    </message>
    <message>
        <source>%1: %2 in %3 files, %4 folders, scanned in %5 s</source>
        <translation>%1: %2 in %3 Dateien, %4 Ordnern, durchsucht in %5 s</translation>
    </message>
    <message numerus="yes">
        <source>(%n folder(s) could not be read)</source>
        <translation>
            <numerusform>(%n Ordner konnte nicht gelesen werden)</numerusform>
            <numerusform>(%n Ordner konnten nicht gelesen werden)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::SpaceScan</name>
    <message>
        <source>the listing of %1 failed: %2</source>
        <translation>das Auflisten von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>Exit-Status %1</translation>
    </message>
</context>
<context>
    <name>qm::SpaceTree</name>
    <message>
        <source>&lt; 1 day</source>
        <translation>&lt; 1 Tag</translation>
    </message>
    <message>
        <source>&lt; 7 days</source>
        <translation>&lt; 7 Tage</translation>
    </message>
    <message>
        <source>&lt; 30 days</source>
        <translation>&lt; 30 Tage</translation>
    </message>
    <message>
        <source>&lt; 90 days</source>
        <translation>&lt; 90 Tage</translation>
    </message>
    <message>
        <source>&lt; 1 year</source>
        <translation>&lt; 1 Jahr</translation>
    </message>
    <message>
        <source>older</source>
        <translation>älter</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Archives</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Documents and text</source>
        <translation>Dokumente und Text</translation>
    </message>
    <message>
        <source>Code and programs</source>
        <translation>Code und Programme</translation>
    </message>
    <message>
        <source>Models and data</source>
        <translation>Modelle und Daten</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>qm::SpaceTreemap</name>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>qm::SplatPreview</name>
    <message>
        <source>No sample selected</source>
        <translation>Kein Sample ausgewählt</translation>
    </message>
    <message>
        <source>Drag: orbit · Shift-drag: pan · Wheel: zoom · R: reset · B: background</source>
        <translation>Ziehen: umkreisen · Umschalt+Ziehen: verschieben · Mausrad: zoomen · R: zurücksetzen · B: Hintergrund</translation>
    </message>
    <message numerus="yes">
        <source>Rendering %Ln splat(s)…</source>
        <translation>
            <numerusform>%Ln Splat wird gezeichnet …</numerusform>
            <numerusform>%Ln Splats werden gezeichnet …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln splat(s) (decimated)</source>
        <translation>
            <numerusform>%1 von %Ln Splat (ausgedünnt)</numerusform>
            <numerusform>%1 von %Ln Splats (ausgedünnt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln splat(s)</source>
        <translation>
            <numerusform>%Ln Splat</numerusform>
            <numerusform>%Ln Splats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::SqlConnection</name>
    <message>
        <source>cannot reach %1: QtSql&apos;s PostgreSQL driver (QPSQL) is not installed (Debian: libqt6sql6-psql)</source>
        <translation>%1 ist nicht erreichbar: Der PostgreSQL-Treiber von QtSql (QPSQL) ist nicht installiert (Debian: libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>Verbindung zu %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>cannot create the folder of %1</source>
        <translation>der Ordner von %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation>die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not an SQLite file</source>
        <translation>%1 ist keine SQLite-Datei</translation>
    </message>
    <message>
        <source>%1 is not a Quartermaster database: %2</source>
        <translation>%1 ist keine Quartermaster-Datenbank: %2</translation>
    </message>
    <message>
        <source>cannot create the tables in %1: %2</source>
        <translation>die Tabellen in %1 können nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer Quartermaster (schema %2; this one knows %3)</source>
        <translation>%1 wurde von einem neueren Quartermaster geschrieben (Schema %2; dieser kennt %3)</translation>
    </message>
</context>
<context>
    <name>qm::SqlLocation</name>
    <message>
        <source>the value of %1 may not hold &apos;;&apos;</source>
        <translation>der Wert von %1 darf kein „;“ enthalten</translation>
    </message>
    <message>
        <source>%1 is not a port number (1 to 65535)</source>
        <translation>%1 ist keine Portnummer (1 bis 65535)</translation>
    </message>
    <message>
        <source>%1 is not a connection parameter</source>
        <translation>%1 ist kein Verbindungsparameter</translation>
    </message>
    <message>
        <source>%1 is not a database address: give sqlite:/path/to/file or postgresql://user@host:port/database</source>
        <translation>%1 ist keine Datenbankadresse: Geben Sie sqlite:/pfad/zur/datei oder postgresql://benutzer@host:port/datenbank an</translation>
    </message>
    <message>
        <source>%1 names no SQLite file: give sqlite:/path/to/file</source>
        <translation>%1 nennt keine SQLite-Datei: Geben Sie sqlite:/pfad/zur/datei an</translation>
    </message>
</context>
<context>
    <name>qm::SshTransport</name>
    <message>
        <source>the OpenSSH client (ssh) is not installed</source>
        <translation>der OpenSSH-Client (ssh) ist nicht installiert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a usable SSH host name</source>
        <translation>&apos;%1&apos; ist kein verwendbarer SSH-Hostname</translation>
    </message>
    <message>
        <source>ssh cannot read its configuration for %1: %2</source>
        <translation>ssh kann seine Konfiguration für %1 nicht lesen: %2</translation>
    </message>
    <message>
        <source>%1 is a reserved .invalid name: it is never looked up</source>
        <translation>%1 ist ein reservierter .invalid-Name: er wird nie aufgelöst</translation>
    </message>
    <message>
        <source>%1 refused the connection on port %2: is sshd running there?</source>
        <translation>%1 hat die Verbindung auf Port %2 abgelehnt: läuft dort sshd?</translation>
    </message>
    <message>
        <source>cannot reach %1 port %2: %3</source>
        <translation>%1 Port %2 ist nicht erreichbar: %3</translation>
    </message>
    <message>
        <source>%1 port %2 accepted the connection but sent no SSH greeting: is this an SSH server?</source>
        <translation>%1 Port %2 hat die Verbindung angenommen, aber keine SSH-Begrüßung gesendet: ist das ein SSH-Server?</translation>
    </message>
    <message>
        <source>%1 port %2 does not answer as an SSH server (it said: %3)</source>
        <translation>%1 Port %2 antwortet nicht wie ein SSH-Server (Antwort: %3)</translation>
    </message>
    <message>
        <source>ssh-keygen is not installed</source>
        <translation>ssh-keygen ist nicht installiert</translation>
    </message>
    <message>
        <source>the host key of %1 is not in known_hosts: check its fingerprint and accept it to connect</source>
        <translation>der Host-Schlüssel von %1 steht nicht in known_hosts: prüfen Sie seinen Fingerabdruck und akzeptieren Sie ihn, um sich zu verbinden</translation>
    </message>
    <message>
        <source>the host key of %1 has changed since it was accepted: the host was reinstalled, or someone is impersonating it. Check before trusting it.</source>
        <translation>der Host-Schlüssel von %1 hat sich geändert, seit er akzeptiert wurde: der Rechner wurde neu installiert, oder jemand gibt sich als er aus. Prüfen Sie das, bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <source>%1 refused every key offered: install your public key in its authorized_keys, or set ssh_key (%2)</source>
        <translation>%1 hat jeden angebotenen Schlüssel abgelehnt: hinterlegen Sie Ihren öffentlichen Schlüssel in seinen authorized_keys oder setzen Sie ssh_key (%2)</translation>
    </message>
    <message>
        <source>%1 port %2 does not answer as an SSH server: %3</source>
        <translation>%1 Port %2 antwortet nicht wie ein SSH-Server: %3</translation>
    </message>
    <message>
        <source>ssh failed: %1</source>
        <translation>ssh ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>ssh-keyscan and ssh-keygen are needed to read host keys</source>
        <translation>zum Lesen von Host-Schlüsseln werden ssh-keyscan und ssh-keygen benötigt</translation>
    </message>
    <message>
        <source>%1 port %2 presented no SSH host key</source>
        <translation>%1 Port %2 hat keinen SSH-Host-Schlüssel vorgelegt</translation>
    </message>
    <message>
        <source>ssh uses no known_hosts file for %1</source>
        <translation>ssh verwendet für %1 keine known_hosts-Datei</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>qm::StorageMetrics</name>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
</context>
<context>
    <name>qm::StoragePage</name>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>gesund</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Speicherort</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <source>Orphaned</source>
        <translation>Verwaist</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Gescannt</translation>
    </message>
    <message>
        <source>Orphan scan</source>
        <translation>Waisen-Scan</translation>
    </message>
    <message>
        <source>/path, HOST:/path or rclone:REMOTE:bucket/prefix</source>
        <translation>/pfad, RECHNER:/pfad oder rclone:REMOTE:bucket/präfix</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Speicherort:</translation>
    </message>
    <message>
        <source>A database query</source>
        <translation>Eine Datenbankabfrage</translation>
    </message>
    <message>
        <source>A file of keys</source>
        <translation>Eine Schlüsseldatei</translation>
    </message>
    <message>
        <source>&amp;References:</source>
        <translation>&amp;Referenzen:</translation>
    </message>
    <message>
        <source>postgresql://user@host:port/db or sqlite:/path</source>
        <translation>postgresql://benutzer@rechner:port/db oder sqlite:/pfad</translation>
    </message>
    <message>
        <source>SELECT storage_path FROM datasets</source>
        <translation>SELECT storage_path FROM datasets</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;Query:</source>
        <translation>Ab&amp;frage:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose a file of keys</source>
        <translation>Eine Schlüsseldatei wählen</translation>
    </message>
    <message>
        <source>one key a line; or the CSV column&apos;s header</source>
        <translation>ein Schlüssel je Zeile; oder die Überschrift der CSV-Spalte</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <source>CSV &amp;column:</source>
        <translation>CS&amp;V-Spalte:</translation>
    </message>
    <message>
        <source>strip, e.g. s3://bucket/</source>
        <translation>entfernen, z. B. s3://bucket/</translation>
    </message>
    <message>
        <source>then add</source>
        <translation>dann voranstellen</translation>
    </message>
    <message>
        <source>Key &amp;mapping:</source>
        <translation>Schlüssel&amp;zuordnung:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Objects modified more recently are never orphans (an upload whose row is not written yet).</source>
        <translation>Jüngst geänderte Objekte sind nie verwaist (ein Upload, dessen Zeile noch nicht geschrieben ist).</translation>
    </message>
    <message>
        <source>No plan is saved when more of the objects or bytes would be orphans: check the query, the mapping and the location first.</source>
        <translation>Es wird kein Plan gespeichert, wenn mehr der Objekte oder Bytes verwaist wären: Prüfen Sie zuerst die Abfrage, die Zuordnung und den Speicherort.</translation>
    </message>
    <message>
        <source>Minimum &amp;age:</source>
        <translation>Mindest&amp;alter:</translation>
    </message>
    <message>
        <source>&amp;Test Query</source>
        <translation>Abfrage t&amp;esten</translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation>S&amp;cannen</translation>
    </message>
    <message>
        <source>Scan the location (Ctrl+R): nothing is deleted, a plan is saved</source>
        <translation>Den Speicherort scannen (Strg+R): Nichts wird gelöscht, ein Plan wird gespeichert</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>No scan yet</source>
        <translation>Noch kein Scan</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Orphans</source>
        <translation>Waisen</translation>
    </message>
    <message>
        <source>&amp;Clean Up…</source>
        <translation>Aufräu&amp;men…</translation>
    </message>
    <message>
        <source>Move the plan&apos;s orphans into the location&apos;s quarantine: a job, reviewed before it is queued</source>
        <translation>Die verwaisten Objekte des Plans in die Quarantäne des Speicherorts verschieben: ein Auftrag, der vor dem Einreihen geprüft wird</translation>
    </message>
    <message>
        <source>&amp;Empty Quarantine…</source>
        <translation>Quarantäne &amp;leeren…</translation>
    </message>
    <message>
        <source>Delete for good what the location&apos;s quarantine has held for more than 7 days, after a confirmation</source>
        <translation>Endgültig löschen, was die Quarantäne des Speicherorts seit mehr als 7 Tagen hält, nach einer Bestätigung</translation>
    </message>
    <message>
        <source>&amp;Audit Log</source>
        <translation>&amp;Prüfprotokoll</translation>
    </message>
    <message>
        <source>Every key the plan&apos;s cleanups moved, kept or found gone</source>
        <translation>Jeder Schlüssel, den die Aufräumläufe des Plans verschoben, behalten oder verschwunden vorgefunden haben</translation>
    </message>
    <message>
        <source>Scanning %1: %2 objects listed…</source>
        <translation>Scanne %1: %2 Objekte aufgelistet…</translation>
    </message>
    <message>
        <source>The storage locations cannot be read: %1</source>
        <translation>Die Speicherorte können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Give the query that returns the referenced keys.</source>
        <translation>Geben Sie die Abfrage an, die die referenzierten Schlüssel liefert.</translation>
    </message>
    <message>
        <source>Give the file of referenced keys.</source>
        <translation>Geben Sie die Datei der referenzierten Schlüssel an.</translation>
    </message>
    <message>
        <source>Reading the references…</source>
        <translation>Die Referenzen werden gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) referenced, e.g. %1</source>
        <translation>
            <numerusform>%n Schlüssel referenziert, z. B. %1</numerusform>
            <numerusform>%n Schlüssel referenziert, z. B. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan stopped</source>
        <translation>Scan abgebrochen</translation>
    </message>
    <message>
        <source>%1: %2 orphaned, %3</source>
        <translation>%1: %2 verwaist, %3</translation>
    </message>
    <message>
        <source>%1: %2 objects, %3; %4 keys referenced</source>
        <translation>%1: %2 Objekte, %3; %4 Schlüssel referenziert</translation>
    </message>
    <message>
        <source>Kept for their age: %1 objects, %2</source>
        <translation>Wegen ihres Alters behalten: %1 Objekte, %2</translation>
    </message>
    <message>
        <source>Missing: %1 referenced keys the location does not hold, e.g. %2</source>
        <translation>Fehlend: %1 referenzierte Schlüssel, die der Speicherort nicht hat, z. B. %2</translation>
    </message>
    <message>
        <source>No plan: %1 of the objects or bytes would be orphans, over the limit of %2 %. Check the query, the mapping and the location; raise the limit only if it is right.</source>
        <translation>Kein Plan: %1 der Objekte oder Bytes wären verwaist, über der Grenze von %2 %. Prüfen Sie die Abfrage, die Zuordnung und den Speicherort; heben Sie die Grenze nur an, wenn das stimmt.</translation>
    </message>
    <message>
        <source>Plan saved to %1. Freed now by a cleanup: %2; held in the quarantine: %3 until it is emptied. Nothing was deleted.</source>
        <translation>Plan gespeichert unter %1. Durch ein Aufräumen sofort freigegeben: %2; in der Quarantäne gehalten: %3, bis sie geleert wird. Nichts wurde gelöscht.</translation>
    </message>
    <message>
        <source>No orphans: no plan.</source>
        <translation>Keine verwaisten Objekte: kein Plan.</translation>
    </message>
    <message>
        <source>Not kept in the history: %1</source>
        <translation>Nicht im Verlauf gespeichert: %1</translation>
    </message>
    <message>
        <source>(objects in no folder)</source>
        <translation>(Objekte in keinem Ordner)</translation>
    </message>
    <message>
        <source>Scanned %1.</source>
        <translation>%1 gescannt.</translation>
    </message>
    <message>
        <source>The quarantine of %1 holds nothing older than 7 days.</source>
        <translation>Die Quarantäne von %1 hält nichts, das älter als 7 Tage ist.</translation>
    </message>
    <message>
        <source>Delete for good %1 objects (%2) that the quarantine of %3 has held for more than 7 days? This cannot be undone.</source>
        <translation>%1 Objekte (%2), die die Quarantäne von %3 seit mehr als 7 Tagen hält, endgültig löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Empty the quarantine</source>
        <translation>Die Quarantäne leeren</translation>
    </message>
    <message>
        <source>Deleted %1 objects for good; freed %2.</source>
        <translation>%1 Objekte endgültig gelöscht; %2 freigegeben.</translation>
    </message>
    <message>
        <source>Listing the quarantine of %1…</source>
        <translation>Die Quarantäne von %1 wird aufgelistet…</translation>
    </message>
    <message>
        <source>Refuse a plan &amp;over:</source>
        <translation>Plan verweigern ü&amp;ber:</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>The location&apos;s size at its scans of the last 90 days</source>
        <translation>Die Größe des Speicherorts bei seinen Scans der letzten 90 Tage</translation>
    </message>
    <message>
        <source>What the location holds by top-level folder, largest first, and the plan&apos;s orphans in each</source>
        <translation>Was der Speicherort je oberstem Ordner hält, größte zuerst, und die verwaisten Objekte des Plans darin</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) in the last 90 days</source>
        <translation>
            <numerusform>%n Scan in den letzten 90 Tagen</numerusform>
            <numerusform>%n Scans in den letzten 90 Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>The Prometheus gauges were not written: %1</source>
        <translation>Die Prometheus-Messwerte wurden nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Wachstum</translation>
    </message>
    <message>
        <source>Backup of</source>
        <translation>Sicherung von</translation>
    </message>
    <message>
        <source>The host&apos;s data kind this location backs up (Backup Of…): the replication measurement counts it as a copy, and the Stale backup alert watches it</source>
        <translation>Die Datenart eines Rechners, die dieser Ort sichert („Sicherung von…“): Die Replikationsmessung zählt ihn als Kopie, und die Warnung „Veraltete Sicherung“ überwacht ihn</translation>
    </message>
    <message>
        <source>Every location scanned or listed here, by a job or with qmctl, as its last scan found it. Select one to scan it again.</source>
        <translation>Jeder Ort, der hier, von einem Auftrag oder mit qmctl gescannt oder gelistet wurde, wie ihn sein letzter Scan fand. Wählen Sie einen aus, um ihn erneut zu scannen.</translation>
    </message>
    <message>
        <source>Backup Of…</source>
        <translation>Sicherung von…</translation>
    </message>
    <message>
        <source>Name this location the backup of a host&apos;s games, npz or models</source>
        <translation>Diesen Ort als Sicherung der games, npz oder models eines Rechners benennen</translation>
    </message>
    <message>
        <source>Sc&amp;hedule…</source>
        <translation>Zeitplan anle&amp;gen…</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>flat</source>
        <translation>gleichbleibend</translation>
    </message>
    <message>
        <source>uneven</source>
        <translation>ungleichmäßig</translation>
    </message>
    <message>
        <source>%1%2/day</source>
        <translation>%1%2/Tag</translation>
    </message>
    <message>
        <source>Not scanned for orphans: only listed</source>
        <translation>Nicht auf verwaiste Objekte gescannt: nur gelistet</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Give the location first.</source>
        <translation>Geben Sie zuerst den Ort an.</translation>
    </message>
    <message>
        <source>Backup Of</source>
        <translation>Sicherung von</translation>
    </message>
    <message>
        <source>%1 holds a copy of a host&apos;s folder for one data kind, at the same paths (a backup daemon&apos;s mirror). The replication measurement then counts each file it holds with the same size as a copy, and the Stale backup alert watches its newest object.</source>
        <translation>%1 hält eine Kopie des Ordners eines Rechners für eine Datenart, unter denselben Pfaden (der Spiegel eines Sicherungsdienstes). Die Replikationsmessung zählt dann jede Datei, die er mit derselben Größe hält, als Kopie, und die Warnung „Veraltete Sicherung“ überwacht sein neuestes Objekt.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Rechner:</translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation>&amp;Daten:</translation>
    </message>
    <message>
        <source>&amp;Not a Backup</source>
        <translation>&amp;Keine Sicherung</translation>
    </message>
    <message>
        <source>%1 is no longer named a backup.</source>
        <translation>%1 ist nicht mehr als Sicherung benannt.</translation>
    </message>
    <message>
        <source>Not saved: give the host whose data %1 backs up.</source>
        <translation>Nicht gespeichert: Geben Sie den Rechner an, dessen Daten %1 sichert.</translation>
    </message>
    <message>
        <source>%1 is the backup of %2 %3: Measure on the Replication page counts its copies and lists it.</source>
        <translation>%1 ist die Sicherung von %2 %3: „Messen“ auf der Seite „Replikation“ zählt seine Kopien und listet ihn.</translation>
    </message>
    <message>
        <source>How fast the location grows: a line fitted to its sizes of the last 30 days; with a limit (Preferences, Alerts), when it reaches it</source>
        <translation>Wie schnell der Speicherort wächst: eine Gerade, angepasst an seine Größen der letzten 30 Tage; mit einer Grenze (Einstellungen, Meldungen), wann er sie erreicht</translation>
    </message>
    <message>
        <source>over its limit</source>
        <translation>über seiner Grenze</translation>
    </message>
    <message>
        <source>%1 limit</source>
        <translation>Grenze %1</translation>
    </message>
    <message>
        <source>limit in %1</source>
        <translation>Grenze in %1</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Limit %1 (Preferences, Alerts)</source>
        <translation>Grenze %1 (Einstellungen, Meldungen)</translation>
    </message>
    <message>
        <source>As scanned at %1.</source>
        <translation>Stand des Scans vom %1.</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Plan: %1</translation>
    </message>
    <message>
        <source>Listed: %1</source>
        <translation>Aufgelistet: %1</translation>
    </message>
    <message>
        <source>Not scanned for orphans: only listed.</source>
        <translation>Nicht auf verwaiste Objekte gescannt: nur gelistet.</translation>
    </message>
    <message>
        <source>%1: %2 objects, %3 at its last listing (%4); its largest folders below.</source>
        <translation>%1: %2 Objekte, %3 bei der letzten Auflistung (%4); die größten Ordner unten.</translation>
    </message>
    <message>
        <source>A lifecycle job: scan this location every night with the rule of its last scan and move what is orphaned then into the quarantine, within caps; reviewed before it is saved</source>
        <translation>Ein Lebenszyklus-Auftrag: diesen Speicherort jede Nacht mit der Regel seines letzten Scans scannen und was dann verwaist ist in die Quarantäne verschieben, innerhalb der Obergrenzen; vor dem Speichern geprüft</translation>
    </message>
    <message>
        <source>A listing job: list this location every night and keep its size in the history (its trend, and the alerts of a backup or a limit); reviewed before it is saved</source>
        <translation>Ein Auflistungs-Auftrag: diesen Speicherort jede Nacht auflisten und seine Größe im Verlauf behalten (sein Trend und die Meldungen einer Sicherung oder einer Grenze); vor dem Speichern geprüft</translation>
    </message>
</context>
<context>
    <name>qm::StorageQuarantine</name>
    <message>
        <source>cannot write the audit log %1: %2</source>
        <translation>Das Prüfprotokoll %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot delete %1: %2</source>
        <translation>%1 kann nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a folder (a link?)</source>
        <translation>%1 ist kein Ordner (eine Verknüpfung?)</translation>
    </message>
    <message>
        <source>Emptied %1</source>
        <translation>%1 geleert</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) are still in the quarantine</source>
        <translation>
            <numerusform>%n Objekt ist noch in der Quarantäne</numerusform>
            <numerusform>%n Objekte sind noch in der Quarantäne</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::SyncCommand</name>
    <message>
        <source>“%1”: an rclone endpoint is written rclone:REMOTE:path</source>
        <translation>“%1”: ein rclone-Endpunkt wird als rclone:REMOTE:path geschrieben</translation>
    </message>
    <message>
        <source>“%1”: the host name is not one</source>
        <translation>“%1”: der Rechnername ist ungültig</translation>
    </message>
    <message>
        <source>“%1”: the path on the host must be absolute (or start with ~)</source>
        <translation>“%1”: der Pfad auf dem Rechner muss absolut sein (oder mit ~ beginnen)</translation>
    </message>
    <message>
        <source>“%1” is not an endpoint: write /path, HOST:/path or rclone:REMOTE:path</source>
        <translation>“%1” ist kein Endpunkt: /path, HOST:/path oder rclone:REMOTE:path angeben</translation>
    </message>
    <message>
        <source>rclone syncs run between this machine and a remote: give the host as an rclone remote (sftp) instead</source>
        <translation>rclone-Synchronisierungen laufen zwischen diesem Rechner und einem Remote: den Rechner stattdessen als rclone-Remote (sftp) angeben</translation>
    </message>
    <message>
        <source>“%1” is not a host of the config</source>
        <translation>“%1” ist kein Rechner der Konfiguration</translation>
    </message>
    <message>
        <source>“%1” has no usable ssh_host</source>
        <translation>“%1” hat keinen verwendbaren ssh_host</translation>
    </message>
</context>
<context>
    <name>qm::SyncJob</name>
    <message>
        <source>“%1” is not a host of the config</source>
        <translation>“%1” ist kein Rechner der Konfiguration</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) to copy (%1)</source>
        <translation>
            <numerusform>%n Datei zu kopieren (%1)</numerusform>
            <numerusform>%n Dateien zu kopieren (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) to delete at the destination:</source>
        <translation>
            <numerusform>%n Datei am Ziel zu löschen:</numerusform>
            <numerusform>%n Dateien am Ziel zu löschen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more</source>
        <translation>
            <numerusform>  … und %n weitere</numerusform>
            <numerusform>  … und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>dieser Rechner</translation>
    </message>
    <message>
        <source>rsync is not installed on %1 (%2)</source>
        <translation>rsync ist auf %1 nicht installiert (%2)</translation>
    </message>
    <message>
        <source>rsync on %1 is %2.%3; 3.1 or newer is needed (macOS: install it with Homebrew and set the host&apos;s rsync_path)</source>
        <translation>rsync auf %1 ist Version %2.%3; 3.1 oder neuer wird benötigt (macOS: mit Homebrew installieren und rsync_path des Rechners setzen)</translation>
    </message>
    <message>
        <source>the destination %1 does not exist; Quartermaster never creates a destination root</source>
        <translation>das Ziel %1 existiert nicht; Quartermaster legt das Wurzelverzeichnis eines Ziels nie selbst an</translation>
    </message>
    <message>
        <source>the destination %1 does not exist on %2; Quartermaster never creates a destination root</source>
        <translation>das Ziel %1 existiert nicht auf %2; Quartermaster legt das Wurzelverzeichnis eines Ziels nie selbst an</translation>
    </message>
    <message>
        <source>the source %1 does not exist</source>
        <translation>die Quelle %1 existiert nicht</translation>
    </message>
    <message>
        <source>the source %1 is empty: nothing to sync (an unmounted drive?)</source>
        <translation>die Quelle %1 ist leer: nichts zu synchronisieren (ein nicht eingehängtes Laufwerk?)</translation>
    </message>
    <message>
        <source>the source %1 cannot be listed: %2</source>
        <translation>die Quelle %1 kann nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <source>the source %1 is empty: nothing to sync</source>
        <translation>die Quelle %1 ist leer: nichts zu synchronisieren</translation>
    </message>
    <message>
        <source>the source and the destination are the same place, or one lies inside the other</source>
        <translation>Quelle und Ziel sind derselbe Ort, oder eines liegt im anderen</translation>
    </message>
    <message>
        <source>the external storage %1 is not mounted (%2 lies on %3): nothing is synced there</source>
        <translation>der externe Speicher %1 ist nicht eingehängt (%2 liegt auf %3): dorthin wird nichts synchronisiert</translation>
    </message>
    <message>
        <source>the destination is %1 % full, at or above max_disk_usage_percent (%2 %): it receives no sync</source>
        <translation>das Ziel ist zu %1 % belegt und hat max_disk_usage_percent (%2 %) erreicht oder überschritten: dorthin wird nicht synchronisiert</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the dry run failed: %1</source>
        <translation>der Probelauf ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the destination has %1 free; the sync needs %2</source>
        <translation>am Ziel sind %1 frei; die Synchronisierung braucht %2</translation>
    </message>
    <message>
        <source>the sync would leave the destination with less than min_free_disk_percent (%1 %) free</source>
        <translation>nach der Synchronisierung wären am Ziel weniger als min_free_disk_percent (%1 %) frei</translation>
    </message>
    <message>
        <source>checking %1 → %2</source>
        <translation>%1 → %2 wird geprüft</translation>
    </message>
    <message>
        <source>a sync that deletes needs a reviewed plan: queue it again with its dry run</source>
        <translation>eine Synchronisierung, die löscht, braucht einen geprüften Plan: sie mit ihrem Probelauf erneut einreihen</translation>
    </message>
    <message numerus="yes">
        <source>the destination changed since the plan was reviewed: %n deletion(s) not in the plan; nothing was deleted. Review the new plan and queue it again</source>
        <translation>
            <numerusform>das Ziel hat sich seit der Prüfung des Plans geändert: %n Löschung steht nicht im Plan; es wurde nichts gelöscht. Den neuen Plan prüfen und erneut einreihen</numerusform>
            <numerusform>das Ziel hat sich seit der Prüfung des Plans geändert: %n Löschungen stehen nicht im Plan; es wurde nichts gelöscht. Den neuen Plan prüfen und erneut einreihen</numerusform>
        </translation>
    </message>
    <message>
        <source>some source files vanished while the sync ran; the rest is copied</source>
        <translation>einige Quelldateien sind während der Synchronisierung verschwunden; der Rest ist kopiert</translation>
    </message>
    <message numerus="yes">
        <source>rsync stopped deleting at the cap of %n file(s) (--max-delete)</source>
        <translation>
            <numerusform>rsync hat das Löschen bei der Obergrenze von %n Datei beendet (--max-delete)</numerusform>
            <numerusform>rsync hat das Löschen bei der Obergrenze von %n Dateien beendet (--max-delete)</numerusform>
        </translation>
    </message>
    <message>
        <source>the connection failed (exit %1): %2</source>
        <translation>die Verbindung ist fehlgeschlagen (Exit-Status %1): %2</translation>
    </message>
    <message>
        <source>%1 failed (exit %2): %3</source>
        <translation>%1 ist fehlgeschlagen (Exit-Status %2): %3</translation>
    </message>
    <message>
        <source>done: %1 copied</source>
        <translation>fertig: %1 kopiert</translation>
    </message>
</context>
<context>
    <name>qm::SystemVolumes</name>
    <message>
        <source>kernel pseudo-filesystem</source>
        <translation>Pseudodateisystem des Kernels</translation>
    </message>
    <message>
        <source>kernel or device filesystem</source>
        <translation>Kernel- oder Gerätedateisystem</translation>
    </message>
    <message>
        <source>runtime memory filesystem</source>
        <translation>Laufzeit-Speicherdateisystem</translation>
    </message>
    <message>
        <source>snap package image</source>
        <translation>Abbild eines Snap-Pakets</translation>
    </message>
    <message>
        <source>container layer</source>
        <translation>Container-Schicht</translation>
    </message>
    <message>
        <source>file bind mount</source>
        <translation>eingebundene Einzeldatei</translation>
    </message>
    <message>
        <source>macOS system volume</source>
        <translation>macOS-Systemvolume</translation>
    </message>
</context>
<context>
    <name>qm::ThumbnailCache</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Cannot draw %1: there is no such file.</source>
        <translation>%1 kann nicht gezeichnet werden: Diese Datei gibt es nicht.</translation>
    </message>
    <message>
        <source>Cannot draw %1: %2 (at byte %3)</source>
        <translation>%1 kann nicht gezeichnet werden: %2 (bei Byte %3)</translation>
    </message>
    <message>
        <source>The file has no vertices: there is nothing to show.</source>
        <translation>Die Datei hat keine Punkte: Es gibt nichts anzuzeigen.</translation>
    </message>
    <message numerus="yes">
        <source>Not a Gaussian splat: a plain point cloud of %n point(s), without an opacity and a size per splat.</source>
        <translation>
            <numerusform>Kein Gaussian Splat: eine einfache Punktwolke aus %n Punkt, ohne Deckkraft und Größe je Splat.</numerusform>
            <numerusform>Kein Gaussian Splat: eine einfache Punktwolke aus %n Punkten, ohne Deckkraft und Größe je Splat.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::Trash</name>
    <message>
        <source>its name is too long for the trash&apos;s records</source>
        <translation>sein Name ist zu lang für die Einträge des Papierkorbs</translation>
    </message>
    <message>
        <source>there is no usable trash folder on its filesystem or in the home folder</source>
        <translation>es gibt keinen nutzbaren Papierkorbordner auf seinem Dateisystem oder im Benutzerordner</translation>
    </message>
    <message>
        <source>the trash folder %1 cannot be written to</source>
        <translation>in den Papierkorbordner %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the disk holding the trash (%1) is full</source>
        <translation>die Platte mit dem Papierkorb (%1) ist voll</translation>
    </message>
    <message>
        <source>Cannot move %1 to the trash: %2</source>
        <translation>%1 kann nicht in den Papierkorb verschoben werden: %2</translation>
    </message>
    <message>
        <source>the path is not absolute</source>
        <translation>der Pfad ist nicht absolut</translation>
    </message>
    <message>
        <source>there is no usable trash folder</source>
        <translation>es gibt keinen nutzbaren Papierkorbordner</translation>
    </message>
    <message>
        <source>it is still in place after the move</source>
        <translation>es ist nach dem Verschieben noch an seinem Platz</translation>
    </message>
    <message>
        <source>the system gave no reason</source>
        <translation>das System nannte keinen Grund</translation>
    </message>
</context>
<context>
    <name>qm::TrendsChart</name>
    <message>
        <source>used</source>
        <translation>belegt</translation>
    </message>
    <message>
        <source>%1
%2: %3 % used</source>
        <translation>%1
%2: %3 % belegt</translation>
    </message>
    <message>
        <source>%1 (forecast)</source>
        <translation>%1 (Vorhersage)</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <comment>time axis: a time of day (a QTime format)</comment>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>%1 (used ÷ size)</source>
        <translation>%1 (belegt ÷ Größe)</translation>
    </message>
    <message>
        <source>%1, forecast
%2: %3 % used</source>
        <translation>%1, Vorhersage
%2: %3 % belegt</translation>
    </message>
    <message>
        <source>%1
%2: about %3 % used (used ÷ size: its free space was not recorded then)</source>
        <translation>%1
%2: etwa %3 % belegt (belegt ÷ Größe: der freie Platz wurde damals nicht aufgezeichnet)</translation>
    </message>
    <message>
        <source>%1
%2: %3 (all categories: %4)</source>
        <translation>%1
%2: %3 (alle Kategorien: %4)</translation>
    </message>
</context>
<context>
    <name>qm::TrendsPage</name>
    <message>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <source>7 d</source>
        <translation>7 T</translation>
    </message>
    <message>
        <source>30 d</source>
        <translation>30 T</translation>
    </message>
    <message>
        <source>1 y</source>
        <translation>1 J</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Show %1 (%2)</source>
        <translation>%1 zeigen (%2)</translation>
    </message>
    <message>
        <source>Forecast over</source>
        <translation>Vorhersage über</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Als PNG exportieren …</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren …</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Laufwerke</translation>
    </message>
    <message>
        <source>&lt;b&gt;What grew&lt;/b&gt; — per host and data category, largest first</source>
        <translation>&lt;b&gt;Was gewachsen ist&lt;/b&gt; — je Rechner und Datenkategorie, das größte Wachstum zuerst</translation>
    </message>
    <message>
        <source>No history yet: it begins with the first probe (Hosts page), or import samples with &lt;tt&gt;qmctl history import&lt;/tt&gt;.</source>
        <translation>Noch kein Verlauf: Er beginnt mit der ersten Abfrage (Seite Rechner), oder importieren Sie Messwerte mit &lt;tt&gt;qmctl history import&lt;/tt&gt;.</translation>
    </message>
    <message>
        <source>The history cannot be read: %1</source>
        <translation>Der Verlauf kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>max_disk_usage_percent %1 %</source>
        <translation>max_disk_usage_percent %1 %</translation>
    </message>
    <message>
        <source>target_disk_usage_percent %1 %</source>
        <translation>target_disk_usage_percent %1 %</translation>
    </message>
    <message>
        <source>Data on %1</source>
        <translation>Daten auf %1</translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s), %1 – %2</source>
        <translation>
            <numerusform>%n Laufwerk, %1 – %2</numerusform>
            <numerusform>%n Laufwerke, %1 – %2</numerusform>
        </translation>
    </message>
    <message>
        <source>; dashed: forecast over the last %1</source>
        <translation>; gestrichelt: Vorhersage über die letzten %1</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Export Chart Data</source>
        <translation>Diagrammdaten exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>No data categories to show.</source>
        <translation>Keine Datenkategorien anzuzeigen.</translation>
    </message>
    <message>
        <source>Tick volumes on the left to chart how full they are.</source>
        <translation>Haken Sie links Laufwerke an, um ihren Füllstand darzustellen.</translation>
    </message>
    <message>
        <source>The ticked volumes have no samples between %1 and %2.</source>
        <translation>Die angehakten Laufwerke haben zwischen %1 und %2 keine Messwerte.</translation>
    </message>
    <message>
        <source>Select a host on the left to see its data categories.</source>
        <translation>Wählen Sie links einen Rechner, um seine Datenkategorien zu sehen.</translation>
    </message>
    <message>
        <source>No data categories of %1 were recorded between %2 and %3: a probe counts them when it scans the host&apos;s data roots.</source>
        <translation>Zwischen %2 und %3 wurden keine Datenkategorien von %1 aufgezeichnet: Eine Abfrage zählt sie, wenn sie die Datenverzeichnisse des Rechners durchsucht.</translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s), %1 – now (%2), and on to %3 for the forecasts</source>
        <translation>
            <numerusform>%n Laufwerk, %1 – jetzt (%2), für die Vorhersagen weiter bis %3</numerusform>
            <numerusform>%n Laufwerke, %1 – jetzt (%2), für die Vorhersagen weiter bis %3</numerusform>
        </translation>
    </message>
    <message>
        <source>; dotted: used ÷ size, where the free space was not recorded (history from before it was kept, or imported without available_bytes)</source>
        <translation>; gepunktet: belegt ÷ Größe, wo der freie Platz nicht aufgezeichnet wurde (Verlauf aus der Zeit davor oder ohne available_bytes importiert)</translation>
    </message>
    <message>
        <source>cannot draw the chart as PNG</source>
        <translation>das Diagramm kann nicht als PNG gezeichnet werden</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Verläufe</translation>
    </message>
</context>
<context>
    <name>qm::UserFile</name>
    <message>
        <source>Cannot set the permissions of %1: %2</source>
        <translation>Die Zugriffsrechte von %1 können nicht gesetzt werden: %2</translation>
    </message>
    <message>
        <source>Cannot give %1 the owner of the original (uid %2, gid %3): %4</source>
        <translation>%1 kann nicht den Eigentümer des Originals erhalten (uid %2, gid %3): %4</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot flush %1 to disk (fsync): %2</source>
        <translation>%1 kann nicht auf die Platte geschrieben werden (fsync): %2</translation>
    </message>
    <message>
        <source>Cannot close %1: %2</source>
        <translation>%1 kann nicht geschlossen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: it is %2, not a regular file; it was left alone.</source>
        <translation>%1 kann nicht geschrieben werden: Es ist %2, keine reguläre Datei; es wurde unberührt gelassen.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>No file name given.</source>
        <translation>Kein Dateiname angegeben.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>%1 kann nicht geschrieben werden: Der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot create a file in %1: %2</source>
        <translation>In %1 kann keine Datei angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot read back %1: %2</source>
        <translation>%1 kann nicht zurückgelesen werden: %2</translation>
    </message>
    <message>
        <source>Reading back %1 gave %2 bytes that differ from the %3 written.</source>
        <translation>Das Zurücklesen von %1 ergab %2 Bytes, die von den %3 geschriebenen abweichen.</translation>
    </message>
    <message>
        <source>Cannot replace %1: %2</source>
        <translation>%1 kann nicht ersetzt werden: %2</translation>
    </message>
    <message>
        <source>Saved %1, but flushing its folder failed: %2</source>
        <translation>%1 gespeichert, aber sein Ordner konnte nicht auf die Platte geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>qm::Volume</name>
    <message>
        <source>not responding</source>
        <translation>antwortet nicht</translation>
    </message>
    <message>
        <source>access denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
</context>
<context>
    <name>qm::VolumeReader</name>
    <message>
        <source>%1. macOS privacy controls may deny access: allow it in System Settings › Privacy &amp; Security › Full Disk Access.</source>
        <translation>%1. Der Datenschutz von macOS verweigert womöglich den Zugriff: Erlauben Sie ihn unter Systemeinstellungen › Datenschutz &amp; Sicherheit › Festplattenvollzugriff.</translation>
    </message>
    <message numerus="yes">
        <source>The filesystem did not answer within %n second(s): a network mount whose server is unreachable?</source>
        <translation>
            <numerusform>Das Dateisystem hat nicht innerhalb von %n Sekunde geantwortet: eine Netzwerkfreigabe, deren Server nicht erreichbar ist?</numerusform>
            <numerusform>Das Dateisystem hat nicht innerhalb von %n Sekunden geantwortet: eine Netzwerkfreigabe, deren Server nicht erreichbar ist?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::VolumesModel</name>
    <message>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <source>read-write</source>
        <translation>les- und schreibbar</translation>
    </message>
    <message>
        <source>%1 on %2 (%3)</source>
        <translation>%1 auf %2 (%3)</translation>
    </message>
    <message>
        <source>Size %1 · used %2 · free %3</source>
        <translation>Größe %1 · belegt %2 · frei %3</translation>
    </message>
    <message>
        <source>Free %1 % of the space available to users (warning below %2 %, critical below %3 %)</source>
        <translation>Frei: %1 % des für Benutzer verfügbaren Platzes (Warnung unter %2 %, kritisch unter %3 %)</translation>
    </message>
    <message>
        <source>%1 reserved for the superuser</source>
        <translation>%1 für den Superuser reserviert</translation>
    </message>
    <message>
        <source>Mounted read-only</source>
        <translation>Schreibgeschützt eingehängt</translation>
    </message>
    <message>
        <source>System filesystem: %1</source>
        <translation>Systemdateisystem: %1</translation>
    </message>
    <message>
        <source>Mount Point</source>
        <translation>Einhängepunkt</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Belegung</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
</context>
<context>
    <name>qm::WhatGrewModel</name>
    <message>
        <source>The history of this host does not reach back that far.</source>
        <translation>Der Verlauf dieses Rechners reicht nicht so weit zurück.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Rechner</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Since last probe</source>
        <translation>Seit letzter Abfrage</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
</context>
<context>
    <name>qm::cli::Check</name>
    <message>
        <source>Check fleet configs (distributed_hosts.yaml) for contradictions, dangling host references, duplicate keys and wrong types. See docs/config-rules.md.</source>
        <translation>Flottenkonfigurationen (distributed_hosts.yaml) auf Widersprüche, Verweise auf fehlende Rechner, doppelte Schlüssel und falsche Typen prüfen. Siehe docs/config-rules.md.</translation>
    </message>
    <message>
        <source>Output format: text (default), json or sarif.</source>
        <translation>Ausgabeformat: text (Vorgabe), json oder sarif.</translation>
    </message>
    <message>
        <source>Show only diagnostics of this severity or above (default info).</source>
        <translation>Nur Befunde dieses Schweregrads oder darüber zeigen (Vorgabe info).</translation>
    </message>
    <message>
        <source>Config files to check.</source>
        <translation>Zu prüfende Konfigurationsdateien.</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;: use text, json or sarif</source>
        <translation>unbekanntes Format &apos;%1&apos;: text, json oder sarif verwenden</translation>
    </message>
    <message>
        <source>unknown severity &apos;%1&apos;: use info, warning or error</source>
        <translation>unbekannter Schweregrad &apos;%1&apos;: info, warning oder error verwenden</translation>
    </message>
    <message>
        <source>no file given; run &apos;qmctl check --help&apos;</source>
        <translation>keine Datei angegeben; siehe &apos;qmctl check --help&apos;</translation>
    </message>
    <message>
        <source>errors: %1, warnings: %2, info: %3</source>
        <translation>Fehler: %1, Warnungen: %2, Hinweise: %3</translation>
    </message>
    <message>
        <source>%1: cannot fix a file that does not parse: %2</source>
        <translation>%1: eine nicht auswertbare Datei kann nicht korrigiert werden: %2</translation>
    </message>
    <message>
        <source>%1: nothing to fix</source>
        <translation>%1: nichts zu korrigieren</translation>
    </message>
    <message numerus="yes">
        <source>%1: applied %n fix(es); backup: %2</source>
        <translation>
            <numerusform>%1: %n Korrektur angewendet; Sicherung: %2</numerusform>
            <numerusform>%1: %n Korrekturen angewendet; Sicherung: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing was written; run again with --yes to apply the fixes</source>
        <translation>nichts wurde geschrieben; mit --yes erneut ausführen, um die Korrekturen anzuwenden</translation>
    </message>
    <message>
        <source>Print the unified diff of every safe fix; writes nothing without --yes.</source>
        <translation>Den Unified Diff jeder sicheren Korrektur ausgeben; ohne --yes wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>With --fix: apply the fixes in place, keeping a backup in .config_backups.</source>
        <translation>Mit --fix: die Korrekturen direkt in der Datei anwenden und eine Sicherung in .config_backups behalten.</translation>
    </message>
    <message>
        <source>--yes applies fixes: give it with --fix</source>
        <translation>--yes wendet Korrekturen an: zusammen mit --fix angeben</translation>
    </message>
    <message>
        <source>--fix prints a diff: use --format text or json</source>
        <translation>--fix gibt einen Diff aus: --format text oder json verwenden</translation>
    </message>
    <message>
        <source>Also probe the config&apos;s hosts now and check it against their live state (rules QM101-QM105: disk use, free space, external storage, processes, unreachable hosts).</source>
        <translation>Auch die Rechner der Konfiguration jetzt abfragen und sie mit deren aktuellem Zustand abgleichen (Regeln QM101-QM105: Belegung, freier Platz, externer Speicher, Prozesse, nicht erreichbare Rechner).</translation>
    </message>
    <message>
        <source>With --live: report a host that has not answered for this many minutes (default 0: any host not answering now).</source>
        <translation>Mit --live: einen Rechner melden, der so viele Minuten lang nicht geantwortet hat (Vorgabe 0: jeden Rechner, der jetzt nicht antwortet).</translation>
    </message>
    <message>
        <source>bad --unreachable-after &apos;%1&apos;: give minutes</source>
        <translation>ungültiges --unreachable-after &apos;%1&apos;: Minuten angeben</translation>
    </message>
    <message>
        <source>--fix and --live do not go together: fixes are static</source>
        <translation>--fix und --live passen nicht zusammen: Korrekturen sind statisch</translation>
    </message>
    <message>
        <source>%1:%2: %3 fix refused: %4: %5</source>
        <translation>%1:%2: %3-Korrektur abgelehnt: %4: %5</translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing fixed: %n fix(es) refused</source>
        <translation>
            <numerusform>%1: nichts korrigiert: %n Korrektur abgelehnt</numerusform>
            <numerusform>%1: nichts korrigiert: %n Korrekturen abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: left after these fixes: %2</source>
        <translation>%1: nach diesen Korrekturen verbleibend: %2</translation>
    </message>
    <message>
        <source>%1: left for a person:</source>
        <translation>%1: von Hand zu erledigen:</translation>
    </message>
</context>
<context>
    <name>qm::cli::Config</name>
    <message>
        <source>Work with fleet configs (distributed_hosts.yaml).

  dump FILE   print the values of FILE as JSON, exactly as the fleet&apos;s daemons (PyYAML safe_load) read them</source>
        <translation>Mit Flottenkonfigurationen arbeiten (distributed_hosts.yaml).

  dump DATEI   die Werte von DATEI als JSON ausgeben, genau so, wie die Dienste der Flotte (PyYAML safe_load) sie lesen</translation>
    </message>
    <message>
        <source>no action given; run &apos;qmctl config --help&apos;</source>
        <translation>keine Aktion angegeben; siehe &apos;qmctl config --help&apos;</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;; run &apos;qmctl config --help&apos;</source>
        <translation>unbekannte Aktion &apos;%1&apos;; siehe &apos;qmctl config --help&apos;</translation>
    </message>
    <message>
        <source>&apos;config dump&apos; takes exactly one FILE</source>
        <translation>&apos;config dump&apos; erwartet genau eine DATEI</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not HOST.KEY (a host of the file, a dot, one of its keys, such as gpu-1.ssh_port)</source>
        <translation>&apos;%1&apos; ist nicht RECHNER.SCHLÜSSEL (ein Rechner der Datei, ein Punkt, einer seiner Schlüssel, etwa gpu-1.ssh_port)</translation>
    </message>
    <message>
        <source>%1: cannot edit a file that does not load: %2</source>
        <translation>%1: eine Datei, die sich nicht laden lässt, kann nicht bearbeitet werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot set %2: %3</source>
        <translation>%1: %2 kann nicht gesetzt werden: %3</translation>
    </message>
    <message>
        <source>%1: %2 is already %3; nothing to change</source>
        <translation>%1: %2 ist bereits %3; nichts zu ändern</translation>
    </message>
    <message>
        <source>nothing was written; run again with --yes to write it</source>
        <translation>nichts wurde geschrieben; mit --yes erneut ausführen, um es zu schreiben</translation>
    </message>
    <message>
        <source>%1: set %2 to %3; backup: %4</source>
        <translation>%1: %2 auf %3 gesetzt; Sicherung: %4</translation>
    </message>
    <message>
        <source>%1: this change adds:</source>
        <translation>%1: diese Änderung fügt hinzu:</translation>
    </message>
    <message>
        <source>  set FILE HOST.KEY VALUE   set a key of a host, VALUE typed as the key takes it, changing nothing else: prints the diff and the problems it would add; --yes writes it, keeping a backup</source>
        <translation>  set DATEI RECHNER.SCHLÜSSEL WERT   setzt einen Schlüssel eines Rechners, WERT im Typ des Schlüssels, und ändert sonst nichts: zeigt den Unterschied und die Probleme, die hinzukämen; --yes schreibt ihn und behält eine Sicherung</translation>
    </message>
    <message>
        <source>With set: write the change, keeping a backup in .config_backups.</source>
        <translation>Mit set: die Änderung schreiben und eine Sicherung in .config_backups behalten.</translation>
    </message>
    <message>
        <source>&apos;config set&apos; takes FILE HOST.KEY VALUE</source>
        <translation>&apos;config set&apos; erwartet DATEI RECHNER.SCHLÜSSEL WERT</translation>
    </message>
    <message>
        <source>&apos;config dump&apos; prints JSON and writes nothing: it takes neither --yes nor --format text</source>
        <translation>&apos;config dump&apos; gibt JSON aus und schreibt nichts: es nimmt weder --yes noch --format text</translation>
    </message>
    <message>
        <source>  history FILE   every version of FILE (Quartermaster&apos;s backups, .config_backups, git, the current file last) with what it changed and the problems it added and fixed</source>
        <translation>  history DATEI   jede Version von DATEI (Sicherungen von Quartermaster, .config_backups, git, die aktuelle Datei zuletzt) mit ihren Änderungen und den Problemen, die sie hinzugefügt und behoben hat</translation>
    </message>
    <message>
        <source>  diff FILE VERSION [VERSION]   the diff from VERSION to the current file, or between two versions (ids as history lists them)</source>
        <translation>  diff DATEI VERSION [VERSION]   der Diff von VERSION zur aktuellen Datei oder zwischen zwei Versionen (IDs, wie history sie auflistet)</translation>
    </message>
    <message>
        <source>  miner-history DIR|FILE   which setting of a miner changed when (miner_config_history.jsonl)</source>
        <translation>  miner-history VERZEICHNIS|DATEI   welche Einstellung eines Miners sich wann geändert hat (miner_config_history.jsonl)</translation>
    </message>
    <message>
        <source>What to do: dump, set, history, diff or miner-history.</source>
        <translation>Was zu tun ist: dump, set, history, diff oder miner-history.</translation>
    </message>
    <message>
        <source>With set, history, diff, miner-history: output format, text (default) or json.</source>
        <translation>Mit set, history, diff, miner-history: Ausgabeformat, text (Standard) oder json.</translation>
    </message>
    <message>
        <source>&apos;config %1&apos; writes nothing: it takes no --yes</source>
        <translation>&apos;config %1&apos; schreibt nichts: es nimmt kein --yes</translation>
    </message>
    <message>
        <source>&apos;config history&apos; takes exactly one FILE</source>
        <translation>&apos;config history&apos; erwartet genau eine DATEI</translation>
    </message>
    <message>
        <source>&apos;config diff&apos; takes FILE VERSION [VERSION]</source>
        <translation>&apos;config diff&apos; erwartet DATEI VERSION [VERSION]</translation>
    </message>
    <message>
        <source>&apos;config miner-history&apos; takes exactly one DIR or FILE</source>
        <translation>&apos;config miner-history&apos; erwartet genau ein VERZEICHNIS oder eine DATEI</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>unbekannte Zeit</translation>
    </message>
    <message>
        <source>adds %1</source>
        <translation>fügt %1 hinzu</translation>
    </message>
    <message>
        <source>fixes %1</source>
        <translation>behebt %1</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>no version &apos;%1&apos; of %2 (or more than one starts so); &apos;qmctl config history %2&apos; lists them</source>
        <translation>keine Version &apos;%1&apos; von %2 (oder mehr als eine beginnt so); &apos;qmctl config history %2&apos; listet sie auf</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n line(s) skipped: not a record with a timestamp</source>
        <translation>
            <numerusform>%1: %n Zeile übersprungen: kein Eintrag mit Zeitstempel</numerusform>
            <numerusform>%1: %n Zeilen übersprungen: keine Einträge mit Zeitstempel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::cli::Daemons</name>
    <message>
        <source>list, start, stop or restart</source>
        <translation>list, start, stop oder restart</translation>
    </message>
    <message>
        <source>A host of the config, or local.</source>
        <translation>Ein Host der Konfiguration oder local.</translation>
    </message>
    <message>
        <source>Run the action (else: show it).</source>
        <translation>Die Aktion ausführen (sonst: sie zeigen).</translation>
    </message>
    <message>
        <source>Seconds to look again after the action (default 10).</source>
        <translation>Sekunden, in denen nach der Aktion erneut nachgesehen wird (Vorgabe 10).</translation>
    </message>
    <message>
        <source>give list [HOST...], or start|stop|restart HOST NAME</source>
        <translation>geben Sie list [HOST...] oder start|stop|restart HOST NAME an</translation>
    </message>
    <message>
        <source>no daemon is named “%1”</source>
        <translation>kein Daemon heißt „%1“</translation>
    </message>
    <message>
        <source>--wait takes seconds</source>
        <translation>--wait nimmt Sekunden</translation>
    </message>
    <message>
        <source>would %1 on %2: %3</source>
        <translation>würde auf %2 %1: %3</translation>
    </message>
    <message>
        <source>Nothing was run: add --yes to %1 it.</source>
        <translation>Nichts wurde ausgeführt: fügen Sie --yes hinzu für %1.</translation>
    </message>
    <message>
        <source>The daemons that should run (a checks file&apos;s “daemons”, saved with qmctl health import). list [HOST...]: whether each runs on its machines (exit 0 when all do, 1 when one does not, 3 when one could not be told). start|stop|restart HOST NAME: what would run, and with --yes runs it there and looks again until the daemon is as it should be (exit 0 then, 1 when not, 3 when the host cannot be reached).</source>
        <translation>Die Daemons, die laufen sollen („daemons“ einer Prüfungsdatei, gespeichert mit qmctl health import). list [HOST...]: ob jeder auf seinen Rechnern läuft (Exit-Code 0, wenn alle laufen, 1, wenn einer nicht läuft, 3, wenn es für einen nicht bestimmt werden konnte). start|stop|restart HOST NAME: was ausgeführt würde, und mit --yes wird es dort ausgeführt und erneut nachgesehen, bis der Daemon ist, wie er sein soll (dann Exit-Code 0, sonst 1, 3, wenn der Host nicht erreichbar ist).</translation>
    </message>
    <message>
        <source>No daemon is saved: name them in a checks file&apos;s “daemons” and save it with qmctl health import.</source>
        <translation>Kein Daemon gespeichert: nennen Sie sie unter „daemons“ einer Prüfungsdatei und speichern Sie diese mit qmctl health import.</translation>
    </message>
</context>
<context>
    <name>qm::cli::Health</name>
    <message>
        <source>bad --%1 &apos;%2&apos;: give a number of at least %3</source>
        <translation>ungültiges --%1 „%2“: Geben Sie eine Zahl von mindestens %3 an</translation>
    </message>
    <message>
        <source>The log or file.</source>
        <translation>Das Protokoll oder die Datei.</translation>
    </message>
    <message>
        <source>The folder.</source>
        <translation>Der Ordner.</translation>
    </message>
    <message>
        <source>A regular expression a line must match.</source>
        <translation>Ein regulärer Ausdruck, auf den eine Zeile passen muss.</translation>
    </message>
    <message>
        <source>log-success: how recent (default 24).</source>
        <translation>log-success: wie aktuell (Standard 24).</translation>
    </message>
    <message>
        <source>log-errors: the window (default 60).</source>
        <translation>log-errors: das Zeitfenster (Standard 60).</translation>
    </message>
    <message>
        <source>log-errors: the last K lines instead of minutes.</source>
        <translation>log-errors: die letzten K Zeilen statt Minuten.</translation>
    </message>
    <message>
        <source>log-errors: more matches is critical (default 0).</source>
        <translation>log-errors: mehr Treffer sind kritisch (Standard 0).</translation>
    </message>
    <message>
        <source>file-size: the file&apos;s limit in MB (10^6 bytes).</source>
        <translation>file-size: die Grenze der Datei in MB (10^6 Bytes).</translation>
    </message>
    <message>
        <source>file-size: the folder&apos;s limit in GB (10^9 bytes).</source>
        <translation>file-size: die Grenze des Ordners in GB (10^9 Bytes).</translation>
    </message>
    <message>
        <source>freshness: the newest file&apos;s age at most.</source>
        <translation>freshness: höchstes Alter der neuesten Datei.</translation>
    </message>
    <message>
        <source>How much of a log&apos;s end is read (default 64).</source>
        <translation>Wie viel vom Ende eines Protokolls gelesen wird (Standard 64).</translation>
    </message>
    <message>
        <source>The check&apos;s name.</source>
        <translation>Der Name der Prüfung.</translation>
    </message>
    <message>
        <source>%1 needs %2</source>
        <translation>%1 braucht %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>kann %1 nicht lesen: %2</translation>
    </message>
    <message>
        <source>Run one health check on this machine, or on --host HOST of the --config over ssh, for cron and scripts. KIND is log-success (a line matching --pattern in --file within --within-hours), log-errors (at most --max-count lines matching --pattern in the last --minutes, or the last --lines), file-size (--file over --max-mb, or --dir over --max-gb), freshness (the newest file under --dir at most --max-age-hours old), process (one matching --pattern runs), command (-- ARGV... exits 0 within --timeout) or endpoint (--url answers a GET, or --tcp HOST:PORT a connect, within --timeout). Exit 0 when it is ok, 1 when not — a missing, unreadable or binary file is never ok — and 2 on bad usage.</source>
        <translation>Eine Zustandsprüfung auf diesem Rechner oder auf --host HOST der --config über ssh ausführen, für cron und Skripte. KIND ist log-success (eine Zeile passend auf --pattern in --file innerhalb von --within-hours), log-errors (höchstens --max-count Zeilen passend auf --pattern in den letzten --minutes oder den letzten --lines), file-size (--file über --max-mb oder --dir über --max-gb), freshness (die neueste Datei unter --dir höchstens --max-age-hours alt), process (ein auf --pattern passender Prozess läuft), command (-- ARGV... endet mit 0 innerhalb von --timeout) oder endpoint (--url beantwortet ein GET oder --tcp HOST:PORT eine Verbindung innerhalb von --timeout). Exit-Code 0, wenn sie in Ordnung ist, 1, wenn nicht – eine fehlende, unlesbare oder binäre Datei ist nie in Ordnung –, und 2 bei falscher Verwendung.</translation>
    </message>
    <message>
        <source>log-success, log-errors, file-size, freshness, process, command or endpoint</source>
        <translation>log-success, log-errors, file-size, freshness, process, command oder endpoint</translation>
    </message>
    <message>
        <source>command: the program and its arguments, after --</source>
        <translation>command: das Programm und seine Argumente, nach --</translation>
    </message>
    <message>
        <source>endpoint: an http or https URL to GET.</source>
        <translation>endpoint: eine http- oder https-URL für ein GET.</translation>
    </message>
    <message>
        <source>endpoint: HOST:PORT to connect to.</source>
        <translation>endpoint: HOST:PORT, zu dem verbunden wird.</translation>
    </message>
    <message>
        <source>process, command, endpoint: the time limit in seconds (default 10).</source>
        <translation>process, command, endpoint: die Zeitgrenze in Sekunden (Vorgabe 10).</translation>
    </message>
    <message>
        <source>Run it on this host of the --config, over ssh.</source>
        <translation>Auf diesem Host der --config über ssh ausführen.</translation>
    </message>
    <message>
        <source>command needs the program to run after --: qmctl health check command -- ARGV...</source>
        <translation>command braucht das auszuführende Programm nach --: qmctl health check command -- ARGV...</translation>
    </message>
    <message>
        <source>give one KIND: log-success, log-errors, file-size, freshness, process, command or endpoint</source>
        <translation>geben Sie eine KIND an: log-success, log-errors, file-size, freshness, process, command oder endpoint</translation>
    </message>
    <message>
        <source>Only these machines (&quot;local&quot;: this one).</source>
        <translation>Nur diese Rechner („local“: dieser).</translation>
    </message>
    <message>
        <source>Run the checks of this file instead of the saved ones.</source>
        <translation>Die Prüfungen dieser Datei statt der gespeicherten ausführen.</translation>
    </message>
    <message>
        <source>Machines checked at once (default 8).</source>
        <translation>Gleichzeitig geprüfte Rechner (Vorgabe 8).</translation>
    </message>
    <message>
        <source>Do not keep the results in the history.</source>
        <translation>Die Ergebnisse nicht im Verlauf speichern.</translation>
    </message>
    <message>
        <source> (give --config FILE)</source>
        <translation> (geben Sie --config DATEI an)</translation>
    </message>
    <message>
        <source>the results were not kept in the history: %1</source>
        <translation>die Ergebnisse wurden nicht im Verlauf gespeichert: %1</translation>
    </message>
    <message>
        <source>No check runs on these machines.</source>
        <translation>Auf diesen Rechnern läuft keine Prüfung.</translation>
    </message>
    <message>
        <source>List the saved health checks, with the machines each runs on.</source>
        <translation>Die gespeicherten Zustandsprüfungen mit den Rechnern auflisten, auf denen sie laufen.</translation>
    </message>
    <message>
        <source>No health check is saved.</source>
        <translation>Keine Zustandsprüfung gespeichert.</translation>
    </message>
    <message>
        <source>Save the checks of a checks file (docs/health.md): a check of the same name is replaced, a new one added. With --replace-all the saved checks become exactly the file&apos;s. Nothing is saved when a check of the file cannot be read.</source>
        <translation>Die Prüfungen einer Prüfungsdatei speichern (docs/health.md): eine Prüfung gleichen Namens wird ersetzt, eine neue hinzugefügt. Mit --replace-all werden die gespeicherten Prüfungen genau die der Datei. Nichts wird gespeichert, wenn eine Prüfung der Datei nicht gelesen werden kann.</translation>
    </message>
    <message>
        <source>The checks file (YAML).</source>
        <translation>Die Prüfungsdatei (YAML).</translation>
    </message>
    <message>
        <source>Drop the saved checks the file does not have.</source>
        <translation>Die gespeicherten Prüfungen verwerfen, die die Datei nicht hat.</translation>
    </message>
    <message>
        <source>give one checks FILE</source>
        <translation>geben Sie eine Prüfungsdatei an</translation>
    </message>
    <message numerus="yes">
        <source>%1 added, %2 updated, %3 unchanged, %4 removed: %n check(s) saved</source>
        <translation>
            <numerusform>%1 hinzugefügt, %2 aktualisiert, %3 unverändert, %4 entfernt: %n Prüfung gespeichert</numerusform>
            <numerusform>%1 hinzugefügt, %2 aktualisiert, %3 unverändert, %4 entfernt: %n Prüfungen gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: qmctl health run [HOST...] | check KIND [options] | list | import FILE  (qmctl health ACTION --help for each)</source>
        <translation>Aufruf: qmctl health run [HOST...] | check KIND [Optionen] | list | import DATEI  (qmctl health AKTION --help für jede)</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;: use run, check, list or import</source>
        <translation>unbekannte Aktion &apos;%1&apos;: verwenden Sie run, check, list oder import</translation>
    </message>
    <message>
        <source>Run the saved health checks (the Health page&apos;s Edit Checks…, or `qmctl health import`) on every machine they name, or only on HOST... (&quot;local&quot; for this machine), and keep the results in the history. Exit 0 when none is critical or unknown, 1 when one is critical, 3 when one could not be told (a host not reached, a file not read).</source>
        <translation>Die gespeicherten Zustandsprüfungen (Prüfungen bearbeiten … auf der Seite Zustand oder `qmctl health import`) auf jedem genannten Rechner ausführen, oder nur auf HOST... („local“ für diesen Rechner), und die Ergebnisse im Verlauf speichern. Exit-Code 0, wenn keine kritisch oder unbekannt ist, 1, wenn eine kritisch ist, 3, wenn eine nicht bestimmt werden konnte (ein Host nicht erreicht, eine Datei nicht gelesen).</translation>
    </message>
    <message>
        <source>No health check is saved: add one on the Health page or with qmctl health import.</source>
        <translation>Keine Zustandsprüfung gespeichert: fügen Sie eine auf der Seite Zustand oder mit qmctl health import hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>%n daemon(s) saved</source>
        <translation>
            <numerusform>%n Daemon gespeichert</numerusform>
            <numerusform>%n Daemons gespeichert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::cli::History</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>kann %1 nicht lesen: %2</translation>
    </message>
    <message>
        <source>%1: nothing imported: %2</source>
        <translation>%1: nichts importiert: %2</translation>
    </message>
    <message numerus="yes">
        <source>imported %n sample(s) into %1</source>
        <translation>
            <numerusform>%n Messwert in %1 importiert</numerusform>
            <numerusform>%n Messwerte in %1 importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>give HOST and optionally MOUNT</source>
        <translation>HOST und wahlweise MOUNT angeben</translation>
    </message>
    <message>
        <source>no history of %1 in %2</source>
        <translation>kein Verlauf von %1 in %2</translation>
    </message>
    <message>
        <source>no history of %1 on %2 (mounts: %3)</source>
        <translation>kein Verlauf von %1 auf %2 (Einhängepunkte: %3)</translation>
    </message>
    <message>
        <source>cannot load %1</source>
        <translation>kann %1 nicht laden</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2, window %3, as of %4 (%n sample(s))</source>
        <translation>
            <numerusform>%1 %2, Fenster %3, Stand %4 (%n Messwert)</numerusform>
            <numerusform>%1 %2, Fenster %3, Stand %4 (%n Messwerte)</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>growth: %L1 bytes a day</source>
        <translation>Wachstum: %L1 Bytes am Tag</translation>
    </message>
    <message>
        <source>no forecast</source>
        <translation>keine Vorhersage</translation>
    </message>
    <message>
        <source>full in: %1</source>
        <translation>voll in: %1</translation>
    </message>
    <message>
        <source>max_disk_usage_percent in: %1</source>
        <translation>max_disk_usage_percent in: %1</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Where the history is kept (default %1).</source>
        <translation>Wo der Verlauf liegt (Standard %1).</translation>
    </message>
    <message>
        <source>forecast: the config whose max_disk_usage_percent to project to.</source>
        <translation>forecast: die Konfiguration, auf deren max_disk_usage_percent hochgerechnet wird.</translation>
    </message>
    <message>
        <source>give the CSV files to import</source>
        <translation>die zu importierenden CSV-Dateien angeben</translation>
    </message>
    <message>
        <source>no history yet: %1 does not exist (probe hosts, or import samples, first)</source>
        <translation>noch kein Verlauf: %1 gibt es nicht (erst Rechner abfragen oder Messwerte importieren)</translation>
    </message>
    <message>
        <source>import, forecast or export.</source>
        <translation>import, forecast oder export.</translation>
    </message>
    <message>
        <source>Output format: text or json (default text); export: csv or json.</source>
        <translation>Ausgabeformat: text oder json (Standard text); export: csv oder json.</translation>
    </message>
    <message>
        <source>export: only this host.</source>
        <translation>export: nur dieser Rechner.</translation>
    </message>
    <message>
        <source>export: from this time on (ISO 8601, epoch seconds, or an age: 36h, 7d).</source>
        <translation>export: ab dieser Zeit (ISO 8601, Sekunden seit der Epoche oder ein Alter: 36h, 7d).</translation>
    </message>
    <message>
        <source>export: give --format csv or --format json</source>
        <translation>export: --format csv oder --format json angeben</translation>
    </message>
    <message>
        <source>give an action: import, forecast or export</source>
        <translation>eine Aktion angeben: import, forecast oder export</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;: use import, forecast or export</source>
        <translation>unbekannte Aktion &apos;%1&apos;: import, forecast oder export verwenden</translation>
    </message>
    <message>
        <source>bad --since &apos;%1&apos;: give ISO 8601 (2026-11-01T00:00Z), epoch seconds, or an age such as 36h or 7d</source>
        <translation>ungültiges --since &apos;%1&apos;: ISO 8601 (2026-11-01T00:00Z), Sekunden seit der Epoche oder ein Alter wie 36h oder 7d angeben</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>bad --window &apos;%1&apos;: use %2</source>
        <translation>ungültiges --window &apos;%1&apos;: %2 verwenden</translation>
    </message>
    <message>
        <source>full at: %L1 bytes used (the size: no sample recorded its available bytes)</source>
        <translation>voll bei: %L1 Bytes belegt (die Größe: kein Messwert hat die verfügbaren Bytes aufgezeichnet)</translation>
    </message>
    <message>
        <source>full at: %L1 bytes used (used + available)</source>
        <translation>voll bei: %L1 Bytes belegt (belegt + verfügbar)</translation>
    </message>
    <message>
        <source>The local probe history.

  import FILE.csv...        add samples (columns host,mount,time,total_bytes,used_bytes[,available_bytes][,category,bytes])
  forecast HOST [MOUNT]     growth and time to full of a volume
  export                    the history as CSV (import&apos;s columns) or JSON</source>
        <translation>Der lokale Abfrageverlauf.

  import DATEI.csv...       Messwerte hinzufügen (Spalten host,mount,time,total_bytes,used_bytes[,available_bytes][,category,bytes])
  forecast RECHNER [MOUNT]  Wachstum eines Laufwerks und Zeit, bis es voll ist
  export                    den Verlauf als CSV (Spalten von import) oder JSON</translation>
    </message>
    <message>
        <source>forecast: %1 (default 6h).</source>
        <translation>forecast: %1 (Vorgabe 6h).</translation>
    </message>
</context>
<context>
    <name>qm::cli::Jobs</name>
    <message>
        <source>no jobs in %1</source>
        <translation>keine Aufträge in %1</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>WAS</translation>
    </message>
    <message>
        <source>PROGRESS</source>
        <translation>FORTSCHRITT</translation>
    </message>
    <message>
        <source>TRIES</source>
        <translation>VERSUCHE</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <source>there is no job %1</source>
        <translation>es gibt keinen Auftrag %1</translation>
    </message>
    <message>
        <source>job %1: %2 %3</source>
        <translation>Auftrag %1: %2 %3</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>destination: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>attempts: %1 of %2</source>
        <translation>Versuche: %1 von %2</translation>
    </message>
    <message>
        <source>created: %1, started: %2, finished: %3</source>
        <translation>erstellt: %1, gestartet: %2, beendet: %3</translation>
    </message>
    <message>
        <source>progress: %1 % (%2 of %3)</source>
        <translation>Fortschritt: %1 % (%2 von %3)</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>log:</source>
        <translation>Protokoll:</translation>
    </message>
    <message>
        <source>no job runner is running: start one with `qmctl jobs run` (or the app)</source>
        <translation>es läuft keine Auftragsausführung: eine mit `qmctl jobs run` (oder der Anwendung) starten</translation>
    </message>
    <message>
        <source>give SRC and DEST: /path, HOST:/path or rclone:REMOTE:path</source>
        <translation>SRC und DEST angeben: /path, HOST:/path oder rclone:REMOTE:path</translation>
    </message>
    <message>
        <source>“%1” is not a host of the config (give --config FILE)</source>
        <translation>“%1” ist kein Rechner der Konfiguration (--config FILE angeben)</translation>
    </message>
    <message numerus="yes">
        <source>the dry run deletes %n file(s), more than --max-delete %1: nothing queued</source>
        <translation>
            <numerusform>der Probelauf löscht %n Datei, mehr als --max-delete %1: nichts eingereiht</numerusform>
            <numerusform>der Probelauf löscht %n Dateien, mehr als --max-delete %1: nichts eingereiht</numerusform>
        </translation>
    </message>
    <message>
        <source>job %1: %2</source>
        <translation>Auftrag %1: %2</translation>
    </message>
    <message>
        <source>job %1: %2: %3</source>
        <translation>Auftrag %1: %2: %3</translation>
    </message>
    <message>
        <source>Output format: text or json (default text).</source>
        <translation>Ausgabeformat: text oder json (Vorgabe text).</translation>
    </message>
    <message>
        <source>Where the jobs database is kept (default %1).</source>
        <translation>Wo die Auftragsdatenbank gespeichert wird (Vorgabe %1).</translation>
    </message>
    <message>
        <source>The fleet config whose hosts the jobs reach.</source>
        <translation>Die Flottenkonfiguration, deren Rechner die Aufträge erreichen.</translation>
    </message>
    <message>
        <source>sync: delete at DEST what SRC no longer has.</source>
        <translation>sync: in DEST löschen, was es in SRC nicht mehr gibt.</translation>
    </message>
    <message>
        <source>sync --delete: the most files it may delete.</source>
        <translation>sync --delete: die Höchstzahl an Dateien, die gelöscht werden dürfen.</translation>
    </message>
    <message>
        <source>sync between two hosts: run rsync on the source and push (default: the destination pulls).</source>
        <translation>sync zwischen zwei Rechnern: rsync auf der Quelle ausführen und zum Ziel schieben (Vorgabe: das Ziel holt die Daten).</translation>
    </message>
    <message>
        <source>run: run what is queued and due, then exit.</source>
        <translation>run: ausführen, was eingereiht und fällig ist, dann beenden.</translation>
    </message>
    <message>
        <source>An ssh config file instead of ~/.ssh/config.</source>
        <translation>Eine ssh-Konfigurationsdatei anstelle von ~/.ssh/config.</translation>
    </message>
    <message>
        <source>A known_hosts file instead of ~/.ssh/known_hosts.</source>
        <translation>Eine known_hosts-Datei anstelle von ~/.ssh/known_hosts.</translation>
    </message>
    <message>
        <source>cannot load %1</source>
        <translation>%1 kann nicht geladen werden</translation>
    </message>
    <message>
        <source>no jobs yet: %1 does not exist</source>
        <translation>noch keine Aufträge: %1 existiert nicht</translation>
    </message>
    <message>
        <source>give at most one HOST</source>
        <translation>höchstens einen HOST angeben</translation>
    </message>
    <message>
        <source>sync --delete needs --max-delete N (N ≥ 0)</source>
        <translation>sync --delete braucht --max-delete N (N ≥ 0)</translation>
    </message>
    <message>
        <source>give one job ID</source>
        <translation>eine Auftrags-ID angeben</translation>
    </message>
    <message>
        <source>job %1 queued again</source>
        <translation>Auftrag %1 erneut eingereiht</translation>
    </message>
    <message>
        <source>job %1 cancelled</source>
        <translation>Auftrag %1 abgebrochen</translation>
    </message>
    <message>
        <source>job %1 is running: its runner stops it</source>
        <translation>Auftrag %1 läuft: seine Auftragsausführung bricht ihn ab</translation>
    </message>
    <message>
        <source>job %1 has already finished</source>
        <translation>Auftrag %1 ist bereits beendet</translation>
    </message>
    <message>
        <source>nothing queued: give --yes to queue this job</source>
        <translation>nichts eingereiht: geben Sie --yes an, um diesen Auftrag einzureihen</translation>
    </message>
    <message>
        <source>--format is zst or gz, not “%1”</source>
        <translation>--format ist zst oder gz, nicht „%1“</translation>
    </message>
    <message>
        <source>give ROOT and --older-than DAYS: add cleanup /path|HOST:/path --older-than DAYS [--pattern GLOB]… [--empty-quarantine]</source>
        <translation>geben Sie ROOT und --older-than TAGE an: add cleanup /pfad|RECHNER:/pfad --older-than TAGE [--pattern GLOB]… [--empty-quarantine]</translation>
    </message>
    <message>
        <source>Queue a job that deletes or removes originals, after its plan (without it, only the plan is printed).</source>
        <translation>Einen Auftrag einreihen, der löscht oder Originale entfernt, nach seinem Plan (ohne diese Option wird nur der Plan ausgegeben).</translation>
    </message>
    <message>
        <source>archive, cleanup: files modified more than DAYS days ago.</source>
        <translation>archive, cleanup: Dateien, die vor mehr als TAGE Tagen geändert wurden.</translation>
    </message>
    <message>
        <source>archive: zst (default) or gz; also given as --format zst|gz.</source>
        <translation>archive: zst (Standard) oder gz; auch als --format zst|gz angebbar.</translation>
    </message>
    <message>
        <source>cleanup: only files whose name matches GLOB (repeatable).</source>
        <translation>cleanup: nur Dateien, deren Name zu GLOB passt (wiederholbar).</translation>
    </message>
    <message>
        <source>cleanup HOST:/path: delete for good what its quarantine has held for more than --older-than DAYS.</source>
        <translation>cleanup RECHNER:/pfad: endgültig löschen, was seine Quarantäne seit mehr als --older-than TAGE hält.</translation>
    </message>
    <message>
        <source>schedule add: every 15m, 2h or N minutes.</source>
        <translation>schedule add: alle 15m, 2h oder N Minuten.</translation>
    </message>
    <message>
        <source>schedule add: daily at this local time.</source>
        <translation>schedule add: täglich zu dieser Ortszeit.</translation>
    </message>
    <message>
        <source>schedule add: make up a run missed while no runner was going (once).</source>
        <translation>schedule add: einen verpassten Lauf nachholen, während keine Auftragsausführung lief (einmal).</translation>
    </message>
    <message>
        <source>no schedules</source>
        <translation>keine Zeitpläne</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>WANN</translation>
    </message>
    <message>
        <source>NEXT</source>
        <translation>NÄCHSTER</translation>
    </message>
    <message>
        <source>LAST</source>
        <translation>LETZTER</translation>
    </message>
    <message>
        <source>, catches up</source>
        <translation>, holt nach</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>give --every 15m|2h|MINUTES or --daily-at HH:MM</source>
        <translation>geben Sie --every 15m|2h|MINUTEN oder --daily-at HH:MM an</translation>
    </message>
    <message>
        <source>--every takes 15m, 2h or a number of minutes, not “%1”</source>
        <translation>--every nimmt 15m, 2h oder eine Anzahl Minuten, nicht „%1“</translation>
    </message>
    <message>
        <source>--daily-at takes HH:MM, not “%1”</source>
        <translation>--daily-at nimmt HH:MM, nicht „%1“</translation>
    </message>
    <message>
        <source>a sync that deletes needs a reviewed dry run each time: it cannot be scheduled</source>
        <translation>eine löschende Synchronisierung braucht jedes Mal einen geprüften Probelauf: Sie kann nicht geplant werden</translation>
    </message>
    <message>
        <source>nothing scheduled: each run plans again and removes what its plan lists; give --yes to schedule it</source>
        <translation>nichts geplant: Jeder Lauf plant neu und entfernt, was sein Plan auflistet; geben Sie --yes an, um ihn zu planen</translation>
    </message>
    <message>
        <source>use schedule add (--every N | --daily-at HH:MM) KIND …, schedule list, or schedule remove|enable|disable ID</source>
        <translation>verwenden Sie schedule add (--every N | --daily-at HH:MM) ART …, schedule list oder schedule remove|enable|disable ID</translation>
    </message>
    <message>
        <source>schedule %1 removed</source>
        <translation>Zeitplan %1 entfernt</translation>
    </message>
    <message>
        <source>schedule %1 enabled</source>
        <translation>Zeitplan %1 aktiviert</translation>
    </message>
    <message>
        <source>schedule %1 disabled</source>
        <translation>Zeitplan %1 deaktiviert</translation>
    </message>
    <message>
        <source>queued job %1</source>
        <translation>Auftrag %1 eingereiht</translation>
    </message>
    <message>
        <source>added schedule %1</source>
        <translation>Zeitplan %1 hinzugefügt</translation>
    </message>
    <message>
        <source>cleanup, archive, sync --delete: allow this exact folder as the root (or destination) although it is protected: /, a home folder, a system folder, a mount point&apos;s root.</source>
        <translation>cleanup, archive, sync --delete: genau diesen Ordner als Stammordner (oder Ziel) erlauben, obwohl er geschützt ist: /, ein Benutzerordner, ein Systemordner, das Wurzelverzeichnis eines Einhängepunkts.</translation>
    </message>
    <message>
        <source>ROOT</source>
        <translation>ROOT</translation>
    </message>
    <message>
        <source>Remove files older than --older-than DAYS (plan; --yes queues it)</source>
        <translation>Dateien entfernen, die älter als --older-than TAGE sind (Plan; --yes reiht ihn ein)</translation>
    </message>
    <message>
        <source>[HOST]</source>
        <translation>[RECHNER]</translation>
    </message>
    <message>
        <source>Queue a probe of one host, or of all</source>
        <translation>Eine Abfrage eines Rechners oder aller einreihen</translation>
    </message>
    <message>
        <source>SRC DEST</source>
        <translation>QUELLE ZIEL</translation>
    </message>
    <message>
        <source>Queue a sync (rsync, rclone); with --delete, its plan unless --yes</source>
        <translation>Eine Synchronisierung einreihen (rsync, rclone); mit --delete nur ihr Plan, außer mit --yes</translation>
    </message>
    <message>
        <source>add what? one of: %1</source>
        <translation>was hinzufügen? eines von: %1</translation>
    </message>
    <message>
        <source>add, list, show, cancel, retry, run, schedule or clear.</source>
        <translation>add, list, show, cancel, retry, run, schedule oder clear.</translation>
    </message>
    <message>
        <source>give an action: add, list, show, cancel, retry, run, schedule or clear</source>
        <translation>geben Sie eine Aktion an: add, list, show, cancel, retry, run, schedule oder clear</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;: use add, list, show, cancel, retry, run, schedule or clear</source>
        <translation>unbekannte Aktion &apos;%1&apos;: verwenden Sie add, list, show, cancel, retry, run, schedule oder clear</translation>
    </message>
    <message>
        <source>clear takes job IDs, not “%1”</source>
        <translation>clear erwartet Auftrags-IDs, nicht „%1“</translation>
    </message>
    <message>
        <source>--older-than takes a number of days ≥ 0</source>
        <translation>--older-than erwartet eine Anzahl Tage ≥ 0</translation>
    </message>
    <message>
        <source>give job IDs or --older-than DAYS</source>
        <translation>geben Sie Auftrags-IDs oder --older-than TAGE an</translation>
    </message>
    <message numerus="yes">
        <source>%n finished job(s) cleared</source>
        <translation>
            <numerusform>%n beendeter Auftrag entfernt</numerusform>
            <numerusform>%n beendete Aufträge entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finished job(s) would be cleared: give --yes to clear them</source>
        <translation>
            <numerusform>%n beendeter Auftrag würde entfernt: geben Sie --yes an, um ihn zu entfernen</numerusform>
            <numerusform>%n beendete Aufträge würden entfernt: geben Sie --yes an, um sie zu entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>give ROOT and --older-than DAYS: add archive /path|HOST:/path [DEST] --older-than DAYS [--format zst|gz]</source>
        <translation>geben Sie ROOT und --older-than TAGE an: add archive /pfad|RECHNER:/pfad [ZIEL] --older-than TAGE [--format zst|gz]</translation>
    </message>
    <message>
        <source>give DEST, the folder of this machine the archive of %1 goes into: add archive %1 DEST --older-than DAYS</source>
        <translation>geben Sie ZIEL an, den Ordner dieses Rechners, in den das Archiv von %1 kommt: add archive %1 ZIEL --older-than TAGE</translation>
    </message>
    <message>
        <source>ROOT [DEST]</source>
        <translation>ROOT [ZIEL]</translation>
    </message>
    <message>
        <source>Archive files older than --older-than DAYS into DEST (default ROOT/archives; needed for HOST:/path) (plan; --yes queues it)</source>
        <translation>Dateien älter als --older-than TAGE nach ZIEL archivieren (Standard ROOT/archives; nötig für RECHNER:/pfad) (Plan; --yes reiht ein)</translation>
    </message>
    <message>
        <source>“%1” is not a host of the config</source>
        <translation>„%1“ ist kein Rechner der Konfiguration</translation>
    </message>
    <message>
        <source>give --older-than-hours HOURS: add logs-retention [--db URI] --older-than-hours HOURS</source>
        <translation>geben Sie --older-than-hours STUNDEN an: add logs-retention [--db URI] --older-than-hours STUNDEN</translation>
    </message>
    <message>
        <source>give --db URI</source>
        <translation>geben Sie --db URI an</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>Delete the log lines older than --older-than-hours HOURS from --db URI (default the embedded logs.sqlite) (plan; --yes queues it)</source>
        <translation>Die Log-Zeilen älter als --older-than-hours STUNDEN aus --db URI löschen (Vorgabe: die eingebettete logs.sqlite) (Plan; --yes reiht ihn ein)</translation>
    </message>
    <message>
        <source>logs-retention: log lines written more than HOURS hours ago.</source>
        <translation>logs-retention: Log-Zeilen, die vor mehr als STUNDEN Stunden geschrieben wurden.</translation>
    </message>
    <message>
        <source>logs-retention: the logs database, postgresql://… or sqlite:/path (default: logs.sqlite in the data folder).</source>
        <translation>logs-retention: die Log-Datenbank, postgresql://… oder sqlite:/pfad (Vorgabe: logs.sqlite im Datenordner).</translation>
    </message>
    <message>
        <source>give the plan: add orphans-clean PLAN.csv [--max-objects N] [--max-bytes B] [--batch-size N]</source>
        <translation>Geben Sie den Plan an: add orphans-clean PLAN.csv [--max-objects N] [--max-bytes B] [--batch-size N]</translation>
    </message>
    <message>
        <source>PLAN.csv</source>
        <translation>PLAN.csv</translation>
    </message>
    <message>
        <source>Move the orphans of a saved plan into their location&apos;s quarantine, in checked batches, within --max-objects and --max-bytes a run (plan; --yes queues it)</source>
        <translation>Die verwaisten Objekte eines gespeicherten Plans in geprüften Stapeln in die Quarantäne ihres Speicherorts verschieben, je Lauf innerhalb von --max-objects und --max-bytes (Plan; --yes reiht ihn ein)</translation>
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
        <translation>Die Auftragswarteschlange.
  add sync QUELLE ZIEL [--delete --max-delete N] [--push]   QUELLE/ZIEL: /pfad, RECHNER:/pfad,
                                                            rclone:REMOTE:pfad
  add archive ROOT --older-than TAGE [--format zst|gz]
  add cleanup ROOT --older-than TAGE [--pattern GLOB]… [--empty-quarantine]
                                                            ROOT: /pfad oder RECHNER:/pfad
      (cleanup, archive und sync --delete verweigern /, einen Benutzerordner, einen Systemordner
      und die Wurzel eines Einhängepunkts, sofern --allow-protected-root sie nicht nennt)
  add probe [RECHNER]
  add logs-retention [--db URI] --older-than-hours STUNDEN
  add orphans-clean PLAN.csv [--max-objects N] [--max-bytes B] [--batch-size N]
  schedule add (--every 15m|2h|MIN | --daily-at HH:MM) [--catch-up] ART …
  schedule list | schedule remove|enable|disable ID
  list | show ID | cancel ID | retry ID | run [--once]
  clear [ID]… [--older-than TAGE] [--yes]   beendete Aufträge und ihre Protokolle</translation>
    </message>
    <message>
        <source>orphans-clean: keys checked and moved together (default 1000).</source>
        <translation>orphans-clean: Schlüssel, die zusammen geprüft und verschoben werden (Vorgabe 1000).</translation>
    </message>
    <message>
        <source>orphans-clean: the most objects a run moves.</source>
        <translation>orphans-clean: Höchstzahl der Objekte, die ein Lauf verschiebt.</translation>
    </message>
    <message>
        <source>orphans-clean: the most planned bytes a run deals with (e.g. 500G, 2TB).</source>
        <translation>orphans-clean: Höchstmenge geplanter Bytes, die ein Lauf bearbeitet (z. B. 500G, 2TB).</translation>
    </message>
    <message>
        <source>--max-delete, --older-than, --older-than-hours and --max-objects take a number ≥ 0, --batch-size one ≥ 1</source>
        <translation>--max-delete, --older-than, --older-than-hours und --max-objects erwarten eine Zahl ≥ 0, --batch-size eine ≥ 1</translation>
    </message>
    <message>
        <source>bad --max-bytes &apos;%1&apos;: give bytes, or a size such as 500G or 2TB</source>
        <translation>ungültiges --max-bytes „%1“: Geben Sie Bytes oder eine Größe wie 500G oder 2TB an</translation>
    </message>
    <message>
        <source>give the most bytes a run deals with as a size such as 500G or 2TB, or none</source>
        <translation>geben Sie die höchste Bytezahl je Lauf als Größe wie 500G oder 2TB an, oder keine</translation>
    </message>
    <message>
        <source>give the plan: PLAN.csv</source>
        <translation>geben Sie den Plan an: PLAN.csv</translation>
    </message>
    <message>
        <source>give the location: add orphans-lifecycle LOCATION [--batch-size N] [--max-objects N] [--max-bytes B]</source>
        <translation>Geben Sie den Ort an: add orphans-lifecycle ORT [--batch-size N] [--max-objects N] [--max-bytes B]</translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation>ORT</translation>
    </message>
    <message>
        <source>Scan a location with the rule of its last orphan scan, then move the orphans into its quarantine within --max-objects and --max-bytes a run (--max-objects 0: scan only)</source>
        <translation>Einen Ort mit der Regel seines letzten Scans auf verwaiste Objekte scannen und sie dann innerhalb von --max-objects und --max-bytes je Lauf in seine Quarantäne verschieben (--max-objects 0: nur scannen)</translation>
    </message>
    <message>
        <source>give the location: add storage-du LOCATION</source>
        <translation>Geben Sie den Speicherort an: add storage-du ORT</translation>
    </message>
    <message>
        <source>List a storage location and keep its size in the history (its trend, and the alerts of a backup or a limit)</source>
        <translation>Einen Speicherort auflisten und seine Größe im Verlauf behalten (sein Trend und die Meldungen einer Sicherung oder einer Grenze)</translation>
    </message>
    <message>
        <source>the job names no log</source>
        <translation>der Auftrag nennt kein Log</translation>
    </message>
    <message>
        <source>log-rotate: rotate when larger than MB (10^6 bytes).</source>
        <translation>log-rotate: rotieren, wenn größer als MB (10^6 Bytes).</translation>
    </message>
    <message>
        <source>log-rotate: rotate when last rotated more than N days ago.</source>
        <translation>log-rotate: rotieren, wenn zuletzt vor mehr als N Tagen rotiert.</translation>
    </message>
    <message>
        <source>log-rotate: rotations kept (default 7).</source>
        <translation>log-rotate: behaltene Rotationen (Vorgabe 7).</translation>
    </message>
    <message>
        <source>service install: write the unit, do not start it.</source>
        <translation>service install: die Unit schreiben, nicht starten.</translation>
    </message>
    <message>
        <source>--max-size, --max-age-days and --keep take a number ≥ 0</source>
        <translation>--max-size, --max-age-days und --keep nehmen eine Zahl ≥ 0</translation>
    </message>
    <message>
        <source>service takes install, uninstall or status</source>
        <translation>service nimmt install, uninstall oder status</translation>
    </message>
    <message>
        <source>installed (%1), %2: %3</source>
        <translation>installiert (%1), %2: %3</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>läuft nicht</translation>
    </message>
    <message>
        <source>not installed: qmctl jobs service install runs scheduled jobs with the window closed</source>
        <translation>nicht installiert: qmctl jobs service install führt geplante Aufträge auch bei geschlossenem Fenster aus</translation>
    </message>
    <message>
        <source>the job names no daemon action</source>
        <translation>der Auftrag nennt keine Daemon-Aktion</translation>
    </message>
    <message>
        <source>give the host, the daemon and what to do: add daemon HOST|local NAME start|stop|restart</source>
        <translation>geben Sie den Host, den Daemon und was zu tun ist an: add daemon HOST|local NAME start|stop|restart</translation>
    </message>
    <message>
        <source>no daemon is named “%1”</source>
        <translation>kein Daemon heißt „%1“</translation>
    </message>
    <message>
        <source>HOST|local NAME start|stop|restart</source>
        <translation>HOST|local NAME start|stop|restart</translation>
    </message>
    <message>
        <source>Start, stop or restart a daemon the checks file names, then look again</source>
        <translation>Einen Daemon, den die Prüfungsdatei nennt, starten, stoppen oder neu starten, dann erneut nachsehen</translation>
    </message>
    <message>
        <source>give the log and when to rotate it: add log-rotate PATH|HOST:/path --max-size MB [--max-age-days N] [--keep N] [--format zst|gz]</source>
        <translation>Geben Sie das Log an und wann es rotiert wird: add log-rotate PFAD|HOST:/pfad --max-size MB [--max-age-days N] [--keep N] [--format zst|gz]</translation>
    </message>
    <message>
        <source>PATH|HOST:/path</source>
        <translation>PFAD|HOST:/pfad</translation>
    </message>
    <message>
        <source>Rotate a log (or a glob of logs; HOST:/path on a host) over --max-size MB or --max-age-days N, keeping --keep N rotations (plan; --yes queues it)</source>
        <translation>Ein Log (oder einen Glob von Logs; HOST:/pfad auf einem Host) über --max-size MB oder --max-age-days N rotieren und --keep N Rotationen behalten (Plan; --yes stellt ihn in die Warteschlange)</translation>
    </message>
</context>
<context>
    <name>qm::cli::Logs</name>
    <message>
        <source>The database: postgresql://user@host:port/db?… or sqlite:/path (default: logs.sqlite in the data folder).</source>
        <translation>Die Datenbank: postgresql://user@host:port/db?… oder sqlite:/path (Vorgabe: logs.sqlite im Datenordner).</translation>
    </message>
    <message>
        <source>Where the embedded logs.sqlite is kept (default %1).</source>
        <translation>Wo die eingebettete logs.sqlite gespeichert wird (Vorgabe %1).</translation>
    </message>
    <message>
        <source>Output format: text, json, jsonl or csv (export: jsonl by default).</source>
        <translation>Ausgabeformat: text, json, jsonl oder csv (export: Vorgabe jsonl).</translation>
    </message>
    <message>
        <source>Lines of the last DURATION: 30m, 1h, 48h, 7d.</source>
        <translation>Zeilen der letzten DURATION: 30m, 1h, 48h, 7d.</translation>
    </message>
    <message>
        <source>Lines at or after this ISO-8601 time (without a zone: UTC).</source>
        <translation>Zeilen zu oder nach dieser ISO-8601-Zeit (ohne Zone: UTC).</translation>
    </message>
    <message>
        <source>Lines before this ISO-8601 time.</source>
        <translation>Zeilen vor dieser ISO-8601-Zeit.</translation>
    </message>
    <message>
        <source>Lines of this level and above: DEBUG, INFO, WARNING, ERROR, CRITICAL.</source>
        <translation>Zeilen dieser Stufe und darüber: DEBUG, INFO, WARNING, ERROR, CRITICAL.</translation>
    </message>
    <message>
        <source>Lines of this source type.</source>
        <translation>Zeilen dieses Quelltyps.</translation>
    </message>
    <message>
        <source>Lines of this source.</source>
        <translation>Zeilen dieser Quelle.</translation>
    </message>
    <message>
        <source>Lines of this worker.</source>
        <translation>Zeilen dieses Workers.</translation>
    </message>
    <message>
        <source>Lines of this task (a UUID).</source>
        <translation>Zeilen dieser Aufgabe (eine UUID).</translation>
    </message>
    <message>
        <source>Lines of this cycle number.</source>
        <translation>Zeilen dieser Zyklusnummer.</translation>
    </message>
    <message>
        <source>Lines whose message holds TEXT (literally, case ignored).</source>
        <translation>Zeilen, deren Meldung TEXT enthält (wörtlich, Groß-/Kleinschreibung egal).</translation>
    </message>
    <message>
        <source>Lines whose metadata has KEY with VALUE.</source>
        <translation>Zeilen, deren Metadaten SCHLÜSSEL mit WERT enthalten.</translation>
    </message>
    <message>
        <source>query: the most lines shown, newest first (default 100).</source>
        <translation>query: höchstens so viele Zeilen, die neuesten zuerst (Vorgabe 100).</translation>
    </message>
    <message>
        <source>export: the file written.</source>
        <translation>export: die geschriebene Datei.</translation>
    </message>
    <message>
        <source>give --since or --from/--to, not both</source>
        <translation>--since oder --from/--to angeben, nicht beides</translation>
    </message>
    <message>
        <source>--since takes a duration such as 30m, 1h, 48h or 7d, not “%1”</source>
        <translation>--since erwartet eine Dauer wie 30m, 1h, 48h oder 7d, nicht „%1“</translation>
    </message>
    <message>
        <source>--%1 takes an ISO-8601 time such as 2026-12-06T20:00:00Z, not “%2”</source>
        <translation>--%1 erwartet eine ISO-8601-Zeit wie 2026-12-06T20:00:00Z, nicht „%2“</translation>
    </message>
    <message>
        <source>unknown level “%1”: use DEBUG, INFO, WARNING, ERROR or CRITICAL</source>
        <translation>unbekannte Stufe „%1“: DEBUG, INFO, WARNING, ERROR oder CRITICAL verwenden</translation>
    </message>
    <message>
        <source>--cycle takes a whole number, not “%1”</source>
        <translation>--cycle erwartet eine ganze Zahl, nicht „%1“</translation>
    </message>
    <message>
        <source>--metadata takes KEY=VALUE, not “%1”</source>
        <translation>--metadata erwartet SCHLÜSSEL=WERT, nicht „%1“</translation>
    </message>
    <message>
        <source>%1 does not exist; run &apos;qmctl logs init --db %2 --yes&apos; to create it</source>
        <translation>%1 existiert nicht; zum Anlegen &apos;qmctl logs init --db %2 --yes&apos; ausführen</translation>
    </message>
    <message>
        <source>%1; run &apos;qmctl logs init&apos; to create it</source>
        <translation>%1; zum Anlegen &apos;qmctl logs init&apos; ausführen</translation>
    </message>
    <message>
        <source>nothing was created: give --yes to run this SQL on %1</source>
        <translation>nichts wurde angelegt: geben Sie --yes an, um dieses SQL auf %1 auszuführen</translation>
    </message>
    <message>
        <source>system_logs is ready in %1</source>
        <translation>system_logs ist in %1 bereit</translation>
    </message>
    <message>
        <source>%1 lines exported</source>
        <translation>%1 Zeilen exportiert</translation>
    </message>
    <message>
        <source>%1 lines written to %2</source>
        <translation>%1 Zeilen nach %2 geschrieben</translation>
    </message>
    <message>
        <source>cannot read standard input: %1</source>
        <translation>die Standardeingabe kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>kann %1 nicht lesen: %2</translation>
    </message>
    <message>
        <source>%1 (%2 lines were added before)</source>
        <translation>%1 (%2 Zeilen wurden schon vorher hinzugefügt)</translation>
    </message>
    <message>
        <source>%1 lines added, %2 already there, %3 rejected</source>
        <translation>%1 Zeilen hinzugefügt, %2 bereits vorhanden, %3 verworfen</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>logs %1 writes %2, not “%3”</source>
        <translation>logs %1 schreibt %2, nicht „%3“</translation>
    </message>
    <message>
        <source>logs %1 takes no argument “%2”</source>
        <translation>logs %1 erwartet kein Argument „%2“</translation>
    </message>
    <message>
        <source>--limit takes a number ≥ 1, not “%1”</source>
        <translation>--limit erwartet eine Zahl ≥ 1, nicht „%1“</translation>
    </message>
    <message>
        <source>logs timeline takes --worker W or --task T</source>
        <translation>logs timeline erwartet --worker W oder --task T</translation>
    </message>
    <message>
        <source>logs export takes -o FILE</source>
        <translation>logs export erwartet -o DATEI</translation>
    </message>
    <message>
        <source>connection back</source>
        <translation>Verbindung wiederhergestellt</translation>
    </message>
    <message>
        <source>connection lost, retrying: %1</source>
        <translation>Verbindung verloren, neuer Versuch: %1</translation>
    </message>
    <message>
        <source>init: create the table (without it the SQL is printed); retention: delete the lines (without it the plan is printed).</source>
        <translation>init: die Tabelle anlegen (ohne wird das SQL ausgegeben); retention: die Zeilen löschen (ohne wird der Plan ausgegeben).</translation>
    </message>
    <message>
        <source>retention: the lines written more than HOURS hours ago.</source>
        <translation>retention: die Zeilen, die vor mehr als STUNDEN Stunden geschrieben wurden.</translation>
    </message>
    <message>
        <source>no lines</source>
        <translation>keine Zeilen</translation>
    </message>
    <message>
        <source>%1×  %2 … %3  %4</source>
        <translation>%1×  %2 … %3  %4</translation>
    </message>
    <message>
        <source>    from %1</source>
        <translation>    von %1</translation>
    </message>
    <message>
        <source>    e.g. %1</source>
        <translation>    z. B. %1</translation>
    </message>
    <message>
        <source>Lines per level:</source>
        <translation>Zeilen je Stufe:</translation>
    </message>
    <message>
        <source>Lines per source:</source>
        <translation>Zeilen je Quelle:</translation>
    </message>
    <message>
        <source>Lines per worker:</source>
        <translation>Zeilen je Worker:</translation>
    </message>
    <message>
        <source>Lines per hour:</source>
        <translation>Zeilen je Stunde:</translation>
    </message>
    <message>
        <source>Table on disk: %1</source>
        <translation>Tabelle auf der Platte: %1</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nicht bekannt</translation>
    </message>
    <message>
        <source>Oldest line: %1</source>
        <translation>Älteste Zeile: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Nothing was deleted: give --yes to delete these lines.</source>
        <translation>Nichts wurde gelöscht: geben Sie --yes an, um diese Zeilen zu löschen.</translation>
    </message>
    <message>
        <source>%1 of %2 lines deleted</source>
        <translation>%1 von %2 Zeilen gelöscht</translation>
    </message>
    <message>
        <source>%1 (%2 lines were deleted before)</source>
        <translation>%1 (%2 Zeilen wurden zuvor gelöscht)</translation>
    </message>
    <message>
        <source>%1 lines older than %2 deleted</source>
        <translation>%1 Zeilen älter als %2 gelöscht</translation>
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
        <translation>Die Tabelle system_logs der Flotte, in PostgreSQL oder einer SQLite-Datei (docs/logs.md).
  init [--yes]                    das SQL der Tabelle ausgeben; --yes legt sie an
  query [Filter] [--limit N]      die neuesten Zeilen zuerst
  timeline (--worker W | --task T)  die Zeilen eines Workers oder einer Aufgabe, älteste zuerst
  export [Filter] -o DATEI        als JSON Lines, JSON oder CSV, als Datenstrom
  ingest [DATEI|-]                JSON Lines hinzufügen (mit den Spaltennamen der Tabelle)
  tail [Filter]                   die neuesten Zeilen, dann neue, sobald sie eintreffen
  summary [Filter]                Fehlerzeilen nach Signatur der Meldung gruppiert
  stats [Filter]                  Zeilen je Stufe, Quelle, Worker und Stunde
  retention --older-than-hours N [--yes]  der Plan; --yes löscht die Zeilen
Filter: --since oder --from/--to, --level, --source-type, --source-id, --worker,
--task, --cycle, --search, --metadata.</translation>
    </message>
    <message>
        <source>init, query, timeline, export, ingest, tail, summary, stats or retention.</source>
        <translation>init, query, timeline, export, ingest, tail, summary, stats oder retention.</translation>
    </message>
    <message>
        <source>give an action: init, query, timeline, export, ingest, tail, summary, stats or retention</source>
        <translation>geben Sie eine Aktion an: init, query, timeline, export, ingest, tail, summary, stats oder retention</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;: use init, query, timeline, export, ingest, tail, summary, stats or retention</source>
        <translation>unbekannte Aktion &apos;%1&apos;: verwenden Sie init, query, timeline, export, ingest, tail, summary, stats oder retention</translation>
    </message>
    <message>
        <source>logs retention takes --older-than-hours HOURS (a number ≥ 0)</source>
        <translation>logs retention erwartet --older-than-hours STUNDEN (eine Zahl ≥ 0)</translation>
    </message>
</context>
<context>
    <name>qm::cli::Metrics</name>
    <message>
        <source>Write the Prometheus gauges of every storage location scanned so far (the last orphan scan of each) into DIR/%1, atomically, for node_exporter&apos;s textfile collector (--collector.textfile.directory).</source>
        <translation>Die Prometheus-Messwerte jedes bisher gescannten Speicherorts (jeweils des letzten Scans auf verwaiste Objekte) atomar nach VERZ/%1 schreiben, für den Textfile-Collector von node_exporter (--collector.textfile.directory).</translation>
    </message>
    <message>
        <source>The textfile collector&apos;s folder.</source>
        <translation>Der Ordner des Textfile-Collectors.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>give --textfile-dir DIR</source>
        <translation>Geben Sie --textfile-dir VERZ an</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the gauges of %n location(s) to %1</source>
        <translation>
            <numerusform>Messwerte von %n Speicherort nach %1 geschrieben</numerusform>
            <numerusform>Messwerte von %n Speicherorten nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: qmctl metrics write --textfile-dir DIR
`qmctl metrics write --help` tells more.</source>
        <translation>Aufruf: qmctl metrics write --textfile-dir VERZ
`qmctl metrics write --help` erklärt mehr.</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;: use write</source>
        <translation>unbekannte Aktion „%1“: Verwenden Sie write</translation>
    </message>
</context>
<context>
    <name>qm::cli::Orphans</name>
    <message>
        <source>healthy</source>
        <translation>gesund</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>List LOCATION (a local /path, or an rclone remote: rclone:REMOTE:bucket/prefix), read the keys a database query (or a file) references, and save the plan of the orphans: objects no reference points at, older than --min-age-days. Nothing is deleted. A reference source that fails or gives no key stops the scan (exit 3), and so does a share of orphans over --max-share. Exit 1 when the share of orphaned bytes is 10 % or more (warning, critical), else 0.</source>
        <translation>Listet ORT auf (einen lokalen /pfad oder ein rclone-Remote: rclone:REMOTE:bucket/präfix), liest die Schlüssel, auf die eine Datenbankabfrage (oder eine Datei) verweist, und speichert den Plan der verwaisten Objekte: Objekte, auf die kein Verweis zeigt und die älter als --min-age-days sind. Es wird nichts gelöscht. Eine Referenzquelle, die fehlschlägt oder keinen Schlüssel liefert, bricht den Scan ab (Exit-Code 3), ebenso ein Anteil verwaister Objekte über --max-share. Exit-Code 1, wenn der Anteil verwaister Bytes 10 % oder mehr beträgt (Warnung, kritisch), sonst 0.</translation>
    </message>
    <message>
        <source>The database the query runs on: postgresql://user@host:port/db?… or sqlite:/path.</source>
        <translation>Die Datenbank, auf der die Abfrage läuft: postgresql://benutzer@host:port/db?… oder sqlite:/pfad.</translation>
    </message>
    <message>
        <source>A query returning one referenced key a row, in its first column (run read-only).</source>
        <translation>Eine Abfrage, die je Zeile einen referenzierten Schlüssel in ihrer ersten Spalte liefert (nur lesend ausgeführt).</translation>
    </message>
    <message>
        <source>A file of referenced keys: one a line, or a CSV file with --ref-column.</source>
        <translation>Eine Datei referenzierter Schlüssel: einer je Zeile, oder eine CSV-Datei mit --ref-column.</translation>
    </message>
    <message>
        <source>The header of the column of --ref-file (a CSV file) that holds the keys.</source>
        <translation>Die Überschrift der Spalte von --ref-file (einer CSV-Datei), die die Schlüssel enthält.</translation>
    </message>
    <message>
        <source>Objects modified fewer days ago are never orphans (default 7).</source>
        <translation>Objekte, die vor weniger Tagen geändert wurden, gelten nie als verwaist (Standard 7).</translation>
    </message>
    <message>
        <source>Taken off the front of every referenced value that starts with it.</source>
        <translation>Wird vorn von jedem referenzierten Wert entfernt, der damit beginnt.</translation>
    </message>
    <message>
        <source>Put in front of every referenced value (after --strip-prefix).</source>
        <translation>Wird jedem referenzierten Wert vorangestellt (nach --strip-prefix).</translation>
    </message>
    <message>
        <source>Refuse a plan when more than PCT % of the objects or bytes would be orphans (default 50).</source>
        <translation>Keinen Plan erstellen, wenn mehr als PCT % der Objekte oder Bytes verwaist wären (Standard 50).</translation>
    </message>
    <message>
        <source>Seconds the query may run on PostgreSQL (default 300).</source>
        <translation>Sekunden, die die Abfrage auf PostgreSQL laufen darf (Standard 300).</translation>
    </message>
    <message>
        <source>Where to save the plan (a new .csv file; default: the orphans folder in the data folder).</source>
        <translation>Wohin der Plan gespeichert wird (eine neue .csv-Datei; Standard: der Ordner orphans im Datenordner).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>give the references: --ref-db URI --ref-sql SQL, or --ref-file FILE</source>
        <translation>Geben Sie die Verweise an: --ref-db URI --ref-sql SQL oder --ref-file DATEI</translation>
    </message>
    <message>
        <source>give both --ref-db URI and --ref-sql SQL</source>
        <translation>Geben Sie sowohl --ref-db URI als auch --ref-sql SQL an</translation>
    </message>
    <message>
        <source>bad --min-age-days &apos;%1&apos;: give a number of days from 0 to 36500</source>
        <translation>ungültiges --min-age-days „%1“: Geben Sie eine Anzahl Tage von 0 bis 36500 an</translation>
    </message>
    <message>
        <source>bad --max-share &apos;%1&apos;: give a percentage above 0, at most 100</source>
        <translation>ungültiges --max-share „%1“: Geben Sie einen Prozentsatz über 0 und höchstens 100 an</translation>
    </message>
    <message>
        <source>bad --ref-timeout &apos;%1&apos;: give seconds from 1 to 86400</source>
        <translation>ungültiges --ref-timeout „%1“: Geben Sie Sekunden von 1 bis 86400 an</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation>Ort: %1</translation>
    </message>
    <message numerus="yes">
        <source>Listed: %n object(s), %1</source>
        <translation>
            <numerusform>Aufgelistet: %n Objekt, %1</numerusform>
            <numerusform>Aufgelistet: %n Objekte, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Referenced: %n key(s) (%1)</source>
        <translation>
            <numerusform>Referenziert: %n Schlüssel (%1)</numerusform>
            <numerusform>Referenziert: %n Schlüssel (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Orphans: %n object(s), %1 — %2 of the bytes: %3</source>
        <translation>
            <numerusform>Verwaist: %n Objekt, %1 – %2 der Bytes: %3</numerusform>
            <numerusform>Verwaist: %n Objekte, %1 – %2 der Bytes: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Missing: %n referenced key(s) not in the location, e.g. %1</source>
        <translation>
            <numerusform>Fehlend: %n referenzierter Schlüssel ist nicht am Ort, z. B. %1</numerusform>
            <numerusform>Fehlend: %n referenzierte Schlüssel sind nicht am Ort, z. B. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan saved to %1 (nothing was deleted).</source>
        <translation>Plan in %1 gespeichert (nichts wurde gelöscht).</translation>
    </message>
    <message>
        <source>No orphans: no plan saved.</source>
        <translation>Keine verwaisten Objekte: kein Plan gespeichert.</translation>
    </message>
    <message>
        <source>%1 of the objects or bytes would be orphans, over the limit of %2: no plan saved. Check the query, the prefixes and the location; if it is right, give --max-share %3.</source>
        <translation>%1 der Objekte oder Bytes wären verwaist, über der Grenze von %2: kein Plan gespeichert. Prüfen Sie Abfrage, Präfixe und Ort; wenn es stimmt, geben Sie --max-share %3 an.</translation>
    </message>
    <message numerus="yes">
        <source>Kept, modified in the last %n day(s): %1</source>
        <translation>
            <numerusform>Behalten, geändert innerhalb von %n Tag: %1</numerusform>
            <numerusform>Behalten, geändert innerhalb von %n Tagen: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s), %1</source>
        <translation>
            <numerusform>%n Objekt, %1</numerusform>
            <numerusform>%n Objekte, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not objects: %n symbolic link(s), never followed</source>
        <translation>
            <numerusform>Keine Objekte: %n symbolische Verknüpfung, nie verfolgt</numerusform>
            <numerusform>Keine Objekte: %n symbolische Verknüpfungen, nie verfolgt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not objects: %n other entry(s) (sockets, devices, other filesystems)</source>
        <translation>
            <numerusform>Keine Objekte: %n anderer Eintrag (Sockets, Geräte, andere Dateisysteme)</numerusform>
            <numerusform>Keine Objekte: %n andere Einträge (Sockets, Geräte, andere Dateisysteme)</numerusform>
        </translation>
    </message>
    <message>
        <source>the scan&apos;s figures were not kept in the history: %1</source>
        <translation>Die Zahlen des Scans wurden nicht im Verlauf gespeichert: %1</translation>
    </message>
    <message>
        <source>bad --%1 &apos;%2&apos;: give a whole number from %3 up</source>
        <translation>ungültiges --%1 „%2“: Geben Sie eine ganze Zahl ab %3 an</translation>
    </message>
    <message>
        <source>Move the orphans of PLAN.csv (saved by `qmctl orphans scan`) into the quarantine folder of their location, in batches. Before each batch the reference source is asked again: a key referenced since the plan is kept, and so is an object whose size or time changed; a source that fails stops the run. Every key is written to the audit log beside the plan, which is also where a stopped run resumes: running a finished plan again changes nothing. Without --yes, every check is made and nothing is moved. Exit 0 when done, 1 when some keys could not be moved, 3 when the run was stopped.</source>
        <translation>Verschiebt die verwaisten Objekte aus PLAN.csv (gespeichert von `qmctl orphans scan`) stapelweise in den Quarantäneordner ihres Speicherorts. Vor jedem Stapel wird die Referenzquelle erneut befragt: Ein seit dem Plan referenzierter Schlüssel wird behalten, ebenso ein Objekt, dessen Größe oder Zeit sich geändert hat; eine fehlschlagende Quelle hält den Lauf an. Jeder Schlüssel wird in das Prüfprotokoll neben dem Plan geschrieben, an dem ein angehaltener Lauf auch wieder ansetzt: Ein abgeschlossener Plan ändert bei erneutem Ausführen nichts. Ohne --yes wird jede Prüfung durchgeführt und nichts verschoben. Exit-Code 0, wenn fertig, 1, wenn einige Schlüssel nicht verschoben werden konnten, 3, wenn der Lauf angehalten wurde.</translation>
    </message>
    <message>
        <source>The plan to carry out.</source>
        <translation>Der auszuführende Plan.</translation>
    </message>
    <message>
        <source>Keys checked and moved together (default 1000).</source>
        <translation>Schlüssel, die zusammen geprüft und verschoben werden (Standard 1000).</translation>
    </message>
    <message>
        <source>The most keys this run deals with.</source>
        <translation>Höchstzahl der Schlüssel, die dieser Lauf bearbeitet.</translation>
    </message>
    <message>
        <source>The most planned bytes this run deals with (e.g. 500G, 2TB).</source>
        <translation>Höchstmenge geplanter Bytes, die dieser Lauf bearbeitet (z. B. 500G, 2TB).</translation>
    </message>
    <message>
        <source>Move them (else a dry run).</source>
        <translation>Die Objekte verschieben (sonst ein Probelauf).</translation>
    </message>
    <message>
        <source>The plan&apos;s database again, with what it needs to log in (a password is never saved in a plan); it must name the same database.</source>
        <translation>Erneut die Datenbank des Plans, mit dem, was zur Anmeldung nötig ist (ein Passwort wird nie in einem Plan gespeichert); sie muss dieselbe Datenbank nennen.</translation>
    </message>
    <message>
        <source>give PLAN.csv, a plan saved by `qmctl orphans scan`</source>
        <translation>Geben Sie PLAN.csv an, einen von `qmctl orphans scan` gespeicherten Plan</translation>
    </message>
    <message>
        <source>bad --max-bytes &apos;%1&apos;: give bytes, or a size such as 500G or 2TB</source>
        <translation>ungültiges --max-bytes „%1“: Geben Sie Bytes oder eine Größe wie 500G oder 2TB an</translation>
    </message>
    <message>
        <source>--ref-db names %1, but the plan&apos;s references come from %2</source>
        <translation>--ref-db nennt %1, aber die Verweise des Plans stammen aus %2</translation>
    </message>
    <message numerus="yes">
        <source>Plan: %1 — %n key(s), %2, of %3</source>
        <translation>
            <numerusform>Plan: %1 – %n Schlüssel, %2, von %3</numerusform>
            <numerusform>Plan: %1 – %n Schlüssel, %2, von %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dealt with by earlier runs: %n key(s)</source>
        <translation>
            <numerusform>Von früheren Läufen erledigt: %n Schlüssel</numerusform>
            <numerusform>Von früheren Läufen erledigt: %n Schlüssel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved into the quarantine: %n object(s), %1</source>
        <translation>
            <numerusform>In die Quarantäne verschoben: %n Objekt, %1</numerusform>
            <numerusform>In die Quarantäne verschoben: %n Objekte, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would move into the quarantine: %n object(s), %1</source>
        <translation>
            <numerusform>Würde in die Quarantäne verschieben: %n Objekt, %1</numerusform>
            <numerusform>Würde in die Quarantäne verschieben: %n Objekte, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Freed now: %1; held in the quarantine (%2): %3</source>
        <translation>Jetzt freigegeben: %1; in der Quarantäne (%2) gehalten: %3</translation>
    </message>
    <message numerus="yes">
        <source>Kept, referenced again since the plan: %n key(s)</source>
        <translation>
            <numerusform>Behalten, seit dem Plan wieder referenziert: %n Schlüssel</numerusform>
            <numerusform>Behalten, seit dem Plan wieder referenziert: %n Schlüssel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept, changed since the plan: %n object(s)</source>
        <translation>
            <numerusform>Behalten, seit dem Plan geändert: %n Objekt</numerusform>
            <numerusform>Behalten, seit dem Plan geändert: %n Objekte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already gone: %n object(s)</source>
        <translation>
            <numerusform>Bereits verschwunden: %n Objekt</numerusform>
            <numerusform>Bereits verschwunden: %n Objekte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not be moved: %n object(s) (a later run tries them again)</source>
        <translation>
            <numerusform>Nicht verschiebbar: %n Objekt (ein späterer Lauf versucht es erneut)</numerusform>
            <numerusform>Nicht verschiebbar: %n Objekte (ein späterer Lauf versucht sie erneut)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left for a later run: %n key(s)%1</source>
        <translation>
            <numerusform>Für einen späteren Lauf übrig: %n Schlüssel%1</numerusform>
            <numerusform>Für einen späteren Lauf übrig: %n Schlüssel%1</numerusform>
        </translation>
    </message>
    <message>
        <source> (the run&apos;s cap)</source>
        <translation> (Obergrenze des Laufs)</translation>
    </message>
    <message>
        <source>Audit log: %1</source>
        <translation>Prüfprotokoll: %1</translation>
    </message>
    <message>
        <source>Nothing was moved: give --yes to move them.</source>
        <translation>Nichts wurde verschoben: Geben Sie --yes an, um die Objekte zu verschieben.</translation>
    </message>
    <message>
        <source>The plan is done; running it again changes nothing.</source>
        <translation>Der Plan ist abgeschlossen; ein erneuter Lauf ändert nichts.</translation>
    </message>
    <message>
        <source>List the quarantine of LOCATION: the run folders `qmctl orphans clean` moved objects into, with their objects and bytes. With --empty, delete for good the run folders older than --older-than-days (default 7); without --yes that is only shown. Every object deleted goes to the quarantine audit log in the data folder.</source>
        <translation>Listet die Quarantäne von ORT auf: die Laufordner, in die `qmctl orphans clean` Objekte verschoben hat, mit ihren Objekten und Bytes. Mit --empty werden die Laufordner, die älter als --older-than-days sind (Standard 7), endgültig gelöscht; ohne --yes wird das nur angezeigt. Jedes gelöschte Objekt wird im Quarantäne-Prüfprotokoll im Datenordner vermerkt.</translation>
    </message>
    <message>
        <source>With --empty: only run folders that began more than N days ago (default 7; 0: all).</source>
        <translation>Mit --empty: nur Laufordner, die vor mehr als N Tagen begonnen haben (Standard 7; 0: alle).</translation>
    </message>
    <message>
        <source>Delete those run folders for good.</source>
        <translation>Diese Laufordner endgültig löschen.</translation>
    </message>
    <message>
        <source>With --empty: do it (else it is only shown).</source>
        <translation>Mit --empty: es ausführen (sonst wird es nur angezeigt).</translation>
    </message>
    <message>
        <source>--yes goes with --empty</source>
        <translation>--yes gehört zu --empty</translation>
    </message>
    <message>
        <source>Began</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Run folder</source>
        <translation>Laufordner</translation>
    </message>
    <message>
        <source>The quarantine of %1 is empty.</source>
        <translation>Die Quarantäne von %1 ist leer.</translation>
    </message>
    <message numerus="yes">
        <source>Held in the quarantine: %n object(s), %1</source>
        <translation>
            <numerusform>In der Quarantäne gehalten: %n Objekt, %1</numerusform>
            <numerusform>In der Quarantäne gehalten: %n Objekte, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No run folder is older than %n day(s): nothing to empty.</source>
        <translation>
            <numerusform>Kein Laufordner ist älter als %n Tag: nichts zu leeren.</numerusform>
            <numerusform>Kein Laufordner ist älter als %n Tage: nichts zu leeren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would delete for good the run folders marked *: %n object(s), %1. Give --yes to do it.</source>
        <translation>
            <numerusform>Würde die mit * markierten Laufordner endgültig löschen: %n Objekt, %1. Geben Sie --yes an, um es auszuführen.</numerusform>
            <numerusform>Würde die mit * markierten Laufordner endgültig löschen: %n Objekte, %1. Geben Sie --yes an, um es auszuführen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted for good: %n object(s); freed %1. Audit log: %2</source>
        <translation>
            <numerusform>Endgültig gelöscht: %n Objekt; %1 freigegeben. Prüfprotokoll: %2</numerusform>
            <numerusform>Endgültig gelöscht: %n Objekte; %1 freigegeben. Prüfprotokoll: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: qmctl orphans scan LOCATION (--ref-db URI --ref-sql SQL | --ref-file FILE) [options]
       qmctl orphans clean PLAN.csv [--batch-size N] [--max-objects N] [--max-bytes B] [--yes]
       qmctl orphans quarantine LOCATION [--older-than-days N] [--empty --yes]
`qmctl orphans ACTION --help` tells more.</source>
        <translation>Aufruf: qmctl orphans scan ORT (--ref-db URI --ref-sql SQL | --ref-file DATEI) [Optionen]
        qmctl orphans clean PLAN.csv [--batch-size N] [--max-objects N] [--max-bytes B] [--yes]
        qmctl orphans quarantine ORT [--older-than-days N] [--empty --yes]
`qmctl orphans AKTION --help` erklärt mehr.</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;: use scan, clean or quarantine</source>
        <translation>unbekannte Aktion „%1“: Verwenden Sie scan, clean oder quarantine</translation>
    </message>
    <message>
        <source>/path, HOST:/path or rclone:REMOTE:bucket/prefix</source>
        <translation>/pfad, RECHNER:/pfad oder rclone:REMOTE:bucket/präfix</translation>
    </message>
    <message>
        <source>After the scan, write the gauges of every location to DIR/%1 (node_exporter&apos;s textfile collector), as `qmctl metrics write` does.</source>
        <translation>Nach dem Scan die Messwerte jedes Speicherorts nach VERZ/%1 schreiben (Textfile-Collector von node_exporter), wie `qmctl metrics write`.</translation>
    </message>
    <message>
        <source>the gauges were not written: %1</source>
        <translation>die Messwerte wurden nicht geschrieben: %1</translation>
    </message>
</context>
<context>
    <name>qm::cli::Output</name>
    <message>
        <source>unknown format &apos;%1&apos;: use text or json</source>
        <translation>unbekanntes Format &apos;%1&apos;: text oder json verwenden</translation>
    </message>
</context>
<context>
    <name>qm::cli::Ply</name>
    <message>
        <source>min %1, mean %2, max %3</source>
        <translation>min. %1, Mittel %2, max. %3</translation>
    </message>
    <message>
        <source>Show a PLY file: its format, elements and properties, whether it is a Gaussian splat, its bounding box, and how opaque and how large its splats are. A file that cannot be read is reported with the byte where it goes wrong (exit 2).</source>
        <translation>Eine PLY-Datei zeigen: Format, Elemente und Eigenschaften, ob sie ein Gaussian Splat ist, ihren Begrenzungsquader und wie deckend und wie groß ihre Splats sind. Eine unlesbare Datei wird mit dem Byte gemeldet, an dem sie fehlerhaft wird (Exit 2).</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>Ausgabeformat: text (Vorgabe) oder json.</translation>
    </message>
    <message>
        <source>The PLY file.</source>
        <translation>Die PLY-Datei.</translation>
    </message>
    <message>
        <source>give one PLY file</source>
        <translation>eine PLY-Datei angeben</translation>
    </message>
    <message>
        <source>%1: byte %2: %3</source>
        <translation>%1: Byte %2: %3</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4</source>
        <translation>%1: %2, %3, %4</translation>
    </message>
    <message>
        <source>a Gaussian splat</source>
        <translation>ein Gaussian Splat</translation>
    </message>
    <message>
        <source>not a Gaussian splat</source>
        <translation>kein Gaussian Splat</translation>
    </message>
    <message>
        <source>element %1: %2 × (%3)</source>
        <translation>Element %1: %2 × (%3)</translation>
    </message>
    <message>
        <source>bounding box: (%1, %2, %3) to (%4, %5, %6)</source>
        <translation>Begrenzungsquader: (%1, %2, %3) bis (%4, %5, %6)</translation>
    </message>
    <message numerus="yes">
        <source>%n vertices with a NaN or infinite coordinate</source>
        <translation>
            <numerusform>%n Punkt mit einer NaN- oder unendlichen Koordinate</numerusform>
            <numerusform>%n Punkte mit einer NaN- oder unendlichen Koordinate</numerusform>
        </translation>
    </message>
    <message>
        <source>opacity (alpha 0–1): %1  [0 %2 1]</source>
        <translation>Deckkraft (Alpha 0–1): %1  [0 %2 1]</translation>
    </message>
    <message>
        <source>scale (linear): %1  [%2 %3 %4]</source>
        <translation>Größe (linear): %1  [%2 %3 %4]</translation>
    </message>
    <message>
        <source>Usage: qmctl ply info FILE [--format json]</source>
        <translation>Aufruf: qmctl ply info DATEI [--format json]</translation>
    </message>
    <message>
        <source>Read PLY files (Gaussian-splat samples and point clouds).</source>
        <translation>PLY-Dateien lesen (Gaussian-Splat-Proben und Punktwolken).</translation>
    </message>
    <message>
        <source>  info   the format, elements, bounding box, opacity and scale</source>
        <translation>  info   Format, Elemente, Begrenzungsquader, Deckkraft und Größe</translation>
    </message>
    <message>
        <source>Image size in pixels (default 800x600).</source>
        <translation>Bildgröße in Pixeln (Vorgabe 800x600).</translation>
    </message>
    <message>
        <source>Degrees to turn about the vertical axis (default 30).</source>
        <translation>Drehung um die senkrechte Achse in Grad (Vorgabe 30).</translation>
    </message>
    <message>
        <source>Degrees to look down from above (default 20).</source>
        <translation>Blick von oben herab in Grad (Vorgabe 20).</translation>
    </message>
    <message>
        <source>give one PLY file and -o OUT.png</source>
        <translation>eine PLY-Datei und -o AUSGABE.png angeben</translation>
    </message>
    <message>
        <source>bad --size &apos;%1&apos;: give WIDTHxHEIGHT, each 1 to 8192</source>
        <translation>ungültiges --size &apos;%1&apos;: BREITExHÖHE angeben, je 1 bis 8192</translation>
    </message>
    <message>
        <source>--yaw and --pitch take degrees</source>
        <translation>--yaw und --pitch erwarten Grad</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <source>       qmctl ply render FILE -o OUT.png [--size WxH] [--yaw DEG] [--pitch DEG]</source>
        <translation>       qmctl ply render DATEI -o AUSGABE.png [--size BxH] [--yaw GRAD] [--pitch GRAD]</translation>
    </message>
    <message>
        <source>unknown ply action &apos;%1&apos; (try: info, render)</source>
        <translation>unbekannte ply-Aktion &apos;%1&apos; (versuchen Sie: info, render)</translation>
    </message>
    <message>
        <source>Draw a PLY file into a PNG image: each splat a point sized by its scale, in its colour and opacity, the camera framing the whole cloud.</source>
        <translation>Eine PLY-Datei als PNG-Bild zeichnen: jeder Splat ein Punkt in der Größe seines Maßstabs, in seiner Farbe und Deckkraft, die Kamera rahmt die ganze Wolke.</translation>
    </message>
    <message>
        <source>  render a picture of the cloud</source>
        <translation>  render ein Bild der Wolke</translation>
    </message>
    <message>
        <source>The PNG file to write (a regular file, or a new one).</source>
        <translation>Die zu schreibende PNG-Datei (eine reguläre Datei oder eine neue).</translation>
    </message>
    <message>
        <source>Options of info:</source>
        <translation>Optionen von info:</translation>
    </message>
    <message>
        <source>Options of render:</source>
        <translation>Optionen von render:</translation>
    </message>
</context>
<context>
    <name>qm::cli::Probe</name>
    <message>
        <source>HOST</source>
        <translation>RECHNER</translation>
    </message>
    <message>
        <source>TRANSPORT</source>
        <translation>TRANSPORT</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>USED</source>
        <translation>BELEGT</translation>
    </message>
    <message>
        <source>FREE</source>
        <translation>FREI</translation>
    </message>
    <message>
        <source>DAEMONS</source>
        <translation>DIENSTE</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>command: %1</source>
        <translation>Befehl: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>process %1: cannot tell (%2)</source>
        <translation>Prozess %1: nicht feststellbar (%2)</translation>
    </message>
    <message>
        <source>process %1: running</source>
        <translation>Prozess %1: läuft</translation>
    </message>
    <message>
        <source>process %1: NOT running</source>
        <translation>Prozess %1: läuft NICHT</translation>
    </message>
    <message>
        <source>external storage %1: %2</source>
        <translation>externer Speicher %1: %2</translation>
    </message>
    <message>
        <source>Probe hosts now: this machine and every host of the config (or the HOSTs named), over SSH or node_exporter. Prints volumes, data categories, expected processes and external storage. Exit status 3 when a host&apos;s status is not ok.</source>
        <translation>Rechner jetzt abfragen: diesen Rechner und jeden Rechner der Konfiguration (oder die genannten HOSTs), über SSH oder node_exporter. Gibt Laufwerke, Datenkategorien, erwartete Prozesse und externe Speicher aus. Exit-Status 3, wenn der Status eines Rechners nicht ok ist.</translation>
    </message>
    <message>
        <source>Hosts to probe (default: all).</source>
        <translation>Abzufragende Rechner (Vorgabe: alle).</translation>
    </message>
    <message>
        <source>The fleet config (distributed_hosts.yaml).</source>
        <translation>Die Flottenkonfiguration (distributed_hosts.yaml).</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>Ausgabeformat: text (Vorgabe) oder json.</translation>
    </message>
    <message>
        <source>A data root of this machine to scan (repeatable).</source>
        <translation>Ein zu durchsuchendes Datenverzeichnis dieses Rechners (mehrfach angebbar).</translation>
    </message>
    <message>
        <source>cannot load %1</source>
        <translation>%1 kann nicht geladen werden</translation>
    </message>
    <message>
        <source>no host &apos;%1&apos; (hosts: %2)</source>
        <translation>kein Rechner &apos;%1&apos; (Rechner: %2)</translation>
    </message>
    <message>
        <source>An ssh config file instead of ~/.ssh/config.</source>
        <translation>Eine ssh-Konfigurationsdatei anstelle von ~/.ssh/config.</translation>
    </message>
    <message>
        <source>A known_hosts file instead of ~/.ssh/known_hosts.</source>
        <translation>Eine known_hosts-Datei anstelle von ~/.ssh/known_hosts.</translation>
    </message>
    <message>
        <source>Seconds to wait for a host to answer (default 10).</source>
        <translation>Sekunden, die auf die Antwort eines Rechners gewartet wird (Vorgabe 10).</translation>
    </message>
    <message>
        <source>Hosts probed at once (default 4).</source>
        <translation>Gleichzeitig abgefragte Rechner (Vorgabe 4).</translation>
    </message>
    <message>
        <source>Where the probe history is kept (default %1).</source>
        <translation>Wo der Abfrageverlauf gespeichert wird (Vorgabe %1).</translation>
    </message>
    <message>
        <source>bad --timeout &apos;%1&apos;: give seconds between 1 and 3600</source>
        <translation>ungültiges --timeout &apos;%1&apos;: Sekunden zwischen 1 und 3600 angeben</translation>
    </message>
    <message>
        <source>bad --parallel &apos;%1&apos;: give 1 to 64</source>
        <translation>ungültiges --parallel &apos;%1&apos;: 1 bis 64 angeben</translation>
    </message>
    <message>
        <source>the probes are not recorded: %1</source>
        <translation>die Abfragen werden nicht aufgezeichnet: %1</translation>
    </message>
    <message>
        <source>Read HOST&apos;s volumes from the node_exporter at URL, over the config&apos;s node_exporter_url (repeatable).</source>
        <translation>Die Laufwerke von HOST vom node_exporter unter URL lesen, vor der node_exporter_url der Konfiguration (wiederholbar).</translation>
    </message>
    <message>
        <source>bad --node-exporter &apos;%1&apos;: give HOST=URL</source>
        <translation>ungültiges --node-exporter &apos;%1&apos;: HOST=URL angeben</translation>
    </message>
    <message>
        <source>bad --node-exporter for %1: %2</source>
        <translation>ungültiges --node-exporter für %1: %2</translation>
    </message>
    <message>
        <source>--node-exporter: %1 is not a remote host probed here</source>
        <translation>--node-exporter: %1 ist kein entfernter Rechner, der hier abgefragt wird</translation>
    </message>
    <message>
        <source>%1 (partly: volumes from node_exporter)</source>
        <translation>%1 (teilweise: Laufwerke von node_exporter)</translation>
    </message>
</context>
<context>
    <name>qm::cli::Qmctl</name>
    <message>
        <source>List the volumes of this machine with their usage</source>
        <translation>Die Laufwerke dieses Rechners mit ihrer Belegung auflisten</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &apos;qmctl COMMAND --help&apos; for the options of a command.</source>
        <translation>&apos;qmctl BEFEHL --help&apos; zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Exit-Codes:</translation>
    </message>
    <message>
        <source>  0  success, or nothing found</source>
        <translation>  0  Erfolg oder nichts gefunden</translation>
    </message>
    <message>
        <source>  1  problems found (check errors, failed jobs)</source>
        <translation>  1  Probleme gefunden (Prüffehler, fehlgeschlagene Aufträge)</translation>
    </message>
    <message>
        <source>  2  bad input or usage (unknown option, unreadable or unparseable file)</source>
        <translation>  2  falsche Eingabe oder Verwendung (unbekannte Option, unlesbare oder nicht auswertbare Datei)</translation>
    </message>
    <message>
        <source>  3  could not complete (a host or volume not answering, the job runner busy)</source>
        <translation>  3  nicht abgeschlossen (ein Rechner oder Laufwerk antwortet nicht, die Auftragsausführung ist belegt)</translation>
    </message>
    <message>
        <source>Quartermaster on the command line: the same core as the desktop app.</source>
        <translation>Quartermaster auf der Kommandozeile: derselbe Kern wie die Desktop-Anwendung.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the versions of qmctl and its libraries.</source>
        <translation>Die Versionen von qmctl und seinen Bibliotheken anzeigen.</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>Der auszuführende Befehl.</translation>
    </message>
    <message>
        <source>no command given; run &apos;qmctl --help&apos; for the list</source>
        <translation>kein Befehl angegeben; &apos;qmctl --help&apos; zeigt die Liste</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; run &apos;qmctl --help&apos; for the list</source>
        <translation>unbekannter Befehl &apos;%1&apos;; &apos;qmctl --help&apos; zeigt die Liste</translation>
    </message>
    <message>
        <source>Check fleet configs for contradictions, like a compiler</source>
        <translation>Flottenkonfigurationen wie ein Compiler auf Widersprüche prüfen</translation>
    </message>
    <message>
        <source>Probe hosts now: volumes, data, processes, external storage</source>
        <translation>Rechner jetzt abfragen: Laufwerke, Daten, Prozesse, externer Speicher</translation>
    </message>
    <message>
        <source>check FILE...</source>
        <translation>check DATEI...</translation>
    </message>
    <message>
        <source>config dump FILE</source>
        <translation>config dump DATEI</translation>
    </message>
    <message>
        <source>A config&apos;s values as JSON, as the fleet&apos;s daemons read them</source>
        <translation>Die Werte einer Konfiguration als JSON, so wie die Dienste der Flotte sie lesen</translation>
    </message>
    <message>
        <source>history import FILE.csv...</source>
        <translation>history import DATEI.csv...</translation>
    </message>
    <message>
        <source>Add CSV samples to the probe history</source>
        <translation>CSV-Messwerte zum Abfrageverlauf hinzufügen</translation>
    </message>
    <message>
        <source>history forecast HOST [MOUNT]</source>
        <translation>history forecast RECHNER [MOUNT]</translation>
    </message>
    <message>
        <source>Growth and time to full of a volume</source>
        <translation>Wachstum eines Laufwerks und Zeit, bis es voll ist</translation>
    </message>
    <message>
        <source>The probe history as CSV (import&apos;s columns) or JSON</source>
        <translation>Der Abfrageverlauf als CSV (Spalten von import) oder JSON</translation>
    </message>
    <message>
        <source>jobs schedule add WHEN KIND ...</source>
        <translation>jobs schedule add WANN ART ...</translation>
    </message>
    <message>
        <source>Repeat a job: --every or --daily-at, then what add takes</source>
        <translation>Einen Auftrag wiederholen: --every oder --daily-at, dann was add annimmt</translation>
    </message>
    <message>
        <source>The schedules</source>
        <translation>Die Zeitpläne</translation>
    </message>
    <message>
        <source>jobs schedule remove|enable|disable ID</source>
        <translation>jobs schedule remove|enable|disable ID</translation>
    </message>
    <message>
        <source>Remove, enable or disable a schedule</source>
        <translation>Einen Zeitplan entfernen, aktivieren oder deaktivieren</translation>
    </message>
    <message>
        <source>The jobs, newest first</source>
        <translation>Die Aufträge, die neuesten zuerst</translation>
    </message>
    <message>
        <source>jobs show ID</source>
        <translation>jobs show ID</translation>
    </message>
    <message>
        <source>One job with its plan, commands and log</source>
        <translation>Ein Auftrag mit Plan, Befehlen und Protokoll</translation>
    </message>
    <message>
        <source>jobs cancel ID</source>
        <translation>jobs cancel ID</translation>
    </message>
    <message>
        <source>Cancel a queued job or stop a running one</source>
        <translation>Einen eingereihten Auftrag abbrechen oder einen laufenden anhalten</translation>
    </message>
    <message>
        <source>jobs retry ID</source>
        <translation>jobs retry ID</translation>
    </message>
    <message>
        <source>Queue a finished job again</source>
        <translation>Einen beendeten Auftrag erneut einreihen</translation>
    </message>
    <message>
        <source>Run the queue in the foreground (--once: what is due, then exit)</source>
        <translation>Die Warteschlange im Vordergrund abarbeiten (--once: was fällig ist, dann beenden)</translation>
    </message>
    <message>
        <source>ply info FILE</source>
        <translation>ply info DATEI</translation>
    </message>
    <message>
        <source>A PLY file&apos;s format, bounding box, opacity and scale</source>
        <translation>Format, Begrenzungsquader, Deckkraft und Größe einer PLY-Datei</translation>
    </message>
    <message>
        <source>ply render FILE -o OUT.png</source>
        <translation>ply render DATEI -o AUSGABE.png</translation>
    </message>
    <message>
        <source>Draw a PLY file into a PNG image</source>
        <translation>Eine PLY-Datei als PNG-Bild zeichnen</translation>
    </message>
    <message>
        <source>probe [HOST...]</source>
        <translation>probe [RECHNER...]</translation>
    </message>
    <message>
        <source>replication --config FILE</source>
        <translation>replication --config DATEI</translation>
    </message>
    <message>
        <source>Each host&apos;s receivers; --measure: its files with too few copies</source>
        <translation>Die Empfänger jedes Rechners; --measure: seine Dateien mit zu wenigen Kopien</translation>
    </message>
    <message>
        <source>samples list --miner-dir DIR</source>
        <translation>samples list --miner-dir VERZ</translation>
    </message>
    <message>
        <source>A miner&apos;s samples beside their log entries</source>
        <translation>Die Samples eines Miners neben ihren Protokolleinträgen</translation>
    </message>
    <message>
        <source>samples clean --miner-dir DIR</source>
        <translation>samples clean --miner-dir VERZ</translation>
    </message>
    <message>
        <source>Plan removing old rejected samples by a rule (--yes queues it)</source>
        <translation>Das Entfernen alter verworfener Samples nach einer Regel planen (--yes reiht es ein)</translation>
    </message>
    <message>
        <source>config set FILE HOST.KEY VALUE</source>
        <translation>config set DATEI RECHNER.SCHLÜSSEL WERT</translation>
    </message>
    <message>
        <source>Set a host&apos;s key, nothing else in the file (diff; --yes writes)</source>
        <translation>Setzt einen Schlüssel eines Rechners, sonst nichts in der Datei (Unterschied; --yes schreibt)</translation>
    </message>
    <message>
        <source>config history FILE</source>
        <translation>config history DATEI</translation>
    </message>
    <message>
        <source>Every version of a config: what it changed, problems added and fixed</source>
        <translation>Jede Version einer Konfiguration: was sie geändert hat, hinzugefügte und behobene Probleme</translation>
    </message>
    <message>
        <source>config diff FILE VERSION [VERSION]</source>
        <translation>config diff DATEI VERSION [VERSION]</translation>
    </message>
    <message>
        <source>The diff from a version to the current file, or between two</source>
        <translation>Der Diff von einer Version zur aktuellen Datei oder zwischen zweien</translation>
    </message>
    <message>
        <source>config miner-history DIR</source>
        <translation>config miner-history VERZEICHNIS</translation>
    </message>
    <message>
        <source>Which setting of a miner changed when (miner_config_history.jsonl)</source>
        <translation>Welche Einstellung eines Miners sich wann geändert hat (miner_config_history.jsonl)</translation>
    </message>
    <message>
        <source>jobs clear [ID...]</source>
        <translation>jobs clear [ID...]</translation>
    </message>
    <message>
        <source>Remove finished jobs and their logs (--older-than DAYS; --yes)</source>
        <translation>Beendete Aufträge und ihre Protokolle entfernen (--older-than TAGE; --yes)</translation>
    </message>
    <message>
        <source>space PATH|HOST:PATH</source>
        <translation>space PFAD|RECHNER:PFAD</translation>
    </message>
    <message>
        <source>What uses the space under a folder, largest first (--depth, --top)</source>
        <translation>Was den Platz unter einem Ordner belegt, das Größte zuerst (--depth, --top)</translation>
    </message>
    <message>
        <source>logs init [--db URI] [--yes]</source>
        <translation>logs init [--db URI] [--yes]</translation>
    </message>
    <message>
        <source>Print the system_logs table&apos;s SQL; --yes creates it</source>
        <translation>Das SQL der Tabelle system_logs ausgeben; --yes legt sie an</translation>
    </message>
    <message>
        <source>logs query [FILTERS]</source>
        <translation>logs query [FILTER]</translation>
    </message>
    <message>
        <source>Log lines, newest first (--since, --level, --worker, --task…)</source>
        <translation>Protokollzeilen, die neuesten zuerst (--since, --level, --worker, --task…)</translation>
    </message>
    <message>
        <source>logs timeline --worker W|--task T</source>
        <translation>logs timeline --worker W|--task T</translation>
    </message>
    <message>
        <source>A worker&apos;s or a task&apos;s log lines, oldest first</source>
        <translation>Die Protokollzeilen eines Workers oder einer Aufgabe, die ältesten zuerst</translation>
    </message>
    <message>
        <source>logs export [FILTERS] -o FILE</source>
        <translation>logs export [FILTER] -o DATEI</translation>
    </message>
    <message>
        <source>Log lines to JSON Lines, JSON or CSV, streamed</source>
        <translation>Protokollzeilen als JSON Lines, JSON oder CSV, als Datenstrom</translation>
    </message>
    <message>
        <source>logs ingest [FILE|-]</source>
        <translation>logs ingest [DATEI|-]</translation>
    </message>
    <message>
        <source>Add JSON Lines to system_logs</source>
        <translation>JSON Lines zu system_logs hinzufügen</translation>
    </message>
    <message>
        <source>logs tail [FILTERS]</source>
        <translation>logs tail [FILTER]</translation>
    </message>
    <message>
        <source>The newest log lines, then new ones</source>
        <translation>Die neuesten Protokollzeilen, dann neue</translation>
    </message>
    <message>
        <source>orphans scan LOCATION --ref-db URI --ref-sql SQL</source>
        <translation>orphans scan ORT --ref-db URI --ref-sql SQL</translation>
    </message>
    <message>
        <source>What a bucket or folder holds that no database row references (a plan)</source>
        <translation>Was ein Bucket oder Ordner enthält, auf das keine Datenbankzeile verweist (ein Plan)</translation>
    </message>
    <message>
        <source>storage du LOCATION</source>
        <translation>storage du ORT</translation>
    </message>
    <message>
        <source>What a bucket or folder holds, per prefix, largest first (--depth)</source>
        <translation>Was ein Bucket oder Ordner enthält, je Präfix, das Größte zuerst (--depth)</translation>
    </message>
    <message>
        <source>metrics write --textfile-dir DIR</source>
        <translation>metrics write --textfile-dir VERZ</translation>
    </message>
    <message>
        <source>Prometheus gauges of the storage locations, for node_exporter</source>
        <translation>Prometheus-Messwerte der Speicherorte, für node_exporter</translation>
    </message>
    <message>
        <source>orphans clean PLAN.csv</source>
        <translation>orphans clean PLAN.csv</translation>
    </message>
    <message>
        <source>Move a plan&apos;s orphans into the quarantine, in checked batches (--yes)</source>
        <translation>Die verwaisten Objekte eines Plans in geprüften Stapeln in die Quarantäne verschieben (--yes)</translation>
    </message>
    <message>
        <source>orphans quarantine LOCATION</source>
        <translation>orphans quarantine ORT</translation>
    </message>
    <message>
        <source>What a location&apos;s quarantine holds; --empty --yes deletes it for good</source>
        <translation>Was die Quarantäne eines Speicherorts enthält; --empty --yes löscht es endgültig</translation>
    </message>
    <message>
        <source>storage list</source>
        <translation>storage list</translation>
    </message>
    <message>
        <source>The locations scanned so far: size, objects, orphans, band</source>
        <translation>Die bisher gescannten Speicherorte: Größe, Objekte, verwaiste Objekte, Band</translation>
    </message>
    <message>
        <source>health check KIND [options]</source>
        <translation>health check KIND [Optionen]</translation>
    </message>
    <message>
        <source>health run [HOST...]</source>
        <translation>health run [HOST...]</translation>
    </message>
    <message>
        <source>Run the saved health checks on their machines, keep the results</source>
        <translation>Die gespeicherten Zustandsprüfungen auf ihren Rechnern ausführen, die Ergebnisse behalten</translation>
    </message>
    <message>
        <source>One health check: a log&apos;s success line, errors, a size, freshness, a process, a command, an endpoint</source>
        <translation>Eine Zustandsprüfung: die Erfolgszeile eines Logs, Fehler, eine Größe, Aktualität, ein Prozess, ein Befehl, ein Endpunkt</translation>
    </message>
    <message>
        <source>health list|import FILE</source>
        <translation>health list|import DATEI</translation>
    </message>
    <message>
        <source>The saved health checks; save those of a checks file</source>
        <translation>Die gespeicherten Zustandsprüfungen; die einer Prüfungsdatei speichern</translation>
    </message>
    <message>
        <source>schedules HOST|local | --file FILE</source>
        <translation>schedules HOST|local | --file DATEI</translation>
    </message>
    <message>
        <source>What runs when: crontab, cron.d, systemd timers, launchd, next runs</source>
        <translation>Was wann läuft: crontab, cron.d, systemd-Timer, launchd, nächste Läufe</translation>
    </message>
    <message>
        <source>rotate PATH [--max-size MB] [--keep N] [--yes]</source>
        <translation>rotate PATH [--max-size MB] [--keep N] [--yes]</translation>
    </message>
    <message>
        <source>Rotate a log that loses nothing: compressed, verified, old ones quarantined</source>
        <translation>Ein Log rotieren, ohne etwas zu verlieren: komprimiert, geprüft, alte in Quarantäne</translation>
    </message>
    <message>
        <source>daemons list [HOST...] | start|stop|restart HOST NAME [--yes]</source>
        <translation>daemons list [HOST...] | start|stop|restart HOST NAME [--yes]</translation>
    </message>
    <message>
        <source>The daemons that should run: whether they do; start, stop, restart one</source>
        <translation>Die Daemons, die laufen sollen: ob sie laufen; einen starten, stoppen, neu starten</translation>
    </message>
</context>
<context>
    <name>qm::cli::Replication</name>
    <message numerus="yes">
        <source>Target: %n copy(ies) of each file among the receivers</source>
        <translation>
            <numerusform>Ziel: %n Kopie jeder Datei unter den Empfängern</numerusform>
            <numerusform>Ziel: %n Kopien jeder Datei unter den Empfängern</numerusform>
        </translation>
    </message>
    <message>
        <source>The config sets no sync_routing.replication_target</source>
        <translation>Die Konfiguration setzt kein sync_routing.replication_target</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n receiver(s)%2</source>
        <translation>
            <numerusform>%1: %n Empfänger%2</numerusform>
            <numerusform>%1: %n Empfänger%2</numerusform>
        </translation>
    </message>
    <message>
        <source>No ready host has a folder for games, npz or models (storage_paths or ringrift_path): nothing is replicated.</source>
        <translation>Kein bereiter Rechner hat einen Ordner für Spiele, npz oder Modelle (storage_paths oder ringrift_path): Nichts wird repliziert.</translation>
    </message>
    <message>
        <source>no host may receive it: every file is at risk</source>
        <translation>kein Rechner darf sie empfangen: Jede Datei ist gefährdet</translation>
    </message>
    <message>
        <source>external storage</source>
        <translation>externer Speicher</translation>
    </message>
    <message>
        <source>priority host</source>
        <translation>bevorzugter Rechner</translation>
    </message>
    <message>
        <source>: not measured, counts as no copy: %1</source>
        <translation>: nicht gemessen, zählt als keine Kopie: %1</translation>
    </message>
    <message>
        <source>: holds every file</source>
        <translation>: hat jede Datei</translation>
    </message>
    <message numerus="yes">
        <source>: lacks %n file(s) (%1)</source>
        <translation>
            <numerusform>: es fehlt %n Datei (%1)</numerusform>
            <numerusform>: es fehlen %n Dateien (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <source>not measured: %1</source>
        <translation>nicht gemessen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) (%1), each with at least %2 copies</source>
        <translation>
            <numerusform>%n Datei (%1) mit mindestens %2 Kopien</numerusform>
            <numerusform>%n Dateien (%1), jede mit mindestens %2 Kopien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>AT RISK: %n file(s) (%1) of %2 have fewer than %3 copies; the oldest was modified %4</source>
        <translation>
            <numerusform>GEFÄHRDET: %n Datei (%1) von %2 hat weniger als %3 Kopien; sie wurde %4 geändert</numerusform>
            <numerusform>GEFÄHRDET: %n Dateien (%1) von %2 haben weniger als %3 Kopien; die älteste wurde %4 geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>Where each host&apos;s data is replicated, as the Replication page shows it: per producer and kind (games, npz, models), the hosts that may receive it and why the others are skipped. With --measure, rsync dry runs count the files and bytes with fewer copies than replication_target, and the oldest of them. See docs/replication.md.</source>
        <translation>Wohin die Daten jedes Rechners repliziert werden, wie die Seite „Replikation“ es zeigt: je Erzeuger und Art (Spiele, npz, Modelle) die Rechner, die sie empfangen dürfen, und warum die anderen übersprungen werden. Mit --measure zählen rsync-Probeläufe die Dateien und Bytes mit weniger Kopien als replication_target sowie die älteste davon. Siehe docs/replication.md.</translation>
    </message>
    <message>
        <source>The fleet config (distributed_hosts.yaml).</source>
        <translation>Die Flottenkonfiguration (distributed_hosts.yaml).</translation>
    </message>
    <message>
        <source>Measure now: connect to every producer and receiver over ssh and compare their folders (dry runs; nothing is copied). Progress goes to standard error.</source>
        <translation>Jetzt messen: über ssh mit jedem Erzeuger und Empfänger verbinden und ihre Ordner vergleichen (Probeläufe; nichts wird kopiert). Der Fortschritt geht auf die Standardfehlerausgabe.</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>Ausgabeformat: text (Vorgabe) oder json.</translation>
    </message>
    <message>
        <source>An ssh config file instead of ~/.ssh/config.</source>
        <translation>Eine ssh-Konfigurationsdatei anstelle von ~/.ssh/config.</translation>
    </message>
    <message>
        <source>A known_hosts file instead of ~/.ssh/known_hosts.</source>
        <translation>Eine known_hosts-Datei anstelle von ~/.ssh/known_hosts.</translation>
    </message>
    <message>
        <source>Seconds to wait for a host to answer ssh (default 10).</source>
        <translation>Sekunden, die auf die ssh-Antwort eines Rechners gewartet wird (Vorgabe 10).</translation>
    </message>
    <message>
        <source>Rows (producer and kind) measured at once (default %1).</source>
        <translation>Zeilen (Erzeuger und Art), die gleichzeitig gemessen werden (Vorgabe %1).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>bad --timeout &apos;%1&apos;: give seconds between 1 and 3600</source>
        <translation>ungültiges --timeout &apos;%1&apos;: Sekunden zwischen 1 und 3600 angeben</translation>
    </message>
    <message>
        <source>bad --parallel &apos;%1&apos;: give 1 to 64</source>
        <translation>ungültiges --parallel &apos;%1&apos;: 1 bis 64 angeben</translation>
    </message>
    <message>
        <source>no config given; run &apos;qmctl replication --config FILE&apos;</source>
        <translation>keine Konfiguration angegeben; führen Sie &apos;qmctl replication --config DATEI&apos; aus</translation>
    </message>
    <message>
        <source>%1:%2: cannot load the config: %3</source>
        <translation>%1:%2: die Konfiguration kann nicht geladen werden: %3</translation>
    </message>
    <message>
        <source>%1 sets no sync_routing.replication_target: there is no number of copies to measure against</source>
        <translation>%1 setzt kein sync_routing.replication_target: Es gibt keine Kopienzahl, gegen die gemessen werden kann</translation>
    </message>
    <message>
        <source>measured %1 of %2: %3 %4</source>
        <translation>%1 von %2 gemessen: %3 %4</translation>
    </message>
    <message>
        <source>backup %1</source>
        <translation>Sicherung %1</translation>
    </message>
    <message>
        <source>: not listed, counts as no copy: %1</source>
        <translation>: nicht gelistet, zählt als keine Kopie: %1</translation>
    </message>
    <message>
        <source>; newest object %1</source>
        <translation>; neuestes Objekt %1</translation>
    </message>
    <message numerus="yes">
        <source>only %n host(s) or backup(s) may hold it: the target cannot be reached</source>
        <translation>
            <numerusform>nur %n Rechner oder Sicherung kann sie halten: Das Ziel ist nicht erreichbar</numerusform>
            <numerusform>nur %n Rechner oder Sicherungen können sie halten: Das Ziel ist nicht erreichbar</numerusform>
        </translation>
    </message>
    <message>
        <source>A storage location that backs up a producer&apos;s kind, counted as a copy of each file it holds at the same path with the same size (repeatable; the backups named on the app&apos;s Storage page count too).</source>
        <translation>Ein Speicherort, der die Datenart eines Erzeugers sichert; jede Datei, die er unter demselben Pfad mit derselben Größe hält, zählt als Kopie (wiederholbar; die auf der Seite „Speicher“ der App benannten Sicherungen zählen auch).</translation>
    </message>
</context>
<context>
    <name>qm::cli::Rotate</name>
    <message>
        <source>The log, or a glob in its file name.</source>
        <translation>Das Log oder ein Muster in seinem Dateinamen.</translation>
    </message>
    <message>
        <source>Rotate when larger than this many MB (10^6 bytes).</source>
        <translation>Rotieren, wenn größer als so viele MB (10^6 Bytes).</translation>
    </message>
    <message>
        <source>Rotate when last rotated more than N days ago.</source>
        <translation>Rotieren, wenn zuletzt vor mehr als N Tagen rotiert.</translation>
    </message>
    <message>
        <source>Rotations kept (default 7); older ones move to the quarantine.</source>
        <translation>Behaltene Rotationen (Vorgabe 7); ältere wandern in die Quarantäne.</translation>
    </message>
    <message>
        <source>zstd (default) or gz.</source>
        <translation>zstd (Vorgabe) oder gz.</translation>
    </message>
    <message>
        <source>Rotate (else: the plan only).</source>
        <translation>Rotieren (sonst: nur der Plan).</translation>
    </message>
    <message>
        <source>give one PATH</source>
        <translation>geben Sie einen PATH an</translation>
    </message>
    <message>
        <source>--max-size, --max-age-days and --keep take numbers of 0 or more</source>
        <translation>--max-size, --max-age-days und --keep nehmen Zahlen von 0 oder mehr</translation>
    </message>
    <message>
        <source>--compress is zstd or gz, not “%1”</source>
        <translation>--compress ist zstd oder gz, nicht „%1“</translation>
    </message>
    <message>
        <source>ROTATE</source>
        <translation>ROTIEREN</translation>
    </message>
    <message>
        <source>WOULD ROTATE</source>
        <translation>WÜRDE ROTIEREN</translation>
    </message>
    <message>
        <source>KEEP</source>
        <translation>BEHALTEN</translation>
    </message>
    <message>
        <source>→ %1 (%2)</source>
        <translation>→ %1 (%2)</translation>
    </message>
    <message>
        <source>held open by %1</source>
        <translation>offen gehalten von %1</translation>
    </message>
    <message>
        <source>to the quarantine: %1</source>
        <translation>in die Quarantäne: %1</translation>
    </message>
    <message>
        <source>some processes could not be looked at (another user&apos;s): a log no process visibly holds is cut as if held</source>
        <translation>einige Prozesse konnten nicht betrachtet werden (die eines anderen Benutzers): ein Log, das sichtbar kein Prozess hält, wird geschnitten, als würde es gehalten</translation>
    </message>
    <message>
        <source>Nothing was changed: add --yes to rotate.</source>
        <translation>Nichts wurde geändert: fügen Sie --yes hinzu, um zu rotieren.</translation>
    </message>
    <message>
        <source>%1 rotated (%2 → %3), %4 moved to the quarantine</source>
        <translation>%1 rotiert (%2 → %3), %4 in die Quarantäne verschoben</translation>
    </message>
    <message>
        <source>Rotate a log of this machine or of --host HOST of the --config (or each log a glob matches) when it is over --max-size MB or was last rotated more than --max-age-days ago: set aside as FILE-yyyyMMdd-HHmmss, compressed and read back before the uncompressed copy goes, the rotations beyond --keep moved to the folder&apos;s quarantine. A log a process holds open is copied and cut so that what it writes meanwhile stays in the live file. Without --yes only the plan is shown. Exit 0 when done (or nothing is due), 1 when a log could not be rotated, 2 on bad usage.</source>
        <translation>Ein Log dieses Rechners oder von --host HOST der --config (oder jedes Log, zu dem ein Glob passt) rotieren, wenn es größer als --max-size MB ist oder zuletzt vor mehr als --max-age-days Tagen rotiert wurde: beiseitegelegt als DATEI-yyyyMMdd-HHmmss, komprimiert und zurückgelesen, bevor die unkomprimierte Kopie entfernt wird; die Rotationen über --keep hinaus kommen in die Quarantäne des Ordners. Ein Log, das ein Prozess offen hält, wird kopiert und so geschnitten, dass das, was er inzwischen schreibt, in der laufenden Datei bleibt. Ohne --yes wird nur der Plan gezeigt. Exit-Code 0, wenn erledigt (oder nichts fällig ist), 1, wenn ein Log nicht rotiert werden konnte, 2 bei falscher Verwendung.</translation>
    </message>
    <message>
        <source>The log is on this host of the --config: its own programs rotate it, over ssh.</source>
        <translation>Das Log liegt auf diesem Host der --config: seine eigenen Programme rotieren es, über ssh.</translation>
    </message>
</context>
<context>
    <name>qm::cli::Samples</name>
    <message>
        <source>Output format: text or json (default text).</source>
        <translation>Ausgabeformat: text oder json (Vorgabe text).</translation>
    </message>
    <message>
        <source>The miner&apos;s data directory (holding generation_history.jsonl and ply_files): /path, or HOST:/path for a host of --config.</source>
        <translation>Das Datenverzeichnis des Miners (mit generation_history.jsonl und ply_files): /path oder HOST:/path für einen Rechner aus --config.</translation>
    </message>
    <message>
        <source>The fleet config whose hosts HOST:/path names.</source>
        <translation>Die Flottenkonfiguration, deren Rechner HOST:/path benennt.</translation>
    </message>
    <message>
        <source>An ssh config file instead of ~/.ssh/config.</source>
        <translation>Eine ssh-Konfigurationsdatei anstelle von ~/.ssh/config.</translation>
    </message>
    <message>
        <source>A known_hosts file instead of ~/.ssh/known_hosts.</source>
        <translation>Eine known_hosts-Datei anstelle von ~/.ssh/known_hosts.</translation>
    </message>
    <message>
        <source>cannot load %1</source>
        <translation>%1 kann nicht geladen werden</translation>
    </message>
    <message>
        <source>“%1” is not a host of the config (give --config FILE)</source>
        <translation>„%1“ ist kein Rechner der Konfiguration (--config FILE angeben)</translation>
    </message>
    <message>
        <source>List the samples a miner kept (ply_files/rejected_samples/*.ply, then the accepted ply_files/*.ply), each with what generation_history.jsonl says about it: when it was made, why it was rejected, its CLIP score and gaussian count. Samples the log does not mention are listed too, marked so; lines of the log that are not JSON are counted and skipped.</source>
        <translation>Die Samples auflisten, die ein Miner aufbewahrt hat (ply_files/rejected_samples/*.ply, danach die akzeptierten ply_files/*.ply), jeweils mit dem, was generation_history.jsonl darüber sagt: wann es erstellt und warum es verworfen wurde, sein CLIP-Score und seine Anzahl an Gaussians. Samples, die das Protokoll nicht erwähnt, werden ebenfalls aufgelistet und als solche markiert; Zeilen des Protokolls, die kein JSON sind, werden gezählt und übersprungen.</translation>
    </message>
    <message>
        <source>(accepted)</source>
        <translation>(akzeptiert)</translation>
    </message>
    <message>
        <source>(not in the log)</source>
        <translation>(nicht im Protokoll)</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(kein Grund angegeben)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sample(s) in %1; the log has %2 line(s), %3 not readable.</source>
        <translation>
            <numerusform>%Ln Sample in %1; das Protokoll hat %2 Zeile(n), %3 nicht lesbar.</numerusform>
            <numerusform>%Ln Samples in %1; das Protokoll hat %2 Zeile(n), %3 nicht lesbar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %1: %Ln sample(s), %2</source>
        <translation>
            <numerusform>  %1: %Ln Sample, %2</numerusform>
            <numerusform>  %1: %Ln Samples, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln generation(s) pending, %1 stuck for more than an hour</source>
        <translation>
            <numerusform>%Ln Generierung ausstehend, %1 seit über einer Stunde festhängend</numerusform>
            <numerusform>%Ln Generierungen ausstehend, %1 seit über einer Stunde festhängend</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan the removal of rejected samples by a retention rule, and queue it. A sample is removed only if every rule given allows it; its age is its log timestamp, else its file&apos;s modification time. Accepted outputs are never removed. Without --yes only the plan is printed; with it the plan is queued as a cleanup job (this machine&apos;s files go to the trash, a host&apos;s to its quarantine folder) for the app or `qmctl jobs run` to carry out.</source>
        <translation>Das Entfernen verworfener Samples nach einer Aufbewahrungsregel planen und einreihen. Ein Sample wird nur entfernt, wenn jede angegebene Regel es erlaubt; sein Alter ist sein Zeitstempel im Protokoll, sonst die Änderungszeit seiner Datei. Akzeptierte Ausgaben werden nie entfernt. Ohne --yes wird nur der Plan ausgegeben; mit --yes wird der Plan als Bereinigungsauftrag eingereiht (die Dateien dieses Rechners kommen in den Papierkorb, die eines Rechners in seinen Quarantäneordner), den die App oder `qmctl jobs run` ausführt.</translation>
    </message>
    <message>
        <source>Only samples made more than DAYS days ago.</source>
        <translation>Nur Samples, die vor mehr als DAYS Tagen erstellt wurden.</translation>
    </message>
    <message>
        <source>Keep the newest N samples of each rejection reason.</source>
        <translation>Die neuesten N Samples jedes Verwerfungsgrunds behalten.</translation>
    </message>
    <message>
        <source>Keep the newest N samples of the data directory.</source>
        <translation>Die neuesten N Samples des Datenverzeichnisses behalten.</translation>
    </message>
    <message>
        <source>Queue the cleanup after printing its plan.</source>
        <translation>Die Bereinigung nach Ausgabe ihres Plans einreihen.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number, 0 or more, not “%2”</source>
        <translation>--%1 erwartet eine ganze Zahl ab 0, nicht „%2“</translation>
    </message>
    <message>
        <source>give a rule: --older-than DAYS, --keep-per-reason N or --keep-per-host N</source>
        <translation>eine Regel angeben: --older-than DAYS, --keep-per-reason N oder --keep-per-host N</translation>
    </message>
    <message>
        <source>No sample of %1 is %2: nothing to clean up.</source>
        <translation>Kein Sample von %1 passt zur Regel (%2): nichts zu bereinigen.</translation>
    </message>
    <message>
        <source>Rule: %1.</source>
        <translation>Regel: %1.</translation>
    </message>
    <message>
        <source>give an action: list or clean</source>
        <translation>eine Aktion angeben: list oder clean</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;: use list or clean</source>
        <translation>unbekannte Aktion &apos;%1&apos;: list oder clean verwenden</translation>
    </message>
    <message>
        <source>Deprecated: the old name of --miner-dir.</source>
        <translation>Veraltet: der alte Name von --miner-dir.</translation>
    </message>
    <message>
        <source>note: for samples, --data-dir is the old name of --miner-dir (everywhere else it names the app&apos;s folder); say --miner-dir</source>
        <translation>Hinweis: Bei samples ist --data-dir der alte Name von --miner-dir (überall sonst bezeichnet es den Ordner der App); verwenden Sie --miner-dir</translation>
    </message>
    <message>
        <source>--miner-dir and --data-dir name different folders</source>
        <translation>--miner-dir und --data-dir nennen verschiedene Ordner</translation>
    </message>
    <message>
        <source>give --miner-dir DIR: the miner&apos;s data directory</source>
        <translation>geben Sie --miner-dir VERZ an: das Datenverzeichnis des Miners</translation>
    </message>
    <message>
        <source>MADE</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>GRUND</translation>
    </message>
    <message>
        <source>CLIP</source>
        <translation>CLIP</translation>
    </message>
    <message>
        <source>GAUSSIANS</source>
        <translation>GAUSSIANS</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Where the jobs database is kept (the app&apos;s folder: jobs&apos; --data-dir; default %1).</source>
        <translation>Wo die Auftragsdatenbank gespeichert wird (der Ordner der App: --data-dir von jobs; Vorgabe %1).</translation>
    </message>
    <message>
        <source>Allow this exact folder as the cleanup&apos;s root although it is protected (/, a home folder, a system folder, a mount point).</source>
        <translation>Genau diesen Ordner als Stammordner der Bereinigung erlauben, obwohl er geschützt ist (/, ein Benutzerordner, ein Systemordner, ein Einhängepunkt).</translation>
    </message>
    <message>
        <source>Usage: qmctl samples list|clean --miner-dir DIR [options]
  list    the samples with their log entries
  clean   plan (and with --yes queue) the removal of old rejected samples
`qmctl samples ACTION --help` tells more.</source>
        <translation>Aufruf: qmctl samples list|clean --miner-dir VERZ [Optionen]
  list    die Samples mit ihren Protokolleinträgen
  clean   das Entfernen alter verworfener Samples planen (und mit --yes einreihen)
`qmctl samples AKTION --help` zeigt mehr.</translation>
    </message>
    <message>
        <source>Options of list:</source>
        <translation>Optionen von list:</translation>
    </message>
    <message>
        <source>Options of clean:</source>
        <translation>Optionen von clean:</translation>
    </message>
</context>
<context>
    <name>qm::cli::Schedules</name>
    <message>
        <source>What runs when on a machine: the user&apos;s crontab, /etc/crontab and /etc/cron.d, systemd timers and launchd agents, each with its next runs; a line that cannot be read is listed with why. HOST is a host of --config, or local for this machine; --file reads one crontab, cron.d file, .timer or .plist instead. Exit 0, 1 when a line could not be read, 2 on bad usage, 3 when the host cannot be reached.</source>
        <translation>Was wann auf einem Rechner läuft: die crontab des Benutzers, /etc/crontab und /etc/cron.d, systemd-Timer und launchd-Agenten, jeweils mit den nächsten Läufen; eine Zeile, die nicht gelesen werden kann, wird mit Grund aufgeführt. HOST ist ein Host der --config oder local für diesen Rechner; --file liest stattdessen eine crontab, cron.d-Datei, .timer oder .plist. Exit-Code 0, 1, wenn eine Zeile nicht gelesen werden konnte, 2 bei falscher Verwendung, 3, wenn der Host nicht erreichbar ist.</translation>
    </message>
    <message>
        <source>A host of the config, or local.</source>
        <translation>Ein Host der Konfiguration oder local.</translation>
    </message>
    <message>
        <source>Read this crontab, cron.d file, .timer or .plist.</source>
        <translation>Diese crontab, cron.d-Datei, .timer oder .plist lesen.</translation>
    </message>
    <message>
        <source>give a HOST (local for this machine) or --file FILE</source>
        <translation>geben Sie einen HOST (local für diesen Rechner) oder --file DATEI an</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>kann %1 nicht lesen: %2</translation>
    </message>
    <message>
        <source>NOT READ: %1</source>
        <translation>NICHT GELESEN: %1</translation>
    </message>
    <message>
        <source>next: %1</source>
        <translation>nächste: %1</translation>
    </message>
    <message>
        <source>No schedules.</source>
        <translation>Keine Zeitpläne.</translation>
    </message>
</context>
<context>
    <name>qm::cli::Space</name>
    <message>
        <source>(other filesystem, not scanned)</source>
        <translation>(anderes Dateisystem, nicht durchsucht)</translation>
    </message>
    <message>
        <source>What uses the space under PATH of this machine, or under HOST:PATH of a host of --config: folder sizes (apparent sizes, each hard-linked file once), file counts, newest and oldest files, largest first. Symbolic links are never followed; other filesystems are not entered unless --cross.</source>
        <translation>Was den Platz unter PFAD dieses Rechners oder unter RECHNER:PFAD eines Rechners aus --config belegt: Ordnergrößen (scheinbare Größen, jede fest verknüpfte Datei nur einmal), Dateianzahlen, neueste und älteste Dateien, das Größte zuerst. Symbolische Verknüpfungen werden nie verfolgt; andere Dateisysteme werden nur mit --cross betreten.</translation>
    </message>
    <message>
        <source>PATH or HOST:PATH</source>
        <translation>PFAD oder RECHNER:PFAD</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>Ausgabeformat: text (Vorgabe) oder json.</translation>
    </message>
    <message>
        <source>Levels of folders shown (default 1).</source>
        <translation>Angezeigte Ordnerebenen (Vorgabe 1).</translation>
    </message>
    <message>
        <source>Also list the N largest files (default 0).</source>
        <translation>Auch die N größten Dateien auflisten (Vorgabe 0).</translation>
    </message>
    <message>
        <source>Enter other filesystems mounted below.</source>
        <translation>Darunter eingehängte andere Dateisysteme betreten.</translation>
    </message>
    <message>
        <source>The fleet config whose hosts HOST:PATH names.</source>
        <translation>Die Flottenkonfiguration, deren Rechner RECHNER:PFAD benennt.</translation>
    </message>
    <message>
        <source>An ssh config file instead of ~/.ssh/config.</source>
        <translation>Eine ssh-Konfigurationsdatei anstelle von ~/.ssh/config.</translation>
    </message>
    <message>
        <source>A known_hosts file instead of ~/.ssh/known_hosts.</source>
        <translation>Eine known_hosts-Datei anstelle von ~/.ssh/known_hosts.</translation>
    </message>
    <message>
        <source>give PATH or HOST:PATH</source>
        <translation>geben Sie PFAD oder RECHNER:PFAD an</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>bad --depth &apos;%1&apos;: give a number from 1 to 64</source>
        <translation>ungültiges --depth &apos;%1&apos;: geben Sie eine Zahl von 1 bis 64 an</translation>
    </message>
    <message>
        <source>bad --top &apos;%1&apos;: give a number from 0 to 10000</source>
        <translation>ungültiges --top &apos;%1&apos;: geben Sie eine Zahl von 0 bis 10000 an</translation>
    </message>
    <message>
        <source>cannot load %1</source>
        <translation>%1 kann nicht geladen werden</translation>
    </message>
    <message>
        <source>“%1” is not a host of the config (give --config FILE)</source>
        <translation>„%1“ ist kein Rechner der Konfiguration (--config DATEI angeben)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Neueste</translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation>Älteste</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Largest files:</source>
        <translation>Größte Dateien:</translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) could not be read</source>
        <translation>
            <numerusform>%n Ordner konnte nicht gelesen werden</numerusform>
            <numerusform>%n Ordner konnten nicht gelesen werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n listing record(s) made no sense</source>
        <translation>
            <numerusform>%n Eintrag der Auflistung war unverständlich</numerusform>
            <numerusform>%n Einträge der Auflistung waren unverständlich</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::cli::Storage</name>
    <message>
        <source>Levels of folders shown (default 1).</source>
        <translation>Angezeigte Ordnerebenen (Standard 1).</translation>
    </message>
    <message>
        <source>An rclone config file instead of the user&apos;s.</source>
        <translation>Eine rclone-Konfigurationsdatei statt der des Benutzers.</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>Ausgabeformat: text (Standard) oder json.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>bad --depth &apos;%1&apos;: give a number from 1 to 64</source>
        <translation>ungültiges --depth „%1“: Geben Sie eine Zahl von 1 bis 64 an</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Neuestes</translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation>Ältestes</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <source>(objects in no folder)</source>
        <translation>(Objekte in keinem Ordner)</translation>
    </message>
    <message numerus="yes">
        <source>Not objects: %n symbolic link(s), never followed</source>
        <translation>
            <numerusform>Keine Objekte: %n symbolische Verknüpfung, nie verfolgt</numerusform>
            <numerusform>Keine Objekte: %n symbolische Verknüpfungen, nie verfolgt</numerusform>
        </translation>
    </message>
    <message>
        <source>No location scanned yet: `qmctl orphans scan LOCATION …` scans one.</source>
        <translation>Noch kein Speicherort gescannt: `qmctl orphans scan ORT …` scannt einen.</translation>
    </message>
    <message>
        <source>Orphaned</source>
        <translation>Verwaist</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Gescannt</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Speicherort</translation>
    </message>
    <message>
        <source>Usage: qmctl storage list [--format json]
       qmctl storage du LOCATION [--depth N] [--format json]
`qmctl storage ACTION --help` tells more.</source>
        <translation>Aufruf: qmctl storage list [--format json]
        qmctl storage du ORT [--depth N] [--format json]
`qmctl storage AKTION --help` erklärt mehr.</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;: use list or du</source>
        <translation>unbekannte Aktion „%1“: Verwenden Sie list oder du</translation>
    </message>
    <message>
        <source>The app&apos;s data folder (default %1).</source>
        <translation>Der Datenordner der App (Standard %1).</translation>
    </message>
    <message>
        <source>/path, HOST:/path or rclone:REMOTE:bucket/prefix</source>
        <translation>/pfad, RECHNER:/pfad oder rclone:REMOTE:bucket/präfix</translation>
    </message>
    <message>
        <source>give LOCATION: /path, HOST:/path or rclone:REMOTE:bucket/prefix</source>
        <translation>Geben Sie ORT an: /pfad, RECHNER:/pfad oder rclone:REMOTE:bucket/präfix</translation>
    </message>
    <message>
        <source>The fleet config whose hosts HOST:/path names.</source>
        <translation>Die Flottenkonfiguration, deren Rechner RECHNER:/pfad nennt.</translation>
    </message>
    <message>
        <source>An ssh config file instead of ~/.ssh/config.</source>
        <translation>Eine ssh-Konfigurationsdatei anstelle von ~/.ssh/config.</translation>
    </message>
    <message>
        <source>A known_hosts file instead of ~/.ssh/known_hosts.</source>
        <translation>Eine known_hosts-Datei anstelle von ~/.ssh/known_hosts.</translation>
    </message>
    <message>
        <source>cannot load %1</source>
        <translation>%1 kann nicht geladen werden</translation>
    </message>
    <message>
        <source>What LOCATION (a local /path, or an rclone remote: rclone:REMOTE:bucket/prefix) holds: objects, bytes, newest and oldest, and the same for each folder of its keys down to --depth, largest first. A local folder is walked without following symbolic links or entering other filesystems. The total is kept in the history (the location&apos;s size trend, and the Stale backup alert of a location named as a backup).</source>
        <translation>Was ORT (ein lokaler /pfad oder ein rclone-Remote: rclone:REMOTE:bucket/prefix) hält: Objekte, Bytes, neuestes und ältestes, und dasselbe für jeden Ordner seiner Schlüssel bis --depth, die größten zuerst. Ein lokaler Ordner wird durchlaufen, ohne symbolischen Verknüpfungen zu folgen oder andere Dateisysteme zu betreten. Die Summe wird im Verlauf festgehalten (der Größenverlauf des Orts und die Warnung „Veraltete Sicherung“ eines als Sicherung benannten Orts).</translation>
    </message>
    <message>
        <source>the listing was not kept in the history: %1</source>
        <translation>Die Auflistung wurde nicht im Verlauf festgehalten: %1</translation>
    </message>
    <message>
        <source>The storage locations scanned or listed so far (`qmctl orphans scan`, `qmctl storage du`, jobs, the app), each with its size and objects as last listed and, when it was scanned for orphans, the last scan&apos;s orphans and their share, missing references and health band.</source>
        <translation>Die bisher gescannten oder gelisteten Speicherorte (`qmctl orphans scan`, `qmctl storage du`, Aufträge, die App), jeweils mit Größe und Objekten der letzten Auflistung und, wenn er auf verwaiste Objekte gescannt wurde, den verwaisten Objekten des letzten Scans, ihrem Anteil, fehlenden Referenzen und dem Zustandsband.</translation>
    </message>
    <message>
        <source>listed</source>
        <translation>gelistet</translation>
    </message>
</context>
<context>
    <name>qm::cli::Volumes</name>
    <message>
        <source>List the volumes of this machine: size, used and free space as df shows them. Pseudo and runtime filesystems are left out unless --all is given.</source>
        <translation>Die Laufwerke dieses Rechners auflisten: Größe, belegter und freier Platz, wie df sie zeigt. Pseudo- und Laufzeitdateisysteme werden nur mit --all aufgeführt.</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>Ausgabeformat: text (Vorgabe) oder json.</translation>
    </message>
    <message>
        <source>Include pseudo and runtime filesystems.</source>
        <translation>Auch Pseudo- und Laufzeitdateisysteme aufführen.</translation>
    </message>
    <message>
        <source>Print sizes in bytes in text output.</source>
        <translation>Größen in der Textausgabe in Bytes angeben.</translation>
    </message>
    <message>
        <source>Seconds to wait for each filesystem to answer (default 3).</source>
        <translation>Sekunden, die auf die Antwort jedes Dateisystems gewartet wird (Vorgabe 3).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>bad --timeout &apos;%1&apos;: give seconds between 0 and 3600</source>
        <translation>ungültiges --timeout &apos;%1&apos;: Sekunden zwischen 0 und 3600 angeben</translation>
    </message>
    <message>
        <source>Mount point</source>
        <translation>Einhängepunkt</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>ro</source>
        <translation>ro</translation>
    </message>
    <message>
        <source>rw</source>
        <translation>rw</translation>
    </message>
</context>
</TS>
