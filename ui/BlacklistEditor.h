// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "model/core/VmConfig.h"

#include <QWidget>
#include <functional>

class BlacklistModel;
class BlacklistTable;
class QAction;
class QLabel;

/// Edits the driver blacklist of one VM, or a fleet template that a bulk change applies to many VMs.
///
/// Object names: "blacklistEditor"; the table and its Add, Remove, Undo and Redo actions as in BlacklistTable;
/// actions "blacklistApply" and "blacklistRevert", each with a tool button "<name>Button"; labels
/// "blacklistContext" (the VM and what its device model does with entries) and "blacklistPending".
///
/// Apply emits applyRequested() (or templateApplyRequested()); the caller shows the diff, pushes, and calls
/// markApplied() once libvirt kept the change. Before showing another VM, call maybeDiscard().
class BlacklistEditor : public QWidget
{
    Q_OBJECT

public:
    /// Asked before unapplied edits are dropped: @p question names the count and the VM, @p consequence what
    /// is lost. Returns true to discard.
    using DiscardPrompt = std::function<bool(const QString& question, const QString& consequence)>;

    explicit BlacklistEditor(QWidget* parent = nullptr);
    ~BlacklistEditor() override;

    /// Shows @p config's blacklist under its flavour. Another VM (or the first) is loaded afresh: undo history
    /// cleared, state clean, any unapplied edits dropped, so ask maybeDiscard() first. The VM already shown
    /// (same key, e.g. re-read after a libvirt event) keeps unapplied edits and takes the new flavour and the
    /// rest of the configuration; its blacklist is reloaded only when there are no unapplied edits.
    void setVm(const VmConfig& config);
    /// Fleet template mode: no VM, no flavour; the Effect column says enforcement depends on each VM.
    void setTemplate(const QList<BlacklistItem>& entries);
    /// Shows nothing; every write control disabled.
    void clear();
    /// Disables every write control (Add, Remove, Undo, Redo, Apply, Revert, cell editing). A VM whose
    /// metadata has a newer schema is read-only regardless.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    QList<BlacklistItem> entries() const;
    /// The key of the VM shown; empty in template mode or when nothing is shown.
    QString vmKey() const { return m_config.key; }
    bool isTemplate() const { return m_mode == Mode::Template; }
    bool hasUnappliedEdits() const;
    /// Undo steps between the applied state and now (at least 1 while there are unapplied edits).
    int unappliedEditCount() const;

    /// Without unapplied edits returns true at once. Otherwise asks (a QMessageBox naming the count and the
    /// VM, or the prompt set with setDiscardPrompt()); on "Discard" reverts to the applied blacklist and
    /// returns true, else returns false and keeps everything.
    bool maybeDiscard();
    /// Replaces the QMessageBox of maybeDiscard() (tests, or a "don't ask again" preference).
    void setDiscardPrompt(DiscardPrompt prompt) { m_discardPrompt = std::move(prompt); }

    BlacklistModel* model() const { return m_model; }

public slots:
    /// The edits reached libvirt: the current entries become the applied state.
    void markApplied();
    /// Back to the applied blacklist (undoable while the applied state is still in the undo history).
    void revert();

signals:
    /// Apply in VM mode: the VM's configuration as loaded, with the edited blacklist.
    void applyRequested(const VmConfig& edited);
    /// Apply in template mode: the template's entries.
    void templateApplyRequested(const QList<BlacklistItem>& entries);
    /// Whether there are unapplied edits changed (the "Changes pending" state).
    void pendingChanged(bool pending);

private:
    enum class Mode { None, Vm, Template };

    void load(Mode mode, const VmConfig& config, const QList<BlacklistItem>& entries);
    void apply();
    bool writable() const;
    void updateState();
    void updateContext();

    BlacklistModel* m_model;
    BlacklistTable* m_table;
    QLabel* m_context;
    QLabel* m_pending;
    QAction* m_apply;
    QAction* m_revert;
    Mode m_mode = Mode::None;
    VmConfig m_config;
    QList<BlacklistItem> m_applied;
    bool m_readOnly = false;
    bool m_pendingShown = false;
    DiscardPrompt m_discardPrompt;
};
