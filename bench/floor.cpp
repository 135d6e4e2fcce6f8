// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
//
// floor: the least any libvirt client must do to show a fleet, and the yardstick of PRODUCT §9: open the URI
// read-only, list every domain, fetch every domain's inactive XML, free everything. libvirt's C API only, no
// Qt. Prints one JSON object: {"uri", "vms", "xml_bytes", "wall_s", "open_s", "list_s", "xml_s",
// "peak_rss_kib"}.

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>
#include <string>
#include <sys/resource.h>

namespace {

using Clock = std::chrono::steady_clock;

double seconds(Clock::time_point from, Clock::time_point to)
{
    return std::chrono::duration<double>(to - from).count();
}

void silence(void*, virErrorPtr) {}

int fail(const char* what)
{
    const virError* e = virGetLastError();
    std::fprintf(stderr, "floor: %s: %s\n", what, e && e->message ? e->message : "unknown error");
    return 3;
}

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
    virSetErrorFunc(nullptr, silence);

    const auto start = Clock::now();
    virConnectPtr connection = virConnectOpenReadOnly(uri);
    if (!connection)
        return fail("cannot open the connection");
    const auto opened = Clock::now();

    virDomainPtr* domains = nullptr;
    const int count = virConnectListAllDomains(connection, &domains,
                                               VIR_CONNECT_LIST_DOMAINS_ACTIVE | VIR_CONNECT_LIST_DOMAINS_INACTIVE);
    if (count < 0) {
        virConnectClose(connection);
        return fail("cannot list the domains");
    }
    const auto listed = Clock::now();

    unsigned long long bytes = 0;
    int failed = 0;
    for (int i = 0; i < count; ++i) {
        char* xml = virDomainGetXMLDesc(domains[i], VIR_DOMAIN_XML_INACTIVE);
        if (xml) {
            bytes += std::strlen(xml);
            free(xml); // NOLINT: libvirt allocates with malloc
        } else {
            ++failed;
        }
        virDomainFree(domains[i]);
    }
    free(domains); // NOLINT
    const auto fetched = Clock::now();
    virConnectClose(connection);
    const auto end = Clock::now();

    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("{\"uri\": %s, \"vms\": %d, \"failed\": %d, \"xml_bytes\": %llu, \"wall_s\": %.6f, \"open_s\": %.6f, "
                "\"list_s\": %.6f, \"xml_s\": %.6f, \"peak_rss_kib\": %ld}\n",
                jsonString(uri).c_str(), count, failed, bytes, seconds(start, end), seconds(start, opened),
                seconds(opened, listed), seconds(listed, fetched), usage.ru_maxrss);
    return failed == 0 ? 0 : 3;
}
