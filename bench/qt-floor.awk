# SPDX-License-Identifier: GPL-2.0-or-later
# Reads scripts/bench's raw runs (vms, program, run, wall_s, user_s, sys_s, peak_rss_kib; tab-separated, one
# header line) and prints per node size the medians of `qt-floor URI` (the floor's libvirt work on a thread while a
# bare Qt Widgets window is built and painted: the least any Qt Widgets console of that fleet needs) against the
# floor on the same node (the runs labelled floor-running, or floor when the console's node is the xpctl node).
# Appends the table to md.

BEGIN { FS = "\t" }

NR > 1 {
    key = $1 SUBSEP $2
    wall[key] = wall[key] " " $4
    rss[key] = rss[key] " " $7
    if ($2 == "qt-floor" && !($1 in seen)) {
        seen[$1] = 1
        order[++count] = $1
    }
}

END {
    if (!count)
        exit
    out("")
    out("| VMs | floor wall s | qt-floor wall s | wall ratio | floor peak RSS MiB | qt-floor peak RSS MiB" \
        " | RSS ratio |")
    out("|---:|---:|---:|---:|---:|---:|---:|")
    for (k = 1; k <= count; ++k) {
        n = order[k]
        f = (n SUBSEP "floor-running") in wall ? n SUBSEP "floor-running" : n SUBSEP "floor"
        q = n SUBSEP "qt-floor"
        fw = median(wall[f]); qw = median(wall[q])
        fr = median(rss[f]) / 1024; qr = median(rss[q]) / 1024
        out(sprintf("| %d | %.3f | %.3f | **%.2f** | %.1f | %.1f | **%.2f** |", n, fw, qw, qw / fw, fr, qr, qr / fr))
    }
}
