// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
//
// floor: the least any libvirt client must do to show a fleet, and the yardstick of PRODUCT §9: open the URI
// read-only, list every domain, fetch every domain's inactive XML, free everything (FloorWork). libvirt's C API
// only, no Qt. Prints one JSON object: {"uri", "vms", "xml_bytes", "wall_s", "open_s", "list_s", "xml_s",
// "peak_rss_kib"}.

#include "FloorWork.h"

#include <cstdio>
#include <cstring>
#include <string>
#include <sys/resource.h>

namespace {

/// @p text as a JSON string literal (URIs are paths: quotes and backslashes are the only risk).
std::string jsonString(const char* text)
{
    std::string s = "\"";
    for (const char* p = text; *p; ++p) {
        if (*p == '"' || *p == '\\')
            s += '\\';
        s += *p;
    }
    return s + '"';
}

} // namespace

int main(int argc, char* argv[])
{
    if (argc != 2 || std::strcmp(argv[1], "--help") == 0) {
        std::fprintf(stderr, "usage: floor URI\n");
        return 2;
    }
    const char* uri = argv[1];
    const FloorWork work = FloorWork::run(uri);
    if (!work.error.empty()) {
        std::fprintf(stderr, "floor: %s\n", work.error.c_str());
        return 3;
    }

    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("{\"uri\": %s, \"vms\": %d, \"failed\": %d, \"xml_bytes\": %llu, \"wall_s\": %.6f, \"open_s\": %.6f, "
                "\"list_s\": %.6f, \"xml_s\": %.6f, \"peak_rss_kib\": %ld}\n",
                jsonString(uri).c_str(), work.vms, work.failed, work.xmlBytes, work.wallS, work.openS, work.listS,
                work.xmlS, usage.ru_maxrss);
    return work.failed == 0 ? 0 : 3;
}
