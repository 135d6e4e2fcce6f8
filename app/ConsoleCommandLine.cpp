// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "ConsoleCommandLine.h"

#include "model/core/Translator.h"
#include "model/core/XpVersion.h"

#include <QCoreApplication>
#include <cstdio>

// The texts keep the context "main" they had when main() built the parser, so the catalogs still hold them.
ConsoleCommandLine::ConsoleCommandLine()
    : m_help(m_parser.addHelpOption())
    , m_version(m_parser.addVersionOption())
    , m_connect({QStringLiteral("c"), QStringLiteral("connect")},
                QCoreApplication::translate("main", "libvirt connection URI."), QStringLiteral("URI"))
    , m_readOnly({QStringLiteral("r"), QStringLiteral("readonly")},
                 QCoreApplication::translate("main", "Open the connection read-only."))
    , m_measure(QStringLiteral("measure"),
                QCoreApplication::translate(
                    "main", "Load the fleet, measure paint, load, GUI blocks, filter latency and a full refresh "
                            "(on a test:// node after changing the state of some VMs), write them as JSON to "
                            "FILE, then quit."),
                QStringLiteral("FILE"))
    , m_screenshot(
          QStringLiteral("screenshot"),
          QCoreApplication::translate("main", "Render the window to a PNG file once the fleet has loaded, then quit."),
          QStringLiteral("FILE"))
    , m_select(QStringLiteral("select"), QCoreApplication::translate("main", "Select this VM (with --screenshot)."),
               QStringLiteral("VM"))
    , m_tab(QStringLiteral("tab"),
            QCoreApplication::translate("main",
                                        "Show this details tab: binding, whatIf, blacklist, devices, unplug or xml."),
            QStringLiteral("NAME"))
    , m_wizard(QStringLiteral("wizard"),
               QCoreApplication::translate(
                   "main", "With --screenshot: open the driver migration wizard on the selected VM, go to "
                           "page N (0 pre-checks, 1 target, 2 plan, 3 steps) and picture the wizard."),
               QStringLiteral("N"))
    , m_lang(QStringLiteral("lang"), QCoreApplication::translate("main", "User interface language (en, de, ja)."),
             QStringLiteral("LANG"))
{
    m_parser.setApplicationDescription(
        QCoreApplication::translate("main", "Xen platform device and PV driver console"));
    m_parser.addOptions({m_connect, m_readOnly, m_measure, m_screenshot, m_select, m_tab, m_wizard, m_lang});
}

void ConsoleCommandLine::setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("xpconsole"));
    QCoreApplication::setOrganizationName(QStringLiteral("xpconsole"));
    QCoreApplication::setApplicationVersion(QLatin1String(xp::kVersion));
}

QString ConsoleCommandLine::language(const QStringList& arguments)
{
    QString language;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--lang") && i + 1 < arguments.size())
            language = arguments.at(i + 1);
        else if (arguments.at(i).startsWith(QLatin1String("--lang=")))
            language = arguments.at(i).section(QLatin1Char('='), 1);
    }
    return language;
}

bool ConsoleCommandLine::asksForHelpOrVersion(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    // Errors do not matter here: Qt's own options (-platform, -style) are unknown until QApplication removes them,
    // and every other error is reported by process().
    ConsoleCommandLine commandLine;
    commandLine.m_parser.parse(arguments);
    return commandLine.m_parser.isSet(commandLine.m_help) || commandLine.m_parser.isSet(commandLine.m_version);
}

int ConsoleCommandLine::answerHelpOrVersion(QCoreApplication& app)
{
    setIdentity();
    Translator::install(app, language(QCoreApplication::arguments()));
    ConsoleCommandLine commandLine;
    commandLine.m_parser.parse(QCoreApplication::arguments());
    // --version wins, as in QCommandLineParser::process.
    const QString text = commandLine.m_parser.isSet(commandLine.m_version)
                             ? QCoreApplication::applicationName() + QLatin1Char(' ') +
                                   QCoreApplication::applicationVersion() + QLatin1Char('\n')
                             : commandLine.m_parser.helpText();
    std::fputs(text.toLocal8Bit().constData(), stdout);
    return 0;
}

ConsoleCommandLine::Options ConsoleCommandLine::process(const QCoreApplication& app)
{
    m_parser.process(app);
    Options options;
    options.connectUri = m_parser.value(m_connect);
    options.readOnly = m_parser.isSet(m_readOnly);
    options.measureFile = m_parser.value(m_measure);
    options.screenshotFile = m_parser.value(m_screenshot);
    options.selectVm = m_parser.value(m_select);
    options.tab = m_parser.value(m_tab);
    if (m_parser.isSet(m_wizard))
        options.wizardPage = m_parser.value(m_wizard).toInt();
    return options;
}
