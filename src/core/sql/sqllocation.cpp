#include "sqllocation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::SqlLocation)
};

QString decoded(QStringView text)
{
    return QUrl::fromPercentEncoding(text.toUtf8());
}

/// `value` as libpq's conninfo reads it: single-quoted, backslash before ' and \.
QString conninfoValue(const QString &value)
{
    QString quoted = value;
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    quoted.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return u'\'' + quoted + u'\'';
}

/// Adds `key=value` to the options QtSql hands to libpq, which it splits at ';'.
bool addOption(SqlLocation *location, const QString &key, const QString &value, QString *error)
{
    if (value.contains(u';')) {
        *error = Text::tr("the value of %1 may not hold ';'").arg(key);
        return false;
    }
    location->options << key + u'=' + conninfoValue(value);
    return true;
}

bool parsePort(const QString &text, int *port)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 1 || value > 65535)
        return false;
    *port = value;
    return true;
}

/// One `host[:port]` of a URI's host list; `[v6]` keeps its colons.
void splitHost(QStringView entry, QString *host, QString *port)
{
    if (entry.startsWith(u'[')) {
        const qsizetype close = entry.indexOf(u']');
        if (close > 0) {
            *host = entry.mid(1, close - 1).toString();
            const QStringView rest = entry.mid(close + 1);
            *port = rest.startsWith(u':') ? rest.mid(1).toString() : QString();
            return;
        }
    }
    const qsizetype colon = entry.lastIndexOf(u':');
    *host = decoded(colon < 0 ? entry : entry.first(colon));
    *port = colon < 0 ? QString() : entry.mid(colon + 1).toString();
}

bool parseHosts(QStringView list, SqlLocation *location, QString *error)
{
    if (list.isEmpty())
        return true;
    QStringList hosts;
    QStringList ports;
    for (const QStringView entry : list.split(u',')) {
        QString host;
        QString port;
        splitHost(entry, &host, &port);
        int number = 0;
        if (!port.isEmpty() && !parsePort(port, &number)) {
            *error = Text::tr("%1 is not a port number (1 to 65535)").arg(port);
            return false;
        }
        hosts << host;
        ports << port;
    }
    if (hosts.size() == 1) {
        location->host = hosts.first();
        if (!ports.first().isEmpty())
            parsePort(ports.first(), &location->port);
        return true;
    }
    // Several hosts: libpq tries them in order; QtSql's fields hold one, so the lists
    // go to libpq as they are.
    if (!addOption(location, QStringLiteral("host"), hosts.join(u','), error))
        return false;
    if (ports.join(QString()).isEmpty())
        return true;
    return addOption(location, QStringLiteral("port"), ports.join(u','), error);
}

bool parseParameters(QStringView query, SqlLocation *location, QString *error)
{
    static const QRegularExpression keyword(QStringLiteral("\\A[a-z_]+\\z"));
    for (const QStringView pair : query.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype equals = pair.indexOf(u'=');
        const QString key = decoded(equals < 0 ? pair : pair.first(equals));
        const QString value = equals < 0 ? QString() : decoded(pair.mid(equals + 1));
        if (!keyword.match(key).hasMatch()) {
            *error = Text::tr("%1 is not a connection parameter").arg(key);
            return false;
        }
        if (key == u"dbname") {
            location->database = value;
        } else if (key == u"user") {
            location->user = value;
        } else if (key == u"password") {
            location->password = value;
        } else if (key == u"port" && !value.contains(u',')) {
            if (!parsePort(value, &location->port)) {
                *error = Text::tr("%1 is not a port number (1 to 65535)").arg(value);
                return false;
            }
        } else if (key == u"host" && !value.contains(u',')) {
            location->host = value;
        } else if (!addOption(location, key, value, error)) {
            return false;
        }
    }
    return true;
}

std::optional<SqlLocation> parsePostgres(QStringView rest, QString *error)
{
    SqlLocation location;
    location.kind = SqlLocation::Kind::Postgres;
    const qsizetype question = rest.indexOf(u'?');
    const QStringView query = question < 0 ? QStringView() : rest.mid(question + 1);
    QStringView head = question < 0 ? rest : rest.first(question);
    const qsizetype slash = head.indexOf(u'/');
    if (slash >= 0) {
        location.database = decoded(head.mid(slash + 1));
        head = head.first(slash);
    }
    const qsizetype at = head.lastIndexOf(u'@');
    if (at >= 0) {
        const QStringView userInfo = head.first(at);
        const qsizetype colon = userInfo.indexOf(u':');
        location.user = decoded(colon < 0 ? userInfo : userInfo.first(colon));
        if (colon >= 0)
            location.password = decoded(userInfo.mid(colon + 1));
        head = head.mid(at + 1);
    }
    if (!parseHosts(head, &location, error) || !parseParameters(query, &location, error))
        return std::nullopt;
    return location;
}

} // namespace

std::optional<SqlLocation> SqlLocation::parse(const QString &uri, QString *error)
{
    const QString text = uri.trimmed();
    for (const QLatin1StringView scheme :
         {QLatin1StringView("postgresql://"), QLatin1StringView("postgres://")}) {
        if (text.startsWith(scheme))
            return parsePostgres(QStringView(text).mid(scheme.size()), error);
    }
    QString path;
    if (text.startsWith(QLatin1StringView("sqlite:"))) {
        path = decoded(QStringView(text).mid(7));
        if (path.startsWith(QLatin1StringView("///")))
            path = path.mid(2);
    } else if (text.startsWith(u'/')) {
        path = text;
    } else {
        *error = Text::tr("%1 is not a database address: give sqlite:/path/to/file or "
                          "postgresql://user@host:port/database")
                     .arg(text);
        return std::nullopt;
    }
    if (path.isEmpty() || path.startsWith(QLatin1StringView("//"))) {
        *error = Text::tr("%1 names no SQLite file: give sqlite:/path/to/file").arg(text);
        return std::nullopt;
    }
    SqlLocation location;
    location.path = path;
    return location;
}

QString SqlLocation::displayName() const
{
    if (kind == Kind::Sqlite)
        return u"sqlite:" + path;
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        text += QString::fromUtf8(QUrl::toPercentEncoding(user)) + u'@';
    text += host.contains(u':') ? u'[' + host + u']' : host;
    if (port > 0)
        text += u':' + QString::number(port);
    if (!database.isEmpty())
        text += u'/' + QString::fromUtf8(QUrl::toPercentEncoding(database));
    if (!options.isEmpty())
        text += u'?' + options.join(u'&');
    return text;
}

} // namespace qm
