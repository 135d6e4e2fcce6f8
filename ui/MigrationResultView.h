// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "model/fleet/DomainPush.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QToolButton;

/// A push's result the console way: one line that says what happened, a hint what to do, and the details
/// (libvirt's message, the fields not kept) behind a toggle.
class MigrationResultView : public QWidget
{
    Q_OBJECT

public:
    explicit MigrationResultView(QWidget* parent = nullptr);

    /// Shows @p result of writing "@p what" (e.g. "step 2"); @p vmChange: it changed the VM, not just the record
    /// of what happened in the guest, so a running VM needs a power cycle for it.
    void showResult(const PushResult& result, const QString& what, bool vmChange);
    void showMessage(const QString& summary, const QString& hint = {}, const QString& details = {});
    void clear();
    QString summary() const;

private:
    QLabel* m_summary;
    QLabel* m_hint;
    QToolButton* m_toggle;
    QPlainTextEdit* m_details;
};
