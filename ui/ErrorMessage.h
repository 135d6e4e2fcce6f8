// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QString>

class QMessageBox;
class QWidget;

/// The console's way to report a failure (console-anchors §5): a one-line summary, a hint saying what to do,
/// and the full details (libvirt's message, the XML found) behind "Show Details…".
class ErrorMessage
{
public:
    /// Builds the box without showing it, so callers and tests can inspect or open() it.
    static QMessageBox* create(QWidget* parent, const QString& summary, const QString& hint, const QString& details);
    /// Shows it window-modal and returns at once; the box deletes itself when closed.
    static void show(QWidget* parent, const QString& summary, const QString& hint, const QString& details = {});
};
