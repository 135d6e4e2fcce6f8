// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

class QTableView;

/// Sizes a table's columns to their contents without laying out the text of every sampled cell.
/// QTableView::resizeColumnsToContents() asks the delegate for the size of every cell it samples (the visible rows
/// and a window around them); on the VM list that was 53 M instructions, about 15 ms of the GUI thread at the end
/// of a 1,000-VM load (callgrind, docs/performance.md). A cell is as wide as its text plus what does not depend on
/// the text (margins, a badge), so only the cells with the longest texts of each column are measured, with the
/// view's own delegate and options as Qt measures them, from rows spread over the whole model.
class ColumnFit
{
public:
    /// Rows looked at per column, spread evenly over the model.
    static constexpr int kSampleRows = 2000;
    /// Cells measured per column: the longest texts of the sample (a few, because glyph widths differ and some
    /// cells carry a badge).
    static constexpr int kCandidates = 8;

    /// Resizes every visible column of @p view to the widest of its measured cells, or its header if wider.
    static void toContents(QTableView* view);
};
