#include "document.h"

#include "core/async/guithread.h"

#include <QHash>

#include <algorithm>
#include <memory>
#include <yaml.h>

namespace qm::yaml {

QString ParseError::toString() const
{
    return QStringLiteral("line %1, column %2: %3")
        .arg(position.line + 1)
        .arg(position.column + 1)
        .arg(message);
}

int Document::resolved(int index) const
{
    // Aliases always name an earlier node that is not an alias: one step is enough.
    if (index >= 0 && node(index).kind == NodeKind::Alias)
        return node(index).target;
    return index;
}

namespace {

QString fromUtf8(const yaml_char_t *text)
{
    return text ? QString::fromUtf8(reinterpret_cast<const char *>(text)) : QString();
}

QString fromUtf8(const yaml_char_t *text, size_t length)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(text), qsizetype(length));
}

ScalarStyle styleOf(yaml_scalar_style_t style)
{
    switch (style) {
    case YAML_SINGLE_QUOTED_SCALAR_STYLE:
        return ScalarStyle::SingleQuoted;
    case YAML_DOUBLE_QUOTED_SCALAR_STYLE:
        return ScalarStyle::DoubleQuoted;
    case YAML_LITERAL_SCALAR_STYLE:
        return ScalarStyle::Literal;
    case YAML_FOLDED_SCALAR_STYLE:
        return ScalarStyle::Folded;
    default:
        return ScalarStyle::Plain;
    }
}

/// Builds the node tree from libyaml's events.
class Builder
{
public:
    explicit Builder(const QByteArray &text)
        : m_document{SourceText(text), {}, -1}
    {}

    bool run(ParseError *error);
    void reserve(size_t nodes) { m_document.nodes.reserve(std::min(nodes, kMaxYamlNodes)); }
    Document take() { return std::move(m_document); }

private:
    bool fail(const QString &message, const yaml_mark_t &mark);
    int addNode(Node node, const QString &anchor);
    bool anchorIsNew(const QString &anchor, const yaml_mark_t &mark);
    bool attach(int index, const yaml_mark_t &mark);

    Document m_document;
    std::vector<int> m_open; ///< collections being built, innermost last
    QHash<QString, int> m_anchors;
    int m_documents = 0;
    ParseError m_error;
};

bool Builder::fail(const QString &message, const yaml_mark_t &mark)
{
    m_error.message = message;
    m_error.position = m_document.source.fromMark(qsizetype(mark.line), qsizetype(mark.column));
    return false;
}

bool Builder::anchorIsNew(const QString &anchor, const yaml_mark_t &mark)
{
    // PyYAML's composer refuses a second anchor of the same name.
    const auto it = anchor.isEmpty() ? m_anchors.cend() : m_anchors.constFind(anchor);
    if (it == m_anchors.cend())
        return true;
    const Position first = m_document.nodes[size_t(*it)].start;
    return fail(QStringLiteral("found duplicate anchor '%1' (first occurrence at line %2, "
                               "column %3)")
                    .arg(anchor)
                    .arg(first.line + 1)
                    .arg(first.column + 1),
                mark);
}

int Builder::addNode(Node node, const QString &anchor)
{
    const int index = int(m_document.nodes.size());
    if (!anchor.isEmpty()) {
        node.anchor = anchor;
        m_anchors.insert(anchor, index);
    }
    m_document.nodes.push_back(std::move(node));
    return index;
}

bool Builder::attach(int index, const yaml_mark_t &mark)
{
    if (m_document.nodes.size() > kMaxYamlNodes)
        return fail(QStringLiteral("the document has more than %1 nodes").arg(kMaxYamlNodes), mark);
    if (m_open.empty()) {
        m_document.root = index;
        return true;
    }
    m_document.nodes[size_t(m_open.back())].children.push_back(index);
    m_document.nodes[size_t(index)].parent = m_open.back();
    return true;
}

bool Builder::run(ParseError *error)
{
    yaml_parser_t parser;
    if (!yaml_parser_initialize(&parser)) {
        if (error)
            *error = ParseError{QStringLiteral("cannot initialise the YAML parser"), {}};
        return false;
    }
    const std::unique_ptr<yaml_parser_t, void (*)(yaml_parser_t *)> guard(&parser,
                                                                          yaml_parser_delete);
    // A UTF-8 byte order mark is not handed to libyaml (with the encoding set, it would
    // read it as content); SourceText counts line 0 from after it.
    const QByteArray &text = m_document.source.text();
    const qsizetype skip = text.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    yaml_parser_set_input_string(&parser,
                                 reinterpret_cast<const unsigned char *>(text.constData() + skip),
                                 size_t(text.size() - skip));
    yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING);

    bool ok = true;
    bool done = false;
    while (ok && !done) {
        yaml_event_t event;
        if (!yaml_parser_parse(&parser, &event)) {
            yaml_mark_t mark = parser.problem_mark;
            QString message = QString::fromUtf8(parser.problem ? parser.problem : "syntax error");
            if (parser.context) {
                message = QStringLiteral("%1 (begun at line %2, column %3): %4")
                              .arg(QString::fromUtf8(parser.context))
                              .arg(parser.context_mark.line + 1)
                              .arg(parser.context_mark.column + 1)
                              .arg(message);
                // Running into the end of the text (an unterminated quote or bracket) is
                // best shown where the unfinished construct begins.
                if (mark.index >= size_t(text.size() - skip))
                    mark = parser.context_mark;
            }
            ok = fail(message, mark);
            break;
        }
        const std::unique_ptr<yaml_event_t, void (*)(yaml_event_t *)> eventGuard(&event,
                                                                                 yaml_event_delete);
        const Position start = m_document.source.fromMark(qsizetype(event.start_mark.line),
                                                          qsizetype(event.start_mark.column));
        const Position end = m_document.source.fromMark(qsizetype(event.end_mark.line),
                                                        qsizetype(event.end_mark.column));
        switch (event.type) {
        case YAML_STREAM_END_EVENT:
            done = true;
            break;
        case YAML_DOCUMENT_START_EVENT:
            if (++m_documents > 1)
                ok = fail(QStringLiteral("expected a single document in the stream, but found "
                                         "another document"),
                          event.start_mark);
            break;
        case YAML_ALIAS_EVENT: {
            const QString anchor = fromUtf8(event.data.alias.anchor);
            const auto it = m_anchors.constFind(anchor);
            if (it == m_anchors.cend()) {
                ok = fail(QStringLiteral("found undefined alias '%1'").arg(anchor),
                          event.start_mark);
                break;
            }
            Node node;
            node.kind = NodeKind::Alias;
            node.start = start;
            node.end = end;
            node.anchor = anchor;
            node.target = *it;
            ok = attach(addNode(std::move(node), {}), event.start_mark);
            break;
        }
        case YAML_SCALAR_EVENT: {
            Node node;
            node.kind = NodeKind::Scalar;
            node.start = start;
            node.end = end;
            node.tag = fromUtf8(event.data.scalar.tag);
            node.scalar = fromUtf8(event.data.scalar.value, event.data.scalar.length);
            node.style = styleOf(event.data.scalar.style);
            const QString anchor = fromUtf8(event.data.scalar.anchor);
            ok = anchorIsNew(anchor, event.start_mark) &&
                 attach(addNode(std::move(node), anchor), event.start_mark);
            break;
        }
        case YAML_SEQUENCE_START_EVENT:
        case YAML_MAPPING_START_EVENT: {
            if (int(m_open.size()) >= kMaxYamlDepth) {
                ok = fail(
                    QStringLiteral("the document nests deeper than %1 levels").arg(kMaxYamlDepth),
                    event.start_mark);
                break;
            }
            const bool sequence = event.type == YAML_SEQUENCE_START_EVENT;
            Node node;
            node.kind = sequence ? NodeKind::Sequence : NodeKind::Mapping;
            node.start = start;
            node.tag =
                fromUtf8(sequence ? event.data.sequence_start.tag : event.data.mapping_start.tag);
            node.flow = sequence ? event.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE
                                 : event.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE;
            const QString anchor = fromUtf8(sequence ? event.data.sequence_start.anchor
                                                     : event.data.mapping_start.anchor);
            if (!anchorIsNew(anchor, event.start_mark)) {
                ok = false;
                break;
            }
            const int index = addNode(std::move(node), anchor);
            ok = attach(index, event.start_mark);
            m_open.push_back(index);
            break;
        }
        case YAML_SEQUENCE_END_EVENT:
        case YAML_MAPPING_END_EVENT:
            if (!m_open.empty()) {
                m_document.nodes[size_t(m_open.back())].end = end;
                m_open.pop_back();
            }
            break;
        default:
            break;
        }
    }
    if (!ok && error)
        *error = m_error;
    return ok;
}

} // namespace

std::optional<Document> parse(const QByteArray &text, ParseError *error)
{
    // A large config takes long enough to parse to be felt: never on the GUI thread.
    warnIfGuiThread("qm::yaml: a YAML text is parsed on the GUI thread");
    if (text.size() > kMaxYamlBytes) {
        if (error)
            *error = ParseError{
                QStringLiteral("the file is larger than %1 bytes").arg(kMaxYamlBytes), {}};
        return std::nullopt;
    }
    Builder builder(text);
    builder.reserve(size_t(text.size() / 12)); // about one node per dozen bytes in configs
    if (!builder.run(error))
        return std::nullopt;
    return builder.take();
}

} // namespace qm::yaml
