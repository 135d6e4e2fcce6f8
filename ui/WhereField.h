// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "model/fleet/WhereClause.h"

#include <QWidget>

class QLabel;
class QLineEdit;

/// "Only the VMs where": the conditions of `xpctl what-if --where` in one line, separated by ";" (issue 20 item 1),
/// for the fleet dialogs. A bad condition is named under the field and clauses() is empty.
class WhereField : public QWidget
{
    Q_OBJECT

public:
    explicit WhereField(QWidget* parent = nullptr);

    /// The conditions typed, or nullopt while one is bad.
    std::optional<QList<WhereClause>> clauses() const;
    QLineEdit* edit() const { return m_edit; }

signals:
    void changed();

private:
    void check();

    QLineEdit* m_edit;
    QLabel* m_error;
};
