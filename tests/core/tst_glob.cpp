// The one glob matcher (GlobPattern) in its three option sets: Python's fnmatch for the
// config, fnmatch(3) with FNM_PATHNAME | FNM_PERIOD for the data categories, the strict
// shell glob on a file name for cleanups. Cases that would pass with the options mixed
// up, QString and UTF-8 giving the same answer, the fast shapes agreeing with the
// general loop, libc's fnmatch(3) on a table, and time on pathological patterns.

#include "core/text/globpattern.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <clocale>
#include <fnmatch.h>

using qm::GlobPattern;

namespace {

enum Expect { No = 0, Yes = 1, Invalid = 2 };

/// Matches `name` as QString and as UTF-8 bytes; fails the test when the two differ.
bool matchesBoth(const GlobPattern &glob, const QString &name)
{
    const bool asString = glob.matches(QStringView(name));
    const QByteArray utf8 = name.toUtf8();
    const bool asBytes = glob.matches(QByteArrayView(utf8));
    if (asString != asBytes)
        qWarning("%s vs %s: QString says %d, UTF-8 says %d", qPrintable(glob.pattern()),
                 qPrintable(name), asString, asBytes);
    return asString && asBytes;
}

} // namespace

class TestGlob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void optionSets_data();
    void optionSets();
    void errors_data();
    void errors();
    void characterClasses_data();
    void characterClasses();
    void invalidUtf8();
    void shapesAgreeWithTheLoop();
    void againstLibcFnmatch_data();
    void againstLibcFnmatch();
    void pathologicalPatternsFinishFast_data();
    void pathologicalPatternsFinishFast();
};

void TestGlob::initTestCase()
{
    // libc's fnmatch in the C locale: one byte is one character there, ranges are byte
    // ranges; the table below holds ASCII only.
    std::setlocale(LC_ALL, "C");
}

void TestGlob::optionSets_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("python"); // Python's fnmatch.fnmatchcase (checked with python3)
    QTest::addColumn<int>("posix");  // fnmatch(3), FNM_PATHNAME | FNM_PERIOD (glibc)
    QTest::addColumn<int>("shell");  // the cleanup's strict glob on a file name

    const auto row = [](const char *tag, const QString &pattern, const QString &name, Expect python,
                        Expect posix, Expect shell) {
        QTest::newRow(tag) << pattern << name << int(python) << int(posix) << int(shell);
    };
    const auto s = [](const char *text) { return QString::fromUtf8(text); };

    // Where the leading dot and '/' set the three apart.
    row("* vs hidden", s("*"), s(".hidden"), Yes, No, No);
    row("* vs a/b", s("*"), s("a/b"), Yes, No, No);
    row("a* vs a/b", s("a*"), s("a/b"), Yes, No, No);
    row("a?b vs a/b", s("a?b"), s("a/b"), Yes, No, No);
    row("a[/]b vs a/b", s("a[/]b"), s("a/b"), Yes, No, No);
    row("*.db vs .db", s("*.db"), s(".db"), Yes, No, No);
    row("*.db vs x.db", s("*.db"), s("x.db"), Yes, Yes, Yes);
    row("?x vs .x", s("?x"), s(".x"), Yes, No, No);
    row("[.]x vs .x", s("[.]x"), s(".x"), Yes, No, No);
    row(".* vs .hidden", s(".*"), s(".hidden"), Yes, Yes, Yes);
    row("a/* vs a/.b", s("a/*"), s("a/.b"), Yes, No, No);
    row("a/* vs a/b", s("a/*"), s("a/b"), Yes, Yes, Yes);
    row("*/x vs a/x", s("*/x"), s("a/x"), Yes, Yes, Yes);
    row("*/x vs a/b/x", s("*/x"), s("a/b/x"), Yes, No, No);
    row("*x vs a/x", s("*x"), s("a/x"), Yes, No, No);

    // Sets: '!' everywhere, '^' not in Python, ']' first is a member.
    row("[!a] vs b", s("[!a]"), s("b"), Yes, Yes, Yes);
    row("[!a] vs a", s("[!a]"), s("a"), No, No, No);
    row("[^a] vs b", s("[^a]"), s("b"), No, Yes, Yes);
    row("[^a] vs a", s("[^a]"), s("a"), Yes, No, No);
    row("[]] vs ]", s("[]]"), s("]"), Yes, Yes, Yes);
    row("[]a] vs a", s("[]a]"), s("a"), Yes, Yes, Yes);
    row("[!]] vs a", s("[!]]"), s("a"), Yes, Yes, Yes);
    row("[!]] vs ]", s("[!]]"), s("]"), No, No, No);
    row("x[a-] vs x-", s("x[a-]"), s("x-"), Yes, Yes, Yes);
    row("[a-c-e] vs -", s("[a-c-e]"), s("-"), Yes, Yes, Yes);
    row("[a-c-e] vs d", s("[a-c-e]"), s("d"), No, No, No);
    row("[z-a] vs m", s("[z-a]"), s("m"), No, No, Invalid);
    row("[!z-a] vs m", s("[!z-a]"), s("m"), Yes, Yes, Invalid);
    row("[a-z] vs ä", s("[a-z]"), s("ä"), No, No, No);
    row("[[:digit:]]* vs 7x", s("[[:digit:]]*"), s("7x"), No, Yes, Yes);
    row("[[:digit:]]* vs d]x", s("[[:digit:]]*"), s("d]x"), Yes, No, No);

    // An unclosed '[' is itself, except where a person types the pattern in a form.
    row("a[b vs a[b", s("a[b"), s("a[b"), Yes, Yes, Invalid);
    row("[*] unclosed vs [x", s("[*"), s("[x"), Yes, Yes, Invalid);

    // A backslash escapes only in fnmatch(3).
    row("\\* vs *", s("\\*"), s("*"), No, Yes, No);
    row("\\* vs \\x", s("\\*"), s("\\x"), Yes, No, Yes);
    row("[\\]] vs ]", s("[\\]]"), s("]"), No, Yes, No);
    row("[\\]] vs \\]", s("[\\]]"), s("\\]"), Yes, No, Yes);
    row("\\. vs .x", s("\\.x"), s(".x"), No, Yes, No);
    row("trailing \\ is itself", s("a\\"), s("a\\"), Yes, Yes, Yes);

    // Characters, not bytes.
    row("?.log vs ä.log", s("?.log"), s("ä.log"), Yes, Yes, Yes);
    row("??.log vs ä.log", s("??.log"), s("ä.log"), No, No, No);
    row("[ä] vs ä", s("[ä]"), s("ä"), Yes, Yes, Yes);
    row("[!a] vs ä", s("[!a]"), s("ä"), Yes, Yes, Yes);
    row("[à-å] vs ä", s("[à-å]"), s("ä"), Yes, Yes, Yes);
    row("*ö vs äö", s("*ö"), s("äö"), Yes, Yes, Yes);
    row("? vs an emoji", s("?"), s("😀"), Yes, Yes, Yes);
    row("[😀] vs an emoji", s("[😀]"), s("😀"), Yes, Yes, Yes);
    row("? vs two emoji", s("?"), s("😀😀"), No, No, No);

    // The same everywhere.
    row("case-sensitive", s("*.LOG"), s("x.log"), No, No, No);
    row("empty vs empty", QString(), QString(), Yes, Yes, Yes);
    row("empty vs a", QString(), s("a"), No, No, No);
    row("** vs abc", s("**"), s("abc"), Yes, Yes, Yes);
    row("* vs empty", s("*"), QString(), Yes, Yes, Yes);
    row("a*b*c", s("a*b*c"), s("aXbYc"), Yes, Yes, Yes);
    row("a*b*c vs aXbY", s("a*b*c"), s("aXbY"), No, No, No);
    row("a*b*c needs the last b", s("a*b*c"), s("abXbc"), Yes, Yes, Yes);
    row("prefix*", s("run_*"), s("run_12.log"), Yes, Yes, Yes);
    row("prefix* vs the prefix alone", s("run_*"), s("run_"), Yes, Yes, Yes);
    row("prefix* vs shorter", s("run_*"), s("run"), No, No, No);
    row("literal", s("manifest.json"), s("manifest.json"), Yes, Yes, Yes);
    row("literal vs longer", s("manifest.json"), s("manifest.jsonl"), No, No, No);
    row("dot is literal", s("a.b"), s("axb"), No, No, No);
    row("regex characters are literal", s("a+(b)|{c}$"), s("a+(b)|{c}$"), Yes, Yes, Yes);
}

void TestGlob::optionSets()
{
    QFETCH(QString, pattern);
    QFETCH(QString, name);
    QFETCH(int, python);
    QFETCH(int, posix);
    QFETCH(int, shell);

    const std::pair<GlobPattern::Options, int> sets[] = {
        {GlobPattern::pythonFnmatch(), python},
        {GlobPattern::posixFnmatch(), posix},
        {GlobPattern::shellFileName(), shell},
    };
    const char *const setNames[] = {"pythonFnmatch", "posixFnmatch", "shellFileName"};
    for (int i = 0; i < 3; ++i) {
        const GlobPattern glob(pattern, sets[i].first);
        const int expected = sets[i].second;
        QVERIFY2(glob.isValid() == (expected != Invalid),
                 qPrintable(QLatin1String(setNames[i]) + QLatin1String(": ") + glob.errorString()));
        QVERIFY2(matchesBoth(glob, name) == (expected == Yes), setNames[i]);
    }
}

void TestGlob::errors_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<int>("options");
    QTest::addColumn<QString>("errorPart"); // empty: valid

    const int python = GlobPattern::pythonFnmatch().toInt();
    const int posix = GlobPattern::posixFnmatch().toInt();
    const int shell = GlobPattern::shellFileName().toInt();
    QTest::newRow("unclosed, shell") << QStringLiteral("ab[cd") << shell << QStringLiteral("3");
    QTest::newRow("unclosed after !, shell")
        << QStringLiteral("[!") << shell << QStringLiteral("1");
    QTest::newRow("[] alone is unclosed, shell")
        << QStringLiteral("[]") << shell << QStringLiteral("[");
    QTest::newRow("unclosed, posix") << QStringLiteral("ab[cd") << posix << QString();
    QTest::newRow("unclosed, python") << QStringLiteral("ab[cd") << python << QString();
    QTest::newRow("reversed range, shell")
        << QStringLiteral("x[z-a]") << shell << QStringLiteral("z-a");
    QTest::newRow("reversed range, posix") << QStringLiteral("x[z-a]") << posix << QString();
    QTest::newRow("unknown class, shell")
        << QStringLiteral("[[:foo:]]") << shell << QStringLiteral("[:foo:]");
    QTest::newRow("unknown class, posix")
        << QStringLiteral("[[:foo:]]") << posix << QStringLiteral("[:foo:]");
    QTest::newRow("no classes in python") << QStringLiteral("[[:foo:]]") << python << QString();
    QTest::newRow("long collating element")
        << QStringLiteral("[[.ab.]]") << posix << QStringLiteral("[.ab.]");
    QTest::newRow("[:A is no class") << QStringLiteral("[[:A]") << shell << QString();
    QTest::newRow("a class outside a set, shell")
        << QStringLiteral("x[:digit:]") << shell << QStringLiteral("[[:digit:]]");
    QTest::newRow("a collating element outside a set, shell")
        << QStringLiteral("[.a.]") << shell << QStringLiteral("[[.a.]]");
    QTest::newRow("a class outside a set, posix")
        << QStringLiteral("x[:digit:]") << posix << QString();
    QTest::newRow("[:] is a set") << QStringLiteral("[:]") << shell << QString();
}

void TestGlob::errors()
{
    QFETCH(QString, pattern);
    QFETCH(int, options);
    QFETCH(QString, errorPart);

    const GlobPattern glob(pattern, GlobPattern::Options::fromInt(options));
    QCOMPARE(glob.isValid(), errorPart.isEmpty());
    QVERIFY2(glob.errorString().contains(errorPart), qPrintable(glob.errorString()));
    if (!glob.isValid()) { // an invalid pattern matches nothing, not even itself
        QVERIFY(!matchesBoth(glob, pattern));
        QVERIFY(!matchesBoth(glob, QString()));
    }
}

void TestGlob::characterClasses_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("match");

    QTest::newRow("alpha a") << QStringLiteral("[[:alpha:]]") << QStringLiteral("a") << true;
    QTest::newRow("alpha ä") << QStringLiteral("[[:alpha:]]") << QStringLiteral("ä") << true;
    QTest::newRow("alpha 1") << QStringLiteral("[[:alpha:]]") << QStringLiteral("1") << false;
    QTest::newRow("upper") << QStringLiteral("[[:upper:]]*") << QStringLiteral("Ab") << true;
    QTest::newRow("upper vs lower")
        << QStringLiteral("[[:upper:]]*") << QStringLiteral("ab") << false;
    QTest::newRow("digit or x") << QStringLiteral("[x[:digit:]]") << QStringLiteral("x") << true;
    QTest::newRow("digit, Arabic-Indic")
        << QStringLiteral("[[:digit:]]") << QString(QChar(0x0663)) << false;
    QTest::newRow("negated space")
        << QStringLiteral("[![:space:]]") << QStringLiteral(" ") << false;
    QTest::newRow("xdigit") << QStringLiteral("[[:xdigit:]][[:xdigit:]]") << QStringLiteral("fA")
                            << true;
    QTest::newRow("punct") << QStringLiteral("[[:punct:]]") << QStringLiteral("_") << true;
    QTest::newRow("[=a=]") << QStringLiteral("[[=a=]]") << QStringLiteral("a") << true;
    QTest::newRow("[.-.] starts a range")
        << QStringLiteral("x[[.-.]-0]") << QStringLiteral("x.") << true;
    QTest::newRow("no set takes /")
        << QStringLiteral("x[[.-.]-0]") << QStringLiteral("x/") << false;
    QTest::newRow("[: without :] is a [") << QStringLiteral("[[:]") << QStringLiteral(":") << true;
}

void TestGlob::characterClasses()
{
    QFETCH(QString, pattern);
    QFETCH(QString, name);
    QFETCH(bool, match);
    const GlobPattern glob(pattern, GlobPattern::posixFnmatch());
    QVERIFY2(glob.isValid(), qPrintable(glob.errorString()));
    QCOMPARE(matchesBoth(glob, name), match);
}

void TestGlob::invalidUtf8()
{
    // A byte that is not UTF-8 is one character: '?' takes it, a literal never equals it.
    const GlobPattern one(u"?.log", GlobPattern::posixFnmatch());
    QVERIFY(one.matches(QByteArrayView("\xff.log")));
    QVERIFY(one.matches(QByteArrayView("\xc3.log"))); // a sequence cut short
    QVERIFY(!one.matches(QByteArrayView("\xc3\xa4\xff.log")));
    const GlobPattern two(u"??.log", GlobPattern::posixFnmatch());
    QVERIFY(two.matches(QByteArrayView("\xc3\xa4\xff.log")));
    QVERIFY(two.matches(QByteArrayView("\xe2\x82.log")));      // two bytes of a three-byte one
    QVERIFY(!two.matches(QByteArrayView("\xed\xa0\x80.log"))); // a surrogate: three bytes
    const GlobPattern suffix(u"*.log", GlobPattern::posixFnmatch());
    QVERIFY(suffix.matches(QByteArrayView("\xff\xfe.log")));
    const GlobPattern negated(u"[!a].log", GlobPattern::posixFnmatch());
    QVERIFY(negated.matches(QByteArrayView("\x80.log")));
    const GlobPattern set(u"[\u00e4].log", GlobPattern::posixFnmatch());
    QVERIFY(set.matches(QByteArrayView("\xc3\xa4.log")));
    QVERIFY(!set.matches(QByteArrayView("\xc3.log")));
    const GlobPattern literal(u"\u00e4", GlobPattern::posixFnmatch());
    QVERIFY(literal.matches(QByteArrayView("\xc3\xa4")));
    QVERIFY(!literal.matches(QByteArrayView("\xc3")));
}

void TestGlob::shapesAgreeWithTheLoop()
{
    // Each fast shape against the same pattern with one literal character written as a
    // set, which the general loop matches: on random names, the answers are the same.
    const QStringList shaped{QStringLiteral("*.db"), QStringLiteral("run_*"),
                             QStringLiteral("a.b"),  QStringLiteral("*a/.b"),
                             QStringLiteral("a/*"),  QStringLiteral("*ä"),
                             QStringLiteral("ä*")};
    const char16_t alphabet[] = u"ab./d_ärun";
    QRandomGenerator random(21);
    for (const QString &pattern : shaped) {
        qsizetype at = 0;
        while (pattern.at(at) == u'*')
            ++at;
        const QString general =
            pattern.left(at) + u'[' + pattern.at(at) + u']' + pattern.mid(at + 1);
        for (const GlobPattern::Options options :
             {GlobPattern::pythonFnmatch(), GlobPattern::posixFnmatch(),
              GlobPattern::shellFileName()}) {
            const GlobPattern fast(pattern, options);
            const GlobPattern slow(general, options);
            QVERIFY(fast.isValid() && slow.isValid());
            for (int i = 0; i < 2000; ++i) {
                QString name;
                const int length = int(random.bounded(7));
                for (int k = 0; k < length; ++k)
                    name += QChar(alphabet[random.bounded(int(std::size(alphabet)) - 1)]);
                if (random.bounded(3) == 0) // often the very text of the pattern
                    name = QString(pattern).replace(u'*', name);
                QVERIFY2(matchesBoth(fast, name) == matchesBoth(slow, name),
                         qPrintable(pattern + QLatin1String(" vs ") + name));
            }
        }
    }
}

void TestGlob::againstLibcFnmatch_data()
{
    QTest::addColumn<QByteArray>("pattern");
    QTest::addColumn<QByteArray>("name");

    // Cases glibc and the BSDs (macOS) agree on: no trailing backslash, no '/' or
    // character class inside a set, no '^' negation (POSIX leaves it open).
    const char *const cases[][2] = {
        {"*", "abc"},
        {"*", ".hidden"},
        {"*", ""},
        {"*", "a/b"},
        {"a*", "a/b"},
        {"a/*", "a/b"},
        {"a/*", "a/.b"},
        {"a/.*", "a/.b"},
        {"*/*", "a/b"},
        {"*/b", "a/b/b"},
        {"?", "a"},
        {"?", "."},
        {"?", "/"},
        {"??", "ab"},
        {"?x", ".x"},
        {"a?c", "a.c"},
        {"*.db", "x.db"},
        {"*.db", ".db"},
        {"*.db", ".x.db"},
        {".*.db", ".x.db"},
        {"*.db", "x.db.bak"},
        {"*.tar.gz", "b.tar.gz"},
        {"*.tar.gz", "b.gz"},
        {"run_*", "run_1.log"},
        {"run_*", "run_"},
        {"run_*", "run"},
        {"[ab]*.txt", "a1.txt"},
        {"[ab]*.txt", "c.txt"},
        {"[!ab]*.txt", "c.txt"},
        {"[!ab]*.txt", "a.txt"},
        {"[.]x", ".x"},
        {"[!a]x", ".x"},
        {"[]]", "]"},
        {"[]a]", "a"},
        {"[!]]", "]"},
        {"[!]]", "a"},
        {"[a-c]", "b"},
        {"[a-c]", "d"},
        {"[a-]", "-"},
        {"[-a]", "-"},
        {"[a-c-e]", "-"},
        {"[a-c-e]", "e"},
        {"[z-a]", "m"},
        {"a[b", "a[b"},
        {"a[", "a["},
        {"[", "["},
        {"a[b*", "a[bc"},
        {"\\*", "*"},
        {"\\*", "x"},
        {"\\a", "a"},
        {"\\.x", ".x"},
        {"[\\]]", "]"},
        {"[\\!a]", "!"},
        {"[a\\-c]", "b"},
        {"[a\\-c]", "-"},
        {"*a*a*a*b", "aaaaaaab"},
        {"*a*a*a*b", "aaaaaaaa"},
        {"a*b*c", "abXbc"},
        {"a*b*c", "abXbcX"},
        {"**", "ab"},
        {"*?", ""},
        {"*?*", "x"},
        {"", ""},
        {"", "a"},
        {"manifest.json", "manifest.json"},
        {"manifest.json", "manifest.jsonl"},
        {"*.LOG", "x.log"},
        {"a+(b)|{c}$", "a+(b)|{c}$"},
        {"*[0-9]", "run_7"},
        {"*[0-9]", "run_x"},
    };
    for (const auto &[pattern, name] : cases)
        QTest::addRow("%s vs %s", pattern, name) << QByteArray(pattern) << QByteArray(name);
}

void TestGlob::againstLibcFnmatch()
{
    QFETCH(QByteArray, pattern);
    QFETCH(QByteArray, name);
    const bool libc =
        ::fnmatch(pattern.constData(), name.constData(), FNM_PATHNAME | FNM_PERIOD) == 0;
    const GlobPattern glob(QString::fromUtf8(pattern), GlobPattern::posixFnmatch());
    QVERIFY(glob.isValid());
    QCOMPARE(glob.matches(QByteArrayView(name)), libc);
    QCOMPARE(glob.matches(QStringView(QString::fromUtf8(name))), libc);
}

void TestGlob::pathologicalPatternsFinishFast_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("match");

    const QString as(20000, u'a');
    QTest::newRow("*a*a*a*a*a*b") << QStringLiteral("*a*a*a*a*a*b") << as << false;
    QTest::newRow("*a*a*a*a*a*a") << QStringLiteral("*a*a*a*a*a*a") << as << true;
    QTest::newRow("*aaaaaaaaab") << QStringLiteral("*aaaaaaaaab") << as << false;
    QTest::newRow("*?*?*?*?*?b") << QStringLiteral("*?*?*?*?*?b") << as << false;
    QTest::newRow("many stars") << QString(QStringLiteral("*a").repeated(200) + u'b') << as
                                << false;
}

void TestGlob::pathologicalPatternsFinishFast()
{
    QFETCH(QString, pattern);
    QFETCH(QString, name);
    QFETCH(bool, match);
    QElapsedTimer timer;
    timer.start();
    for (const GlobPattern::Options options :
         {GlobPattern::pythonFnmatch(), GlobPattern::posixFnmatch(),
          GlobPattern::shellFileName()}) {
        const GlobPattern glob(pattern, options);
        QCOMPARE(matchesBoth(glob, name), match);
    }
    // Linear in the name for each '*' at most: well under a second even in a debug
    // build; a backtracking regex takes hours here.
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestGlob)
#include "tst_glob.moc"
