// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "XpTestConfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

// What a Linux desktop expects an application to ship (issue 19): AppStream metadata, manual pages, bash
// completion, a desktop entry, and --help/--version that need no display. Everything is checked as installed by
// `cmake --install` into <tmp>/usr, so that appstreamcli validate-tree sees the tree a distribution would. The
// tools are required: scripts/install-deps installs them, and a missing one fails the suite.
class tst_Packaging : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void installed_data();
    void installed();
    void metainfoValidates();
    void metainfoDescribesThisRelease();
    void desktopFileValidates();
    void manPageRendersWithoutWarnings_data();
    void manPageRendersWithoutWarnings();
    void manPageDocumentsEveryVerbAndOption_data();
    void manPageDocumentsEveryVerbAndOption();
    void completionNamesEveryOption();
    void completes_data();
    void completes();
    void xpconsoleAnswersWithoutDisplay_data();
    void xpconsoleAnswersWithoutDisplay();

private:
    struct Run
    {
        int status = -1;
        QString out;
        QString err;
    };
    /// Runs @p program with the installed programs first on PATH and no XP_DATA_DIR, as a user's shell would.
    Run run(const QString& program, const QStringList& args, const QProcessEnvironment& env = {}) const;
    QString tool(const QString& name) const;
    QString installed(const QString& path) const { return m_root.filePath(QStringLiteral("usr/") + path); }
    QProcessEnvironment userEnvironment() const;
    QStringList complete(const QString& line, bool withBashCompletion);

    QTemporaryDir m_root;
    QTemporaryDir m_work; ///< the current directory of the completion runs: a folder and a file to complete
    QString m_help;       ///< `xpctl --help`
    QString m_deviceHelp; ///< `xpctl device --help`
    QStringList m_vms;    ///< the demo node's VM names, from `xpctl list --format json`
};

namespace {
const QString kMetainfo = QStringLiteral("share/metainfo/io.github.xpconsole.xpconsole.metainfo.xml");
const QString kCompletion = QStringLiteral("share/bash-completion/completions/xpctl");
const QString kBashCompletion = QStringLiteral("/usr/share/bash-completion/bash_completion");
const QRegularExpression kLongOption(QStringLiteral("--[a-z][a-z-]*[a-z]"));

QStringList longOptions(const QString& text)
{
    QStringList options;
    for (auto it = kLongOption.globalMatch(text); it.hasNext();) {
        const QString option = it.next().captured();
        if (!options.contains(option))
            options.append(option);
    }
    return options;
}

/// The usage blocks of a help text: a line that matches @p head starts one (capture 1 names it), lines that go on
/// with "[" belong to it, anything else ends it. The description after a run of blanks is not part of the usage.
QHash<QString, QString> usageBlocks(const QString& help, const QRegularExpression& head)
{
    QHash<QString, QString> blocks;
    QString current;
    for (const QString& line : help.split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch m = head.match(line);
        if (m.hasMatch()) {
            current = m.captured(1);
            blocks[current] += line.trimmed().section(QRegularExpression(QStringLiteral("\\s{2,}")), 0, 0);
        } else if (!current.isEmpty() && line.trimmed().startsWith(QLatin1Char('['))) {
            blocks[current] += QLatin1Char(' ') + line.trimmed();
        } else {
            current.clear();
        }
    }
    return blocks;
}

/// The verbs of `xpctl --help`, each with the usage that follows it.
QHash<QString, QString> verbUsages(const QString& help)
{
    const QString commands = help.section(QStringLiteral("Commands:\n"), 1).section(QStringLiteral("\n\n"), 0, 0);
    return usageBlocks(commands, QRegularExpression(QStringLiteral("^  ([a-z]+(?:-[a-z]+)*)\\b")));
}

/// A man page's text without font changes, with "\-" as "-" and continued lines joined.
QString manText(const QString& roff)
{
    QString text = roff;
    text.replace(QStringLiteral("\\\n"), QString());
    text.remove(QRegularExpression(QStringLiteral("\\\\f(\\[[A-Z]*\\]|\\(..|.)")));
    text.replace(QStringLiteral("\\-"), QStringLiteral("-"));
    text.remove(QStringLiteral("\\&"));
    text.remove(QStringLiteral("\\c"));
    return text;
}

/// How bash splits a command line into COMP_WORDS: at blanks, and around its word breaks "=" and ":".
QStringList compWords(const QString& line)
{
    QStringList words;
    for (const QString& blankSeparated : line.split(QLatin1Char(' '))) {
        static const QRegularExpression pieces(QStringLiteral("[=:]+|[^=:]+"));
        bool any = false;
        for (auto it = pieces.globalMatch(blankSeparated); it.hasNext();) {
            words.append(it.next().captured());
            any = true;
        }
        if (!any)
            words.append(QString());
    }
    return words;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}
} // namespace

QString tst_Packaging::tool(const QString& name) const
{
    const QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        qWarning("%s is missing: scripts/install-deps installs it", qPrintable(name));
    return path;
}

QProcessEnvironment tst_Packaging::userEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("XP_DATA_DIR"));
    env.insert(QStringLiteral("PATH"), installed(QStringLiteral("bin")) + QLatin1Char(':') + env.value(u"PATH"_s));
    return env;
}

tst_Packaging::Run tst_Packaging::run(const QString& program, const QStringList& args,
                                      const QProcessEnvironment& env) const
{
    QProcess process;
    process.setProcessEnvironment(env.isEmpty() ? userEnvironment() : env);
    process.setWorkingDirectory(m_work.path());
    process.start(program, args);
    Run result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void tst_Packaging::initTestCase()
{
    QVERIFY(m_root.isValid());
    QVERIFY(m_work.isValid());
    const Run install = run(QStringLiteral("cmake"), {QStringLiteral("--install"), QStringLiteral(XP_BINARY_DIR),
                                                      QStringLiteral("--prefix"), m_root.filePath(u"usr"_s)});
    QVERIFY2(install.status == 0, qPrintable(install.err));

    const Run help = run(installed(u"bin/xpctl"_s), {u"--help"_s});
    QCOMPARE(help.status, 0);
    m_help = help.out;
    const Run deviceHelp = run(installed(u"bin/xpctl"_s), {u"device"_s, u"--help"_s});
    QCOMPARE(deviceHelp.status, 0);
    m_deviceHelp = deviceHelp.out;
    const Run list = run(installed(u"bin/xpctl"_s), {u"list"_s, u"--format"_s, u"json"_s});
    QCOMPARE(list.status, 0);
    for (const QJsonValue& vm : QJsonDocument::fromJson(list.out.toUtf8()).array())
        m_vms.append(vm.toObject().value(u"name").toString());
    QVERIFY(m_vms.contains(u"erp-db-01"_s));

    QVERIFY(QDir(m_work.path()).mkdir(u"guest-outputs"_s));
    QFile file(m_work.filePath(u"dc-01-drivers.txt"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
}

void tst_Packaging::installed_data()
{
    QTest::addColumn<QString>("path");
    for (const QString& path :
         {kMetainfo, kCompletion, u"share/man/man1/xpctl.1"_s, u"share/man/man1/xpconsole.1"_s,
          u"share/applications/xpconsole.desktop"_s, u"share/icons/hicolor/scalable/apps/xpconsole.svg"_s})
        QTest::newRow(qPrintable(path)) << path;
}

void tst_Packaging::installed()
{
    QFETCH(QString, path);
    QVERIFY(QFileInfo(installed(path)).isFile());
}

void tst_Packaging::metainfoValidates()
{
    const QString appstreamcli = tool(u"appstreamcli"_s);
    QVERIFY(!appstreamcli.isEmpty());
    const Run file = run(appstreamcli, {u"validate"_s, u"--no-net"_s, u"--pedantic"_s, installed(kMetainfo)});
    QVERIFY2(file.status == 0, qPrintable(file.out + file.err));
    // The tree: the launchable names a desktop file that is installed.
    const Run tree = run(appstreamcli, {u"validate-tree"_s, u"--no-net"_s, u"--pedantic"_s, m_root.path()});
    QVERIFY2(tree.status == 0, qPrintable(tree.out + tree.err));
}

void tst_Packaging::metainfoDescribesThisRelease()
{
    QFile file(installed(kMetainfo));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString id;
    QString launchable;
    QStringList binaries;
    QStringList releases;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"id")
            id = xml.readElementText();
        else if (xml.name() == u"launchable")
            launchable = xml.readElementText();
        else if (xml.name() == u"binary")
            binaries.append(xml.readElementText());
        else if (xml.name() == u"release")
            releases.append(xml.attributes().value(u"version"_s).toString());
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(QFileInfo(file).fileName(), id + u".metainfo.xml"_s);
    QVERIFY(QFileInfo::exists(installed(u"share/applications/"_s + launchable)));
    QCOMPARE(sorted(binaries), (QStringList{u"xpconsole"_s, u"xpctl"_s}));
    for (const QString& binary : std::as_const(binaries))
        QVERIFY2(QFileInfo(installed(u"bin/"_s + binary)).isExecutable(), qPrintable(binary));
    // The newest release comes first, and it is the project's VERSION.
    QVERIFY(!releases.isEmpty());
    QCOMPARE(releases.constFirst(), QStringLiteral(XP_VERSION_STRING));
}

void tst_Packaging::desktopFileValidates()
{
    const QString validate = tool(u"desktop-file-validate"_s);
    QVERIFY(!validate.isEmpty());
    const Run result = run(validate, {installed(u"share/applications/xpconsole.desktop"_s)});
    QCOMPARE(result.status, 0);
    QVERIFY2(result.out.isEmpty() && result.err.isEmpty(), qPrintable(result.out + result.err));
}

void tst_Packaging::manPageRendersWithoutWarnings_data()
{
    QTest::addColumn<QString>("page");
    QTest::newRow("xpctl.1") << u"share/man/man1/xpctl.1"_s;
    QTest::newRow("xpconsole.1") << u"share/man/man1/xpconsole.1"_s;
}

void tst_Packaging::manPageRendersWithoutWarnings()
{
    QFETCH(QString, page);
    const QString groff = tool(u"groff"_s);
    QVERIFY(!groff.isEmpty());
    const Run result = run(groff, {u"-man"_s, u"-ww"_s, u"-z"_s, u"-t"_s, installed(page)});
    QCOMPARE(result.status, 0);
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
}

void tst_Packaging::manPageDocumentsEveryVerbAndOption_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QStringList>("verbs");
    QTest::addColumn<QStringList>("options");
    QVERIFY(!verbUsages(m_help).isEmpty());
    QTest::newRow("xpctl.1") << u"share/man/man1/xpctl.1"_s << verbUsages(m_help).keys()
                             << longOptions(m_help + m_deviceHelp);
    const Run help = run(installed(u"bin/xpconsole"_s), {u"--help"_s});
    QCOMPARE(help.status, 0);
    QTest::newRow("xpconsole.1") << u"share/man/man1/xpconsole.1"_s << QStringList() << longOptions(help.out);
}

void tst_Packaging::manPageDocumentsEveryVerbAndOption()
{
    QFETCH(QString, page);
    QFETCH(QStringList, verbs);
    QFETCH(QStringList, options);
    QFile file(installed(page));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = manText(QString::fromUtf8(file.readAll()));
    QVERIFY2(text.contains(QRegularExpression(
                 u"^\\.TH .*\"xpconsole "_s + QRegularExpression::escape(QStringLiteral(XP_VERSION_STRING)) + u"\""_s,
                 QRegularExpression::MultilineOption)),
             "the page's header names another version");
    QVERIFY(options.size() >= 8);
    QStringList missing;
    // A verb is documented where an entry's first line starts with it.
    for (const QString& verb : std::as_const(verbs))
        if (!text.contains(QRegularExpression(u"^"_s + verb + u"\\b"_s, QRegularExpression::MultilineOption)))
            missing.append(verb);
    for (const QString& option : std::as_const(options))
        if (!text.contains(QRegularExpression(u"(?<![\\w-])"_s + option + u"(?![\\w-])"_s)))
            missing.append(option);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u' ')));
}

void tst_Packaging::completionNamesEveryOption()
{
    QFile file(installed(kCompletion));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString script = QString::fromUtf8(file.readAll());
    QStringList missing;
    for (const QString& option : longOptions(m_help + m_deviceHelp))
        if (!script.contains(QRegularExpression(u"(?<![\\w-])"_s + option + u"(?![\\w-])"_s)))
            missing.append(option);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u' ')));
}

QStringList tst_Packaging::complete(const QString& line, bool withBashCompletion)
{
    // Sources the installed file (after bash-completion's own, as an interactive shell has it), sets up what
    // bash sets for a completion function, calls the one registered for xpctl and prints COMPREPLY.
    static const QString script = QStringLiteral(R"(
        file=$1 withBashCompletion=$2 COMP_LINE=$3
        shift 3
        if [[ $withBashCompletion == 1 ]]; then source "$BASH_COMPLETION" || exit 90; fi
        source "$file" || exit 91
        function=$(complete -p xpctl | sed -n 's/.* -F \([^ ]*\) .*/\1/p')
        [[ -n $function ]] || exit 92
        COMP_WORDS=("$@")
        COMP_CWORD=$(($# - 1))
        COMP_POINT=${#COMP_LINE}
        COMP_TYPE=9 COMP_KEY=9
        "$function" "${COMP_WORDS[0]}" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
        printf '%s\n' "${COMPREPLY[@]}"
    )");
    QProcessEnvironment env = userEnvironment();
    env.insert(u"BASH_COMPLETION"_s, kBashCompletion);
    const Run result = run(u"bash"_s,
                           QStringList{u"--norc"_s, u"--noprofile"_s, u"-c"_s, script, u"bash"_s,
                                       installed(kCompletion), withBashCompletion ? u"1"_s : u"0"_s, line} +
                               compWords(line),
                           env);
    if (result.status != 0 || !result.err.isEmpty()) {
        qWarning().noquote() << "completing" << line << "exited with" << result.status << result.err;
        return {u"<failed>"_s};
    }
    return sorted(result.out.split(u'\n', Qt::SkipEmptyParts));
}

void tst_Packaging::completes_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("withBashCompletion");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<bool>("exactly"); // or only at least these

    QVERIFY2(QFileInfo::exists(kBashCompletion), "bash-completion is missing: scripts/install-deps installs it");
    const QHash<QString, QString> verbs = verbUsages(m_help);
    const QHash<QString, QString> actions =
        usageBlocks(m_deviceHelp, QRegularExpression(QStringLiteral("^xpctl device ([a-z]+)\\b")));
    QVERIFY(actions.contains(u"dump"_s) && actions.contains(u"io"_s));
    const QString globalOptions =
        m_help.section(QStringLiteral("Global options:\n"), 1).section(QStringLiteral("\n\n"), 0, 0);
    const QStringList flavours = m_deviceHelp.section(QStringLiteral("  F: "), 1)
                                     .section(QStringLiteral(" ("), 0, 0)
                                     .split(QStringLiteral(", "));
    QCOMPARE(flavours.size(), 4);

    // What `xpctl --help` and `xpctl device --help` list, the completion offers.
    QTest::newRow("every verb") << u"xpctl "_s << true << sorted(verbs.keys()) << true;
    QTest::newRow("global options") << u"xpctl -"_s << true << sorted(longOptions(globalOptions)) << true;
    for (auto it = verbs.cbegin(); it != verbs.cend(); ++it)
        if (!longOptions(it.value()).isEmpty())
            QTest::newRow(qPrintable(u"options of "_s + it.key()))
                << u"xpctl %1 -"_s.arg(it.key()) << true << longOptions(it.value()) << false;
    for (auto it = actions.cbegin(); it != actions.cend(); ++it)
        QTest::newRow(qPrintable(u"options of device "_s + it.key()))
            << u"xpctl device %1 -"_s.arg(it.key()) << true << longOptions(it.value()) << false;
    QTest::newRow("device --flavour") << u"xpctl device dump --flavour "_s << true << sorted(flavours) << true;
    QTest::newRow("preview --set flavour=")
        << u"xpctl preview erp-db-01 --set flavour="_s << true << sorted(flavours) << true;

    // The strategy ids the completion offers are those the installed data holds.
    QFile strategiesFile(installed(u"share/xpconsole/strategies/strategies.json"_s));
    QVERIFY2(strategiesFile.open(QIODevice::ReadOnly), qPrintable(strategiesFile.fileName()));
    QStringList strategies;
    for (const QJsonValue& s : QJsonDocument::fromJson(strategiesFile.readAll())[u"strategies"_s].toArray())
        strategies << s[u"id"_s].toString();
    QVERIFY(strategies.size() >= 8);
    QTest::newRow("strategies --show") << u"xpctl strategies --show "_s << true << sorted(strategies) << true;

    QTest::newRow("sh") << u"xpctl sh"_s << true << QStringList{u"show"_s} << true;
    QTest::newRow("list --format") << u"xpctl list --format "_s << true << QStringList{u"json"_s, u"table"_s} << true;
    QTest::newRow("list --format=") << u"xpctl list --format="_s << true << QStringList{u"json"_s, u"table"_s} << true;
    QTest::newRow("show --format") << u"xpctl show erp-db-01 --format "_s << true << QStringList{u"json"_s, u"text"_s}
                                   << true;
    QTest::newRow("--fail-on") << u"xpctl list --fail-on "_s << true << QStringList{u"error"_s, u"info"_s, u"warning"_s}
                               << true;
    QTest::newRow("device --model") << u"xpctl device io --model "_s << true
                                    << QStringList{u"xen-platform"_s, u"xen-pvdevice"_s} << true;
    QTest::newRow("device io operation") << u"xpctl device io --model xen-platform r16 0x10 w"_s << true
                                         << QStringList{u"w16"_s, u"w32"_s, u"w8"_s} << true;
    QTest::newRow("device io port") << u"xpctl device io --model xen-platform r16 "_s << true << QStringList() << true;
    QTest::newRow("show VM") << u"xpctl show "_s << true << sorted(m_vms) << true;
    QTest::newRow("show erp") << u"xpctl show erp"_s << true << QStringList{u"erp-db-01"_s} << true;
    QTest::newRow("apply VM") << u"xpctl --readonly apply "_s << true << sorted(m_vms) << true;
    QTest::newRow("--connect is respected")
        << u"xpctl --connect test:///default show "_s << true << QStringList{u"test"_s} << true;
    QTest::newRow("no connection, no names")
        << u"xpctl -c test:///nonexistent/fleet.xml show "_s << true << QStringList() << true;
    QTest::newRow("blacklist action") << u"xpctl blacklist --all "_s << true
                                      << QStringList{u"add"_s, u"list"_s, u"remove"_s} << true;
    QTest::newRow("inventory") << u"xpctl inventory "_s << true << QStringList{u"import"_s} << true;
    QTest::newRow("inventory import DIR")
        << u"xpctl inventory import "_s << true << QStringList{u"guest-outputs"_s} << true;
    QTest::newRow("--pnputil FILE") << u"xpctl show erp-db-01 --pnputil dc"_s << true
                                    << QStringList{u"dc-01-drivers.txt"_s} << true;
    QTest::newRow("apply --set wu") << u"xpctl apply erp-db-01 --set wu"_s << true << QStringList() << true;
    QTest::newRow("preview --set wu") << u"xpctl preview erp-db-01 --set wu"_s << true << QStringList{u"wu-publish+="_s}
                                      << true;

    // Sourced without bash-completion: the space-separated forms still work.
    QTest::newRow("plain sh") << u"xpctl sh"_s << false << QStringList{u"show"_s} << true;
    QTest::newRow("plain list --format") << u"xpctl list --format "_s << false << QStringList{u"json"_s, u"table"_s}
                                         << true;
    QTest::newRow("plain show VM") << u"xpctl show "_s << false << sorted(m_vms) << true;
    QTest::newRow("plain inventory import DIR")
        << u"xpctl inventory import "_s << false << QStringList{u"guest-outputs"_s} << true;
}

void tst_Packaging::completes()
{
    QFETCH(QString, line);
    QFETCH(bool, withBashCompletion);
    QFETCH(QStringList, expected);
    QFETCH(bool, exactly);
    const QStringList offered = complete(line, withBashCompletion);
    if (exactly) {
        QCOMPARE(offered, sorted(expected));
    } else {
        for (const QString& word : std::as_const(expected))
            QVERIFY2(offered.contains(word), qPrintable(word + u" not in: "_s + offered.join(u' ')));
    }
}

void tst_Packaging::xpconsoleAnswersWithoutDisplay_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("absent");
    const QString description = u"Xen platform device and PV driver console"_s;
    QTest::newRow("--help") << QStringList{u"--help"_s} << u"--connect <URI>"_s << QString();
    QTest::newRow("-h") << QStringList{u"-h"_s} << description << QString();
    QTest::newRow("--version") << QStringList{u"--version"_s} << u"xpconsole " XP_VERSION_STRING "\n"_s << QString();
    // --lang still translates the help: the description is the catalog's, not the English source.
    QTest::newRow("--lang de --help") << QStringList{u"--lang"_s, u"de"_s, u"--help"_s} << u"--lang <LANG>"_s
                                      << description;
}

void tst_Packaging::xpconsoleAnswersWithoutDisplay()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    QFETCH(QString, absent);
    QProcessEnvironment env = userEnvironment();
    for (const QString& name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s})
        env.remove(name);
    const Run result = run(installed(u"bin/xpconsole"_s), args, env);
    QVERIFY2(result.status == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(expected), qPrintable(result.out));
    if (!absent.isEmpty())
        QVERIFY2(!result.out.contains(absent), qPrintable(result.out));
}

QTEST_GUILESS_MAIN(tst_Packaging)
#include "tst_Packaging.moc"
