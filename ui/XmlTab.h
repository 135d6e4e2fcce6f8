// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QWidget>

class DiffView;
class QLabel;
class QPlainTextEdit;

/// The XML tab: the VM's inactive domain XML as libvirt holds it (read-only), and below it the unified diff
/// that the edits pending in the editors would write, so an admin sees the exact XML before Apply.
class XmlTab : public QWidget
{
    Q_OBJECT

public:
    explicit XmlTab(QWidget* parent = nullptr);

    void setXml(const QString& inactiveXml);
    /// @p diff of the pending edits; empty when nothing is pending. @p problem says why no diff can be made.
    void setPendingDiff(const QString& diff, const QString& problem = {});

private:
    QPlainTextEdit* m_xml;
    QLabel* m_pendingLabel;
    DiffView* m_pending;
};
