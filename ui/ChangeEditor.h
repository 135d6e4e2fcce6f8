// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "model/core/ConfigChange.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;

/// Composes a list of configuration changes (the `--set KEY=VALUE` language of ConfigChange) without typing
/// the syntax: a kind, the value widgets of that kind, "Add to list". The composed text is shown in an
/// editable line so experts can type any change directly; everything goes through ConfigChange::parse, and
/// Add stays disabled, with the reason beside it, while the text is not a valid change. What-if-only changes
/// (wu-publish) are refused: these changes are written to VMs.
class ChangeEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ChangeEditor(QWidget* parent = nullptr);

    /// The composed changes, in list order.
    QList<ConfigChange> changes() const { return m_changes; }
    /// Their canonical KEY=VALUE texts.
    QStringList changeTexts() const;
    /// The change the form or the text line currently describes (not yet added).
    QString pendingText() const;
    /// Why the pending text cannot be added; empty when it can (or when there is nothing to add).
    QString pendingError() const;

    /// Adds a change as if typed and added; false with @p error when it is invalid or already listed.
    /// A second change of a single-valued setting (device, device model, Windows Update) replaces the first.
    bool addChange(const QString& text, QString* error = nullptr);
    /// Removes the change at @p row of the list.
    void removeChange(int row);
    void clear();

signals:
    void changesChanged();

private:
    struct DeviceFields
    {
        QCheckBox* off = nullptr;
        QLineEdit* id = nullptr;
        QLineEdit* revision = nullptr;
    };

    QWidget* devicePage(DeviceFields& fields, const QString& prefix, const QString& defaultId);
    QWidget* blacklistPage();
    QWidget* flavourPage();
    QWidget* windowsUpdatePage();
    QWidget* packagePage();
    ConfigChange::Kind currentKind() const;
    /// The text the form's widgets describe.
    QString composed() const;
    void onFormChanged();
    void validate();
    void addPending();

    QComboBox* m_kind;
    QStackedWidget* m_pages;
    DeviceFields m_platform;
    DeviceFields m_vendor;
    QComboBox* m_flavour = nullptr;
    QComboBox* m_product = nullptr;
    QLineEdit* m_builds = nullptr;
    QComboBox* m_windowsUpdate = nullptr;
    QComboBox* m_package = nullptr;
    QLineEdit* m_text;
    QLabel* m_error;
    QPushButton* m_add;
    QListWidget* m_list;
    QPushButton* m_remove;
    QList<ConfigChange> m_changes;
};
