#include "datacategories.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::DataCategories)
};

} // namespace

QList<DataCategory> defaultDataCategories()
{
    return {
        {QStringLiteral("games"), {QStringLiteral("*.db")}},
        {QStringLiteral("training_data"), {QStringLiteral("*.npz")}},
        {QStringLiteral("models"),
         {QStringLiteral("*.pt"), QStringLiteral("*.pth"), QStringLiteral("*.safetensors")}},
        {QStringLiteral("ply_rejected"), {QStringLiteral("ply_files/rejected_samples/*.ply")}},
        {QStringLiteral("ply_accepted"), {QStringLiteral("ply_files/*.ply")}},
        {QStringLiteral("images"),
         {QStringLiteral("*.png"), QStringLiteral("*.jpg"), QStringLiteral("*.jpeg"),
          QStringLiteral("*.webp")}},
        {QStringLiteral("logs"), {QStringLiteral("*.log"), QStringLiteral("*.jsonl")}},
    };
}

QString dataCategoryTitle(const QString &name)
{
    if (name == QLatin1String("games"))
        return Text::tr("Games");
    if (name == QLatin1String("training_data"))
        return Text::tr("Training data");
    if (name == QLatin1String("models"))
        return Text::tr("Models");
    if (name == QLatin1String("ply_rejected"))
        return Text::tr("Rejected PLY samples");
    if (name == QLatin1String("ply_accepted"))
        return Text::tr("Accepted PLY");
    if (name == QLatin1String("images"))
        return Text::tr("Images");
    if (name == QLatin1String("logs"))
        return Text::tr("Logs");
    return name;
}

bool parseDataCategories(const QString &text, QList<DataCategory> *categories, QString *error)
{
    QList<DataCategory> parsed;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        const QString name = colon > 0 ? line.left(colon).trimmed() : QString();
        const QStringList patterns =
            colon > 0 ? line.mid(colon + 1).split(QRegularExpression(QStringLiteral("\\s+")),
                                                  Qt::SkipEmptyParts)
                      : QStringList();
        static const QRegularExpression validName(QStringLiteral("^[A-Za-z0-9_.*?\\[\\]-]+$"));
        if (name.isEmpty() || patterns.isEmpty() || !validName.match(name).hasMatch()) {
            *error =
                Text::tr("line %1: write a category as 'name: pattern pattern ...'").arg(i + 1);
            return false;
        }
        for (const DataCategory &earlier : std::as_const(parsed)) {
            if (earlier.name == name) {
                *error = Text::tr("line %1: category '%2' is defined twice").arg(i + 1).arg(name);
                return false;
            }
        }
        parsed.append({name, patterns});
    }
    *categories = parsed;
    return true;
}

QString formatDataCategories(const QList<DataCategory> &categories)
{
    QStringList lines;
    for (const DataCategory &category : categories)
        lines.append(category.name + QStringLiteral(": ") +
                     category.patterns.join(QLatin1Char(' ')));
    return lines.join(QLatin1Char('\n'));
}

CategoryMatcher::CategoryMatcher(const QList<DataCategory> &categories)
{
    for (int c = 0; c < categories.size(); ++c) {
        m_names.push_back(categories.at(c).name);
        for (const QString &pattern : categories.at(c).patterns) {
            Pattern compiled;
            compiled.category = c;
            for (const QString &part : pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts))
                compiled.components.emplace_back(part, GlobPattern::posixFnmatch());
            if (compiled.components.empty())
                continue;
            m_needsFolders = m_needsFolders || compiled.components.size() > 1;
            m_patterns.push_back(std::move(compiled));
        }
    }
}

int CategoryMatcher::match(const std::vector<QByteArrayView> &folders, QByteArrayView name) const
{
    for (const Pattern &pattern : m_patterns) {
        const size_t n = pattern.components.size();
        if (n - 1 > folders.size() || !pattern.components.back().matches(name))
            continue;
        bool all = true;
        for (size_t i = 0; i + 1 < n && all; ++i)
            all = pattern.components[n - 2 - i].matches(folders[folders.size() - 1 - i]);
        // A hidden file only where named literally: a wildcard does not match the leading
        // dot (the glob's FNM_PERIOD), and ".*" does not take it either.
        const bool hidden = name.startsWith('.') && !pattern.components.back().isLiteral();
        if (all && !hidden)
            return pattern.category;
    }
    return -1;
}

void splitPath(QByteArrayView path, std::vector<QByteArrayView> *parts)
{
    qsizetype start = 0;
    for (qsizetype i = 0; i <= path.size(); ++i) {
        if (i == path.size() || path[i] == '/') {
            if (i > start)
                parts->push_back(path.sliced(start, i - start));
            start = i + 1;
        }
    }
}

int CategoryMatcher::matchPath(QByteArrayView path) const
{
    std::vector<QByteArrayView> parts;
    splitPath(path, &parts);
    if (parts.empty())
        return -1;
    const QByteArrayView name = parts.back();
    parts.pop_back();
    return match(parts, name);
}

} // namespace qm
