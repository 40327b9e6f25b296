#include "core/config/yaml/document.h"
#include "core/config/yaml/value.h"

#include <QFile>
#include <QTest>

using namespace qm::yaml;

namespace {

/// The first node whose scalar is `text`.
const Node *scalarNode(const Document &document, const QString &text)
{
    for (const Node &node : document.nodes) {
        if (node.kind == NodeKind::Scalar && node.scalar == text)
            return &node;
    }
    return nullptr;
}

} // namespace

class TestYamlDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bytePositionsAfterNonAscii_data();
    void bytePositionsAfterNonAscii();
    void positionsInTheFixture();
    void lineTableFollowsLibyaml();
    void structure();
    void parseErrorsSayWhere_data();
    void parseErrorsSayWhere();
    void resolvesLikePyYaml_data();
    void resolvesLikePyYaml();
    void billionLaughsStaysSmall();
};

void TestYamlDocument::bytePositionsAfterNonAscii_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("scalar");

    QTest::newRow("after arrows in a flow mapping")
        << QByteArray("a: {x: \"\xe2\x86\x92\xe2\x86\x92\", y: target}\n")
        << QStringLiteral("target");
    QTest::newRow("after an emoji")
        << QByteArray("k: [\xf0\x9f\x9a\x80, target]\n") << QStringLiteral("target");
    QTest::newRow("next line after non-ASCII")
        << QByteArray("caf\xc3\xa9: 1\ntarget: 2\n") << QStringLiteral("target");
    QTest::newRow("after a BOM") << QByteArray("\xef\xbb\xbftarget: 1\n")
                                 << QStringLiteral("target");
    QTest::newRow("CRLF lines") << QByteArray("a: \xc3\xa9\r\nb: target\r\n")
                                << QStringLiteral("target");
    QTest::newRow("old Mac CR lines")
        << QByteArray("a: 1\rb: target\r") << QStringLiteral("target");
}

void TestYamlDocument::bytePositionsAfterNonAscii()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, scalar);

    ParseError error;
    const std::optional<Document> document = parse(text, &error);
    QVERIFY2(document, qPrintable(error.toString()));
    const Node *node = scalarNode(*document, scalar);
    QVERIFY(node);
    const qsizetype expected = text.indexOf(scalar.toUtf8());
    QCOMPARE(node->start.byte, expected);
    QCOMPARE(node->end.byte, expected + scalar.toUtf8().size());
    QCOMPARE(text.mid(node->start.byte, node->end.byte - node->start.byte), scalar.toUtf8());
    // The line and column agree with the byte offset.
    const Position back = document->source.positionOf(node->start.byte);
    QCOMPARE(back.line, node->start.line);
    QCOMPARE(back.column, node->start.column);
}

void TestYamlDocument::positionsInTheFixture()
{
    QFile file(QStringLiteral(QM_SOURCE_DIR "/tests/data/distributed_hosts.template.yaml"));
    QVERIFY2(file.open(QIODevice::ReadOnly),
             "tests/data/distributed_hosts.template.yaml is missing");
    const QByteArray text = file.readAll();
    ParseError error;
    const std::optional<Document> document = parse(text, &error);
    QVERIFY2(document, qPrintable(error.toString()));

    // Line 44 holds a → in a comment; the keys after it still sit at their bytes.
    const Node *node = scalarNode(*document, QStringLiteral("min_games_to_sync"));
    QVERIFY(node);
    QCOMPARE(node->start.line, 44); // 0-based: line 45 of the file
    QCOMPARE(node->start.byte, text.indexOf("min_games_to_sync"));
    const Node *vultr = scalarNode(*document, QStringLiteral("vultr-*"));
    QVERIFY(vultr);
    QCOMPARE(vultr->start.line + 1, 53);
    QCOMPARE(vultr->start.column + 1, 5);
    QCOMPARE(vultr->start.byte, text.indexOf("vultr-*"));
}

void TestYamlDocument::lineTableFollowsLibyaml()
{
    // NEL, LS and PS are line breaks for libyaml (YAML 1.1) too.
    const SourceText source(QByteArray("a\xc2\x85"
                                       "b\xe2\x80\xa8"
                                       "c\r\nd\re\n"));
    QCOMPARE(source.lineCount(), 6);
    QCOMPARE(source.byteOffset(1, 0), 3);
    QCOMPARE(source.byteOffset(2, 0), 7);
    QCOMPARE(source.byteOffset(3, 0), 10);
    QCOMPARE(source.byteOffset(4, 0), 12);
    QCOMPARE(source.positionOf(10).line, 3);
    QCOMPARE(source.byteOffset(99, 0), source.text().size());
}

void TestYamlDocument::structure()
{
    const QByteArray text = "base: &b {port: 22}\nhosts:\n  h1:\n    <<: *b\n    tags: [x, 'y']\n";
    ParseError error;
    const std::optional<Document> document = parse(text, &error);
    QVERIFY(document);
    const Node &root = document->node(document->root);
    QCOMPARE(root.kind, NodeKind::Mapping);
    QCOMPARE(root.children.size(), size_t(4));
    const Node &base = document->node(root.children[1]);
    QCOMPARE(base.anchor, QStringLiteral("b"));
    QVERIFY(base.flow);
    const Node *quoted = scalarNode(*document, QStringLiteral("y"));
    QCOMPARE(quoted->style, ScalarStyle::SingleQuoted);
    bool sawAlias = false;
    for (const Node &node : document->nodes) {
        if (node.kind == NodeKind::Alias) {
            sawAlias = true;
            QCOMPARE(node.target, root.children[1]);
        }
    }
    QVERIFY(sawAlias);
}

void TestYamlDocument::parseErrorsSayWhere_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("words");

    QTest::newRow("unterminated quote")
        << QByteArray("a: 1\nname: \"open\n") << 2 << QStringLiteral("quoted scalar");
    QTest::newRow("two documents")
        << QByteArray("a: 1\n---\nb: 2\n") << 2 << QStringLiteral("single document");
    QTest::newRow("undefined alias")
        << QByteArray("a: 1\nb: *nowhere\n") << 2 << QStringLiteral("undefined alias 'nowhere'");
    QTest::newRow("tab indentation")
        << QByteArray("a:\n\tb: 1\n") << 2 << QStringLiteral("cannot start any token");
}

void TestYamlDocument::parseErrorsSayWhere()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(QString, words);
    ParseError error;
    QVERIFY(!parse(text, &error));
    QCOMPARE(error.position.line + 1, line);
    QVERIFY2(error.message.contains(words), qPrintable(error.message));
    QVERIFY(error.toString().startsWith(QStringLiteral("line %1, column ").arg(line)));
}

void TestYamlDocument::resolvesLikePyYaml_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("tag");
    for (const char *t : {"yes", "No", "ON", "off", "TRUE"})
        QTest::newRow(t) << QString::fromLatin1(t) << QStringLiteral("bool");
    for (const char *t : {"010", "0x1F", "1_000", "1:20", "-0b101", "+7", "0"})
        QTest::newRow(t) << QString::fromLatin1(t) << QStringLiteral("int");
    for (const char *t : {"1.5", "1.5e+3", ".5", "1.", "-.inf", ".NaN", "1:20.5"})
        QTest::newRow(t) << QString::fromLatin1(t) << QStringLiteral("float");
    for (const char *t : {"0o10", "1.5e3", "y", "1.2.3", "0x", "yES", "09", "1e5"})
        QTest::newRow(t) << QString::fromLatin1(t) << QStringLiteral("str");
    for (const char *t : {"", "~", "null", "NULL"})
        QTest::newRow(qPrintable(QStringLiteral("null '%1'").arg(QString::fromLatin1(t))))
            << QString::fromLatin1(t) << QStringLiteral("null");
    for (const char *t : {"2025-11-12", "2001-12-14 21:59:43.10 -5", "2001-12-15T02:59:43.1Z"})
        QTest::newRow(t) << QString::fromLatin1(t) << QStringLiteral("timestamp");
    QTest::newRow("merge") << QStringLiteral("<<") << QStringLiteral("merge");
}

void TestYamlDocument::resolvesLikePyYaml()
{
    QFETCH(QString, text);
    QFETCH(QString, tag);
    QCOMPARE(resolvePlainScalar(text), tag);
}

void TestYamlDocument::billionLaughsStaysSmall()
{
    // Nine levels of ten aliases: 10^9 strings when expanded. Loading must share them.
    QByteArray text = "a0: &a0 [lol]\n";
    for (int level = 1; level < 10; ++level) {
        text += "a" + QByteArray::number(level) + ": &a" + QByteArray::number(level) + " [";
        for (int i = 0; i < 10; ++i)
            text += (i ? ", *a" : "*a") + QByteArray::number(level - 1);
        text += "]\n";
    }
    ParseError parseError;
    const std::optional<Document> document = parse(text, &parseError);
    QVERIFY(document);
    LoadError loadError;
    const Value value = construct(*document, &loadError);
    QVERIFY(value);
    QCOMPARE(value->pairs.size(), size_t(10));
    QCOMPARE(value->pairs[9].second->items.size(), size_t(10));
    QCOMPARE(value->pairs[9].second->items[0].get(), value->pairs[8].second.get());
}

QTEST_GUILESS_MAIN(TestYamlDocument)
#include "tst_yamldocument.moc"
