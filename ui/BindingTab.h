// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;
struct VmRecord;

/// Why a driver binds: per exposed device every candidate package with its rank, the winner, and the
/// findings with their evidence.
class BindingTab : public QWidget
{
    Q_OBJECT

public:
    explicit BindingTab(QWidget* parent = nullptr);
    void showRecord(const VmRecord* record);

private:
    QLabel* m_summary;
    QTreeWidget* m_candidates;
    QTreeWidget* m_findings;
};
