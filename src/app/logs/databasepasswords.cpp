#include "databasepasswords.h"

#include <qt6keychain/keychain.h>

namespace qm {

namespace {

/// Why the keychain did not do what was asked, for a person: what to do about it first,
/// then the keychain's own words.
QString problemOf(const QKeychain::Job &job)
{
    const QString detail = job.errorString().trimmed();
    QString text;
    switch (job.error()) {
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
        return QString();
    case QKeychain::AccessDeniedByUser:
        text = DatabasePasswords::tr("access to the system keychain was refused");
        break;
    case QKeychain::AccessDenied:
        text = DatabasePasswords::tr(
            "the system keychain refused access (is it locked? unlock it and try again)");
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        text = DatabasePasswords::tr(
            "no system keychain is available (on Linux, start gnome-keyring or KWallet — "
            "a Secret Service — in your session)");
        break;
    case QKeychain::CouldNotDeleteEntry:
        text = DatabasePasswords::tr("the system keychain could not delete the entry");
        break;
    case QKeychain::OtherError:
        text = DatabasePasswords::tr(
            "the system keychain did not answer (on Linux, is gnome-keyring or KWallet — "
            "a Secret Service — running and unlocked in your session?)");
        break;
    }
    if (!detail.isEmpty())
        text += QStringLiteral(": ") + detail;
    return text;
}

} // namespace

DatabasePasswords::DatabasePasswords(QObject *parent, const QString &service)
    : QObject(parent)
    , m_service(service)
{}

// The jobs have no parent: they delete themselves once finished, and the keychain's
// callbacks may still be on their way when the caller is gone.

void DatabasePasswords::store(const QString &uri, const QString &password, QObject *context,
                              std::function<void(const QString &error)> done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(uri);
    job->setTextData(password);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, context,
            [done = std::move(done)](QKeychain::Job *finished) { done(problemOf(*finished)); });
    job->start();
}

void DatabasePasswords::read(
    const QString &uri, QObject *context,
    std::function<void(const std::optional<QString> &password, const QString &error)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(uri);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, context,
            [done = std::move(done)](QKeychain::Job *finished) {
                if (finished->error() == QKeychain::NoError)
                    done(static_cast<QKeychain::ReadPasswordJob *>(finished)->textData(),
                         QString());
                else
                    done(std::nullopt, problemOf(*finished));
            });
    job->start();
}

void DatabasePasswords::remove(const QString &uri, QObject *context,
                               std::function<void(const QString &error)> done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(uri);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, context,
            [done = std::move(done)](QKeychain::Job *finished) { done(problemOf(*finished)); });
    job->start();
}

bool DatabasePasswords::asksForPassword(const QString &connectError)
{
    return connectError.contains(QLatin1StringView("no password supplied"), Qt::CaseInsensitive) ||
           connectError.contains(QLatin1StringView("password authentication failed"),
                                 Qt::CaseInsensitive);
}

} // namespace qm
