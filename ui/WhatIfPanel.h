// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QStringList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;
struct VmConfig;

/// The what-if controls of the Binding preview: platform and vendor device identity, device model,
/// Windows Update, a blacklist entry and a Windows Update publication. They produce `--set` changes, the
/// same ones xpctl preview takes, so the console and the command line always agree. "Apply…" asks for the
/// described change to be written (the ones xpctl apply --set takes), on a writable connection only.
class WhatIfPanel : public QWidget
{
    Q_OBJECT

public:
    explicit WhatIfPanel(QWidget* parent = nullptr);

    /// Sets every control to @p config without emitting changes.
    void load(const VmConfig& config);
    /// The changes the controls describe relative to the loaded configuration, as KEY=VALUE texts.
    QStringList changes() const;
    /// changes() that can be written to the VM: without the what-if-only ones (wu-publish+=).
    QStringList appliableChanges() const;
    /// Whether the VM's connection may be written; Apply stays disabled until it is (read-only by default).
    void setWritable(bool writable);
    bool isWritable() const { return m_writable; }
    /// Why Apply is disabled; empty when it is enabled.
    QString applyBlocker() const;

signals:
    void changed();
    /// The admin asked to write @p changes (KEY=VALUE texts, as xpctl apply --set takes them) to the VM.
    void applyRequested(const QStringList& changes);

private:
    void updateApply();

    QComboBox* m_platform;
    QSpinBox* m_platformRevision;
    QCheckBox* m_vendor;
    QLineEdit* m_vendorId;
    QSpinBox* m_vendorRevision;
    QComboBox* m_flavour;
    QCheckBox* m_windowsUpdate;
    QLineEdit* m_blacklist;
    QLineEdit* m_publish;
    QPushButton* m_apply;
    QStringList m_loaded;
    bool m_loading = false;
    bool m_writable = false;
};
