// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "ColumnFit.h"

#include <QHeaderView>
#include <QTableView>
#include <algorithm>
#include <utility>
#include <vector>

void ColumnFit::toContents(QTableView* view)
{
    const QAbstractItemModel* model = view->model();
    if (!model)
        return;
    const QModelIndex root = view->rootIndex();
    const int rows = model->rowCount(root);
    const int columns = model->columnCount(root);
    const int step = std::max(1, rows / kSampleRows);
    QHeaderView* header = view->horizontalHeader();
    // (text length, row), the shortest first: the heap of the longest texts seen so far.
    using Candidate = std::pair<qsizetype, int>;
    std::vector<Candidate> longest;
    longest.reserve(kCandidates + 1);
    for (int column = 0; column < columns; ++column) {
        if (header->isSectionHidden(column))
            continue;
        longest.clear();
        for (int row = 0; row < rows; row += step) {
            const qsizetype length = model->index(row, column, root).data().toString().size();
            if (longest.size() == std::size_t(kCandidates) && length <= longest.front().first)
                continue;
            longest.emplace_back(length, row);
            std::push_heap(longest.begin(), longest.end(), std::greater<>());
            if (longest.size() > std::size_t(kCandidates)) {
                std::pop_heap(longest.begin(), longest.end(), std::greater<>());
                longest.pop_back();
            }
        }
        int width = 0;
        for (const Candidate& candidate : longest)
            width = std::max(width, view->sizeHintForIndex(model->index(candidate.second, column, root)).width());
        // As QTableView::sizeHintForColumn: the grid line takes a pixel.
        if (width > 0 && view->showGrid())
            ++width;
        width = std::clamp(std::max(width, header->sectionSizeHint(column)), header->minimumSectionSize(),
                           header->maximumSectionSize());
        header->resizeSection(column, width);
    }
}
