// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "XenDeviceProbe.h"

#include <cstdlib>
#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

XenDeviceProbe::Answer XenDeviceProbe::answer(_virConnect* connection, const QByteArray& inactiveXml)
{
    const Target t = targetOf(inactiveXml);
    if (t.type != "kvm" && t.type != "qemu")
        return {};
    const QByteArray key = t.emulator + '\n' + t.arch + '\n' + t.type;
    const auto found = m_answers.constFind(key);
    if (found != m_answers.cend())
        return *found;
    const Answer a = ask(connection, t.emulator, t.arch, t.type);
    m_answers.insert(key, a);
    return a;
}

XenDeviceProbe::Target XenDeviceProbe::targetOf(const QByteArray& inactiveXml)
{
    Target t;
    t.type = attribute(inactiveXml, "domain", "type");
    // libvirt formats <metadata> before <os> and <devices>.
    const qsizetype metadataEnd = inactiveXml.lastIndexOf("</metadata>");
    const qsizetype from = metadataEnd < 0 ? 0 : metadataEnd;
    const qsizetype os = startTag(inactiveXml, "os", from);
    const qsizetype devices = startTag(inactiveXml, "devices", from);
    t.arch = os < 0 ? QByteArray() : attribute(inactiveXml, "type", "arch", os);
    t.emulator = devices < 0 ? QByteArray() : elementText(inactiveXml, "emulator", devices);
    return t;
}

XenDeviceProbe::Answer XenDeviceProbe::ask(_virConnect* connection, const QByteArray& emulator, const QByteArray& arch,
                                           const QByteArray& virtType) const
{
    const QString shown = emulator.isEmpty() ? tr("the default emulator") : QString::fromUtf8(emulator);
    Answer a;
    if (!connection) {
        a.support = HostSupport::Unknown;
        a.detail = tr("Not connected: whether %1 has xen-pvdevice was not asked.").arg(shown);
        return a;
    }
    char* caps =
        virConnectGetDomainCapabilities(connection, emulator.isEmpty() ? nullptr : emulator.constData(),
                                        arch.isEmpty() ? nullptr : arch.constData(), "xenfv", virtType.constData(), 0);
    if (caps) {
        std::free(caps);
        a.support = HostSupport::Yes;
        a.detail = tr("libvirt's domain capabilities: %1 offers machine type xenfv, which QEMU builds only with "
                      "Xen support, as it builds xen-pvdevice.")
                       .arg(shown);
        return a;
    }
    const virError* error = virGetLastError();
    const QString message = error && error->message ? QString::fromUtf8(error->message) : QString();
    // libvirt 9.0 src/qemu/qemu_capabilities.c virQEMUCapsCacheLookupDefault: "the machine '%s' is not supported
    // by emulator '%s'" (VIR_ERR_INVALID_ARG).
    if (error && error->code == VIR_ERR_INVALID_ARG && message.contains(QLatin1String("xenfv"))) {
        a.support = HostSupport::No;
        a.detail = tr("libvirt's domain capabilities: %1 has no machine type xenfv, so it was built without Xen "
                      "support and has no xen-pvdevice (libvirt: %2).")
                       .arg(shown, message);
    } else {
        a.support = HostSupport::Unknown;
        a.detail = tr("Whether %1 has xen-pvdevice could not be established: libvirt answered \"%2\".")
                       .arg(shown, message.isEmpty() ? tr("no message") : message);
    }
    virResetLastError();
    return a;
}

qsizetype XenDeviceProbe::startTag(const QByteArray& xml, const QByteArray& element, qsizetype from)
{
    const QByteArray open = '<' + element;
    for (qsizetype at = xml.indexOf(open, from); at >= 0; at = xml.indexOf(open, at + open.size())) {
        const qsizetype after = at + open.size();
        const char next = after < xml.size() ? xml.at(after) : '\0';
        if (next == ' ' || next == '\t' || next == '\n' || next == '\r' || next == '>' || next == '/')
            return at;
    }
    return -1;
}

QByteArray XenDeviceProbe::elementText(const QByteArray& xml, const QByteArray& name, qsizetype from)
{
    const qsizetype at = startTag(xml, name, from);
    const qsizetype begin = at < 0 ? -1 : xml.indexOf('>', at);
    if (begin < 0 || xml.at(begin - 1) == '/')
        return {};
    const qsizetype end = xml.indexOf('<', begin + 1);
    return end < 0 ? QByteArray() : xml.mid(begin + 1, end - begin - 1).trimmed();
}

QByteArray XenDeviceProbe::attribute(const QByteArray& xml, const QByteArray& element, const QByteArray& attribute,
                                     qsizetype from)
{
    const qsizetype at = startTag(xml, element, from);
    if (at < 0)
        return {};
    const qsizetype tagEnd = xml.indexOf('>', at);
    const QByteArray tag = xml.mid(at, tagEnd < 0 ? -1 : tagEnd - at);
    for (const char space : {' ', '\n', '\t'}) {
        const QByteArray key = space + attribute + '=';
        const qsizetype k = tag.indexOf(key);
        if (k < 0 || k + key.size() >= tag.size())
            continue;
        const char quote = tag.at(k + key.size());
        const qsizetype valueBegin = k + key.size() + 1;
        const qsizetype valueEnd = tag.indexOf(quote, valueBegin);
        return valueEnd < 0 ? QByteArray() : tag.mid(valueBegin, valueEnd - valueBegin);
    }
    return {};
}
