// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "model/fleet/VmQuery.h"

#include <QStringList>
#include <QWidget>

class Fleet;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

/// One compact row that picks VMs of one connection by query (issue 19 item 15b): by OS text, finding id, device
/// model, run state, or all of them, with the number of matches, and whether they replace or extend a list.
class VmQueryBar : public QWidget
{
    Q_OBJECT

public:
    explicit VmQueryBar(const Fleet* fleet, QWidget* parent = nullptr);

    VmQuery query() const;
    /// The keys the query picks now, by VM name.
    QStringList matches() const { return m_matches; }

public slots:
    /// Reads the fleet again: the choices offered (findings, device models, states present) and the matches.
    void refresh();

signals:
    /// Use @p keys as the list (@p replace) or add them to it.
    void picked(const QStringList& keys, bool replace);

private:
    void onKindChanged();
    void fillChoices();
    void recount();

    const Fleet* m_fleet;
    QComboBox* m_kind;
    QLineEdit* m_text;
    QComboBox* m_choice;
    QLabel* m_count;
    QPushButton* m_replace;
    QPushButton* m_extend;
    QStringList m_matches;
};
