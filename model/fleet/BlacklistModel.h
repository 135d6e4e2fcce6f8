// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "model/core/VmConfig.h"

#include <QAbstractTableModel>
#include <QList>
#include <optional>

class QUndoStack;

/// The blacklist of one VM (or of a fleet template) as an editable table: product, builds, comment and
/// the entry's effect under the VM's device-model flavour.
///
/// Every edit goes through the model's QUndoStack: setData() validates and pushes an
/// EditBlacklistEntryCommand, addEntry()/removeEntries() push add and remove commands. Input that does
/// not parse is refused by setData() with the reason in lastError(); entries that parse but clash with
/// another row (same product and builds, or overlapping builds) are kept and flagged through ProblemRole.
class BlacklistModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Product, Builds, Comment, Effect, ColumnCount };
    enum Role {
        /// QString: why the row needs attention (unknown product, duplicate, overlap, a range too long to plan as
        /// xenstore keys on the flavour); empty when fine.
        ProblemRole = Qt::UserRole + 1,
        /// bool: the row's problem must be fixed before the blacklist can be applied.
        BlocksApplyRole,
        /// bool: the flavour's device model enforces the entry; invalid QVariant without a flavour.
        EnforcedRole,
        /// quint16: the product number.
        ProductNumberRole,
    };

    explicit BlacklistModel(QObject* parent = nullptr);
    ~BlacklistModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    /// Validates @p value (Product: registry name or number; Builds: N or N-M; Comment: any text) and
    /// pushes an undoable edit. Returns false, with the reason in lastError(), when the input is refused.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    /// Loads a blacklist: replaces every row, clears the undo stack and marks it clean.
    void setEntries(const QList<BlacklistItem>& entries);
    QList<BlacklistItem> entries() const { return m_entries; }
    const BlacklistItem& entry(int row) const { return m_entries.at(row); }

    /// The device model the Effect column speaks of; nullopt for a fleet template, whose entries go to
    /// VMs of any flavour. Changes the Effect column, and the problem of rows whose range length matters on
    /// the new flavour (dataChanged, no reset).
    void setFlavour(std::optional<xp::device::Flavour> flavour);
    std::optional<xp::device::Flavour> flavour() const { return m_flavour; }

    /// Pushes an undoable insertion of @p item at @p row (appended when out of range); returns the row.
    int addEntry(const BlacklistItem& item, int row = -1);
    /// Pushes an undoable removal of @p rows (one undo step); invalid rows are ignored.
    void removeEntries(QList<int> rows);

    /// Why @p value would be refused for @p index; empty when setData() would accept it. For inline
    /// validation while the user is still typing.
    QString checkInput(const QModelIndex& index, const QVariant& value) const;
    /// The reason the last setData() refused its input; empty after an accepted one.
    QString lastError() const { return m_lastError; }
    /// Rows whose problem blocks applying (unknown product, duplicate entry).
    int blockingProblemCount() const;
    /// The first problem of any row, with its row number, for a one-line summary; empty when none.
    QString firstProblem() const;

    QUndoStack* undoStack() const { return m_undoStack; }

private:
    friend class AddBlacklistEntryCommand;
    friend class RemoveBlacklistEntryCommand;
    friend class EditBlacklistEntryCommand;

    struct Problem
    {
        QString text;
        bool blocksApply = false;
        bool operator==(const Problem&) const = default;
    };

    // The undo commands' primitives: they change the rows without pushing anything.
    void insertEntry(int row, const BlacklistItem& item);
    BlacklistItem takeEntry(int row);
    void replaceEntry(int row, const BlacklistItem& item);

    std::optional<BlacklistItem> edited(const QModelIndex& index, const QVariant& value, QString* error) const;
    Problem problemOf(int row) const;
    /// Recomputes every row's problem and emits dataChanged for the rows whose problem changed.
    void refreshProblems();

    QList<BlacklistItem> m_entries;
    QList<Problem> m_problems;
    std::optional<xp::device::Flavour> m_flavour;
    QString m_lastError;
    QUndoStack* m_undoStack;
};
