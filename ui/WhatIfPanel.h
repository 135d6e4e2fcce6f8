// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QStringList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;
struct VmConfig;

/// The what-if controls of the Binding preview: platform and vendor device identity, device model,
/// Windows Update, a blacklist entry and a Windows Update publication. They produce `--set` changes, the
/// same ones xpctl preview takes, so the console and the command line always agree.
class WhatIfPanel : public QWidget
{
    Q_OBJECT

public:
    explicit WhatIfPanel(QWidget* parent = nullptr);

    /// Sets every control to @p config without emitting changes.
    void load(const VmConfig& config);
    /// The changes the controls describe relative to the loaded configuration, as KEY=VALUE texts.
    QStringList changes() const;

signals:
    void changed();

private:
    QComboBox* m_platform;
    QSpinBox* m_platformRevision;
    QCheckBox* m_vendor;
    QLineEdit* m_vendorId;
    QSpinBox* m_vendorRevision;
    QComboBox* m_flavour;
    QCheckBox* m_windowsUpdate;
    QLineEdit* m_blacklist;
    QLineEdit* m_publish;
    QStringList m_loaded;
    bool m_loading = false;
};
