// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "FloorWork.h"

#include <chrono>
#include <cstdlib>
#include <cstring>
#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

namespace {

using Clock = std::chrono::steady_clock;

double seconds(Clock::time_point from, Clock::time_point to)
{
    return std::chrono::duration<double>(to - from).count();
}

void silence(void*, virErrorPtr) {}

std::string lastError()
{
    const virError* e = virGetLastError();
    return e && e->message ? e->message : "unknown error";
}

} // namespace

FloorWork FloorWork::run(const char* uri)
{
    FloorWork work;
    virSetErrorFunc(nullptr, silence);

    const auto start = Clock::now();
    virConnectPtr connection = virConnectOpenReadOnly(uri);
    if (!connection) {
        work.error = "cannot open the connection: " + lastError();
        return work;
    }
    const auto opened = Clock::now();

    virDomainPtr* domains = nullptr;
    const int count = virConnectListAllDomains(connection, &domains,
                                               VIR_CONNECT_LIST_DOMAINS_ACTIVE | VIR_CONNECT_LIST_DOMAINS_INACTIVE);
    if (count < 0) {
        work.error = "cannot list the domains: " + lastError();
        virConnectClose(connection);
        return work;
    }
    const auto listed = Clock::now();

    for (int i = 0; i < count; ++i) {
        char* xml = virDomainGetXMLDesc(domains[i], VIR_DOMAIN_XML_INACTIVE);
        if (xml) {
            work.xmlBytes += std::strlen(xml);
            free(xml); // NOLINT: libvirt allocates with malloc
        } else {
            ++work.failed;
        }
        virDomainFree(domains[i]);
    }
    free(domains); // NOLINT
    const auto fetched = Clock::now();
    virConnectClose(connection);
    const auto end = Clock::now();

    work.vms = count;
    work.openS = seconds(start, opened);
    work.listS = seconds(opened, listed);
    work.xmlS = seconds(listed, fetched);
    work.wallS = seconds(start, end);
    return work;
}
