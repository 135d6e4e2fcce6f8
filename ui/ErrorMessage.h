// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QCoreApplication>
#include <QString>

class ConnectError;
class QMessageBox;
class QWidget;

/// The console's way to report a failure (console-anchors §5): a one-line summary, a hint saying what to do,
/// and the full details (libvirt's message, the XML found) behind "Show Details…".
class ErrorMessage
{
    Q_DECLARE_TR_FUNCTIONS(ErrorMessage)

public:
    /// Builds the box without showing it, so callers and tests can inspect or open() it.
    static QMessageBox* create(QWidget* parent, const QString& summary, const QString& hint, const QString& details);
    /// Shows it window-modal and returns at once; the box deletes itself when closed.
    static void show(QWidget* parent, const QString& summary, const QString& hint, const QString& details = {});
    /// A connection (@p name) that did not open (issue 19 item 13): "Cannot connect to NAME: CAUSE", then what to
    /// do about it, libvirt's words behind "Show Details…". Not shown yet.
    static QMessageBox* createForConnection(QWidget* parent, const QString& name, const ConnectError& error);
};
