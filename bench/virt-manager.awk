# SPDX-License-Identifier: GPL-2.0-or-later
# Reads scripts/bench's virt-manager runs (tab-separated, no header: vms, shown_s, cpu_shown_s, watch_cpu_share,
# peak_rss_mib, vms_added; shown_s empty when it gave up after `timeout` seconds) and then its console runs (as for
# console-medians.awk), and prints virt-manager's figures next to the console's medians. Appends the table to the
# file md; writes the figures as a JSON array to the file js.

BEGIN { FS = "\t" }

FNR == NR {
    order[++count] = $1
    shown[$1] = $2
    cpu[$1] = $3
    share[$1] = $4
    rss[$1] = $5
    added[$1] = $6
    next
}

FNR == 1 {
    for (i = 1; i <= NF; ++i)
        col[$i] = i
    next
}

{
    loaded[$1] = loaded[$1] " " ($col["startup_s"] + $col["loaded_s"])
    console_rss[$1] = console_rss[$1] " " $col["peak_rss_mib"]
}

END {
    out("")
    out("| VMs | virt-manager shown s | its CPU until then s | its CPU share afterwards | its peak RSS MiB" \
        " | console loaded s | virt-manager / console | console peak RSS MiB |")
    out("|---:|---:|---:|---:|---:|---:|---:|---:|")
    printf "[" > js
    for (c = 1; c <= count; ++c) {
        n = order[c]
        l = loaded[n] == "" ? 0 : median(loaded[n])
        r = console_rss[n] == "" ? 0 : median(console_rss[n])
        if (shown[n] == "") {
            out(sprintf("| %d | not shown after %d s (%d VMs polled) | %.1f | | %.1f | %.3f | > %.0f× | %.1f |", n,
                        timeout, added[n], cpu[n], rss[n], l, l > 0 ? timeout / l : 0, r))
            printf "%s{\"vms\": %d, \"shown_s\": null, \"timeout_s\": %d, \"cpu_shown_s\": %.2f, " \
                   "\"peak_rss_mib\": %.1f}", (c > 1 ? ", " : ""), n, timeout, cpu[n], rss[n] > js
            continue
        }
        out(sprintf("| %d | %.2f | %.2f | %.2f | %.1f | %.3f | %s | %.1f |", n, shown[n], cpu[n], share[n], rss[n],
                    l, l > 0 ? sprintf("%.1f×", shown[n] / l) : "", r))
        printf "%s{\"vms\": %d, \"shown_s\": %.3f, \"cpu_shown_s\": %.2f, \"watch_cpu_share\": %.2f, " \
               "\"peak_rss_mib\": %.1f, \"console_loaded_s\": %.3f}", (c > 1 ? ", " : ""), n, shown[n], cpu[n],
               share[n], rss[n], l > js
    }
    print "]" > js
    out("")
    out("virt-manager shown = its `Showing manager` debug line, which it logs after its manager window has appended" \
        " every VM to its list (one run, under Xvfb, fresh settings); its first paint follows. CPU share afterwards:" \
        " its CPU time over the next 10 s divided by 10 s (its periodic refreshes). Console loaded: every VM listed" \
        " and predicted, from the process's start (median of the console runs above).")
}
