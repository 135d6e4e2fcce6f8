# SPDX-License-Identifier: GPL-2.0-or-later
# Functions shared by scripts/bench's table scripts (loaded first: awk -f bench/stats.awk -f bench/X.awk).
# median(list): the median of a space-separated list of numbers; worst(list): its largest; out(line): prints the
# line and appends it to the file named by the variable md.
function median(list, a, c, i, j, v) {
    c = split(list, a, " ")
    for (i = 2; i <= c; ++i) { # insertion sort: a handful of runs
        v = a[i]
        for (j = i - 1; j > 0 && a[j] + 0 > v + 0; --j)
            a[j + 1] = a[j]
        a[j + 1] = v
    }
    return c % 2 ? a[(c + 1) / 2] : (a[c / 2] + a[c / 2 + 1]) / 2
}
function worst(list, a, c, i, m) {
    c = split(list, a, " ")
    m = a[1]
    for (i = 2; i <= c; ++i)
        if (a[i] + 0 > m + 0)
            m = a[i]
    return m
}
function out(line) {
    print line
    print line >> md
}
