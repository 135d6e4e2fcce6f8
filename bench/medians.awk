# SPDX-License-Identifier: GPL-2.0-or-later
# Reads scripts/bench's raw runs (vms, program, run, wall_s, user_s, sys_s, peak_rss_kib; tab-separated, one
# header line) and prints the medians per node size as a Markdown table with the ratios xpctl/floor; writes the
# same table to the file md and the figures as JSON to the file js.

BEGIN { FS = "\t" }

NR > 1 {
    key = $1 SUBSEP $2
    wall[key] = wall[key] " " $4
    cpu[key] = cpu[key] " " ($5 + $6)
    rss[key] = rss[key] " " $7
    if (!($1 in seen)) {
        seen[$1] = 1
        order[++count] = $1
    }
}

END {
    header = "| VMs | floor wall s | xpctl wall s | wall ratio | floor CPU s | xpctl CPU s | CPU ratio" \
             " | floor peak RSS MiB | xpctl peak RSS MiB | RSS ratio |\n" \
             "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    print header
    print header > md
    printf "{\"runs\": %d, \"sizes\": [", runs > js
    for (k = 1; k <= count; ++k) {
        n = order[k]
        f = n SUBSEP "floor"
        x = n SUBSEP "xpctl"
        fw = median(wall[f]); xw = median(wall[x])
        fc = median(cpu[f]); xc = median(cpu[x])
        fr = median(rss[f]) / 1024; xr = median(rss[x]) / 1024
        line = sprintf("| %d | %.3f | %.3f | **%.2f** | %.3f | %.3f | %.2f | %.1f | %.1f | **%.2f** |",
                       n, fw, xw, xw / fw, fc, xc, xc / fc, fr, xr, xr / fr)
        print line
        print line > md
        printf "%s{\"vms\": %d, \"floor_wall_s\": %.4f, \"xpctl_wall_s\": %.4f, \"wall_ratio\": %.3f, " \
               "\"floor_cpu_s\": %.4f, \"xpctl_cpu_s\": %.4f, \"cpu_ratio\": %.3f, \"floor_peak_rss_mib\": %.1f, " \
               "\"xpctl_peak_rss_mib\": %.1f, \"rss_ratio\": %.3f}",
               (k > 1 ? ", " : ""), n, fw, xw, xw / fw, fc, xc, xc / fc, fr, xr, xr / fr > js
    }
    print "]}" > js
}
