// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QString>
#include <QStringList>
#include <functional>

class QWidget;

/// Every window and dialog of the console, built as the console builds them (on the demo fleet where they need
/// data) and walked through the states that change what they show: the main window with each details tab in
/// turn, the connection dialog with each preset, the bulk change dialog with each kind of change, the migration
/// wizard on each page and step kind, and so on. Message boxes are never opened.
///
/// Shared by the suites that look at what a user sees in every language (mnemonics, clipped texts).
class WindowTour
{
public:
    /// Called once per state with the window shown and its layout settled. @p state names the state in English
    /// ("Blacklist tab, entry being added") so that reports read the same in every language.
    using Visitor = std::function<void(QWidget* window, const QString& state)>;

    /// The windows, as names for data rows: "mainWindow", "connectionDialog", ...
    static QStringList windows();
    /// The languages of the console, as for xpconsole --lang.
    static QStringList languages();
    /// Installs the catalogs of @p language as xpconsole --lang does, replacing those of the previous call.
    /// Returns false when the language was not installed.
    static bool installLanguage(const QString& language);
    /// Builds @p window in the installed language and calls @p visit for each of its states. Returns false, with
    /// @p error saying where, when a state could not be reached.
    static bool run(const QString& window, const Visitor& visit, QString* error);
    /// The size the main window is looked at: a 1024x700 screen.
    static constexpr int kMainWidth = 1024;
    static constexpr int kMainHeight = 700;

private:
    static bool mainWindow(const Visitor& visit, QString* error);
    static bool connectionDialog(const Visitor& visit, QString* error);
    static bool credentialDialog(const Visitor& visit, QString* error);
    static bool bulkChangeDialog(const Visitor& visit, QString* error);
    static bool fleetWhatIfDialog(const Visitor& visit, QString* error);
    static bool strategiesDialog(const Visitor& visit, QString* error);
    static bool pushDialog(const Visitor& visit, QString* error);
    static bool migrationWizard(const Visitor& visit, QString* error);
};
