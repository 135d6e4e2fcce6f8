// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "model/fleet/ConnectionPreset.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;

/// "Add Connection": a preset (Xen, QEMU/KVM, either over SSH, a custom URI or the demo node), host and user for
/// the remote ones, the URI that will be opened, a read-only switch and the recent connections. OK stays disabled,
/// with the reason beside it, until the URI is usable. Typing into the URI field switches to a custom URI. With
/// setConnection() it is "Edit Connection", filled in from an open connection.
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectionDialog(QWidget* parent = nullptr);

    QString uri() const;
    bool readOnly() const;
    ConnectionPreset::Kind preset() const;
    /// Empty when OK is enabled; otherwise what the user has to fix (also shown in the dialog).
    QString problem() const { return m_problem; }

    /// Fills the form from @p uri (its preset, host and user where one matches) and @p readOnly, and calls the
    /// dialog "Edit Connection".
    void setConnection(const QString& uri, bool readOnly);

    void accept() override;

private:
    void update();
    void selectPreset(ConnectionPreset::Kind kind);
    void fillFromRecent(const QListWidgetItem* item);
    void fill(const QString& uri, bool readOnly);
    void loadRecent();
    void restoreFields();

    QComboBox* m_preset;
    QLineEdit* m_host;
    QLineEdit* m_user;
    QLineEdit* m_uri;
    QCheckBox* m_readOnly;
    QListWidget* m_recent;
    QLabel* m_problemLabel;
    QDialogButtonBox* m_buttons;
    QFormLayout* m_form;
    QString m_problem;
    /// What the user typed as a custom URI, kept while another preset is shown.
    QString m_customUri;
};
