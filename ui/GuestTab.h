// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
struct VmRecord;

/// What the console knows of the guest and from where (issue 18): each fact the prediction uses with its source
/// and age and what other sources say instead, the guest agent's state, and whether the guest's own driver
/// inventory confirms the prediction for the boot it describes.
class GuestTab : public QWidget
{
    Q_OBJECT

public:
    explicit GuestTab(QWidget* parent = nullptr);
    void showRecord(const VmRecord* record);
    /// A read-only connection cannot take an imported inventory.
    void setImportEnabled(bool enabled);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

signals:
    /// The admin asked to import saved pnputil output for the shown VM.
    void importRequested();

private:
    /// Fits the facts' columns into the view: each as wide as its contents, but the fact, value and age at most a
    /// quarter of the width each (elided, the whole text in the tooltip), so that the source stays in sight.
    void fitColumns();

    QLabel* m_agent;
    QTreeWidget* m_facts;
    QLabel* m_check;
    QTreeWidget* m_checkDevices;
    QPushButton* m_import;
};
