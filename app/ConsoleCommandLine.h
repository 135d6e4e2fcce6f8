// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <optional>

class QCoreApplication;

/// xpconsole's command line. QApplication aborts without a display, so --help and --version are answered from a
/// QCoreApplication before any QApplication exists; --lang translates them all the same.
class ConsoleCommandLine
{
public:
    /// What the console was asked to do, once the command line is processed.
    struct Options
    {
        QString connectUri; ///< empty: the bundled demo node
        bool readOnly = false;
        QString measureFile;
        QString screenshotFile;
        QString selectVm;
        QString tab;
        std::optional<int> wizardPage;
    };

    /// The option texts are translated when the parser is built, so the catalog must be installed first.
    ConsoleCommandLine();

    /// Application name, organisation and version, as the help, the version and the settings see them.
    static void setIdentity();
    /// The --lang value, read from the raw arguments: the texts must be translated before the parser exists.
    static QString language(const QStringList& arguments);
    /// Whether argv asks for --help or --version. Needs no application object at all.
    static bool asksForHelpOrVersion(int argc, char** argv);
    /// Prints the help or the version, translated per --lang, and returns the exit status.
    static int answerHelpOrVersion(QCoreApplication& app);

    /// Parses the arguments of the running application; errors and --help-all print and exit, as
    /// QCommandLineParser::process does.
    Options process(const QCoreApplication& app);

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_help;
    QCommandLineOption m_version;
    QCommandLineOption m_connect;
    QCommandLineOption m_readOnly;
    QCommandLineOption m_measure;
    QCommandLineOption m_screenshot;
    QCommandLineOption m_select;
    QCommandLineOption m_tab;
    QCommandLineOption m_wizard;
    QCommandLineOption m_lang;
};
