<?xml version='1.0' encoding='utf-8'?>
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
    <name>qm::ConfigFile</name>
    <message>
        <source>Cannot open %1: the file does not exist.</source>
        <translation>%1 kann nicht geöffnet werden: Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot open %1: it is a folder, not a file.</source>
        <translation>%1 kann nicht geöffnet werden: Es ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: the file is %2 bytes, more than the %3 bytes a fleet config may have.</source>
        <translation>%1 kann nicht geöffnet werden: Die Datei hat %2 Bytes, mehr als die %3 Bytes, die eine Flottenkonfiguration haben darf.</translation>
    </message>
    <message>
        <source>Cannot open %1: the file is larger than the %2 bytes a fleet config may have.</source>
        <translation>%1 kann nicht geöffnet werden: Die Datei ist größer als die %2 Bytes, die eine Flottenkonfiguration haben darf.</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not UTF-8 text (a YAML config must be).</source>
        <translation>%1 kann nicht geöffnet werden: Es ist kein UTF-8-Text (eine YAML-Konfiguration muss es sein).</translation>
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
        <translation><numerusform>Laufwerke gelesen um %1; %n konnte nicht gelesen werden</numerusform><numerusform>Laufwerke gelesen um %1; %n konnten nicht gelesen werden</numerusform></translation>
    </message>
    <message>
        <source>Volumes read at %1</source>
        <translation>Laufwerke gelesen um %1</translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s)</source>
        <translation><numerusform>%n Laufwerk</numerusform><numerusform>%n Laufwerke</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>(%n system filesystem(s) hidden)</source>
        <translation><numerusform>(%n Systemdateisystem ausgeblendet)</numerusform><numerusform>(%n Systemdateisysteme ausgeblendet)</numerusform></translation>
    </message>
</context>
<context>
    <name>qm::MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
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
    <message>
        <source>%1 — Quartermaster</source>
        <translation>%1 — Quartermaster</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1 (%n line(s))</source>
        <translation><numerusform>%1 geöffnet (%n Zeile)</numerusform><numerusform>%1 geöffnet (%n Zeilen)</numerusform></translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation>Liste &amp;leeren</translation>
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
    <name>qm::PreferencesDialog</name>
    <message>
        <source>The critical threshold must not be above the warning threshold.</source>
        <translation>Die kritische Schwelle darf nicht über der Warnschwelle liegen.</translation>
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
        <translation><numerusform>Das Dateisystem hat nicht innerhalb von %n Sekunde geantwortet: eine Netzwerkfreigabe, deren Server nicht erreichbar ist?</numerusform><numerusform>Das Dateisystem hat nicht innerhalb von %n Sekunden geantwortet: eine Netzwerkfreigabe, deren Server nicht erreichbar ist?</numerusform></translation>
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
    <name>qm::cli::Config</name>
    <message>
        <source>Work with fleet configs (distributed_hosts.yaml).

  dump FILE   print the values of FILE as JSON, exactly as the fleet's daemons (PyYAML safe_load) read them</source>
        <translation>Mit Flottenkonfigurationen arbeiten (distributed_hosts.yaml).

  dump DATEI   die Werte von DATEI als JSON ausgeben, genau so, wie die Dienste der Flotte (PyYAML safe_load) sie lesen</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>What to do: dump.</source>
        <translation>Was zu tun ist: dump.</translation>
    </message>
    <message>
        <source>no action given; run 'qmctl config --help'</source>
        <translation>keine Aktion angegeben; siehe 'qmctl config --help'</translation>
    </message>
    <message>
        <source>unknown action '%1'; run 'qmctl config --help'</source>
        <translation>unbekannte Aktion '%1'; siehe 'qmctl config --help'</translation>
    </message>
    <message>
        <source>'config dump' takes exactly one FILE</source>
        <translation>'config dump' erwartet genau eine DATEI</translation>
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
        <source>Run 'qmctl COMMAND --help' for the options of a command.</source>
        <translation>'qmctl BEFEHL --help' zeigt die Optionen eines Befehls.</translation>
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
        <source>no command given; run 'qmctl --help' for the list</source>
        <translation>kein Befehl angegeben; 'qmctl --help' zeigt die Liste</translation>
    </message>
    <message>
        <source>unknown command '%1'; run 'qmctl --help' for the list</source>
        <translation>unbekannter Befehl '%1'; 'qmctl --help' zeigt die Liste</translation>
    </message>
    <message>
        <source>Work with fleet configs: dump FILE prints its values as JSON</source>
        <translation>Mit Flottenkonfigurationen arbeiten: dump DATEI gibt ihre Werte als JSON aus</translation>
    </message>
</context>
<context>
    <name>qm::cli::Volumes</name>
    <message>
        <source>List the volumes of this machine: size, used and free space as df shows them. Pseudo and runtime filesystems are left out unless --all is given.</source>
        <translation>Die Laufwerke dieses Rechners auflisten: Größe, belegter und freier Platz, wie df sie zeigt. Pseudo- und Laufzeitdateisysteme werden nur mit --all aufgeführt.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
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
        <source>unknown format '%1': use text or json</source>
        <translation>unbekanntes Format '%1': text oder json verwenden</translation>
    </message>
    <message>
        <source>unexpected argument '%1'</source>
        <translation>unerwartetes Argument '%1'</translation>
    </message>
    <message>
        <source>bad --timeout '%1': give seconds between 0 and 3600</source>
        <translation>ungültiges --timeout '%1': Sekunden zwischen 0 und 3600 angeben</translation>
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