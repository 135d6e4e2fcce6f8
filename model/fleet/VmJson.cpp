// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "VmJson.h"

#include "ObservationJson.h"
#include "VmReport.h"
#include "model/core/DeviceText.h"
#include "model/core/HexText.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

/// The layout of QJsonDocument::toJson(Indented): four spaces a level, "key": value, members separated by ",\n",
/// a line break after the last one, the closing bracket at the container's own level; an empty container is its
/// opening bracket, a line break and the closing bracket.
class Writer
{
public:
    Writer(QByteArray& out, int indent)
        : m_out(out)
        , m_indent(indent)
    {}

    void openObject() { open('{'); }
    void closeObject() { close('}'); }
    void openArray() { open('['); }
    void closeArray() { close(']'); }

    void key(const char* name)
    {
        separate();
        m_out += '"';
        m_out += name;
        m_out += "\": ";
    }
    void element() { separate(); }

    void string(const QString& text) { VmJson::appendString(m_out, text); }
    void stringOrNull(const QString& text)
    {
        if (text.isEmpty())
            m_out += "null";
        else
            string(text);
    }
    void boolean(bool value) { m_out += value ? "true" : "false"; }

    void strings(const QStringList& list)
    {
        openArray();
        for (const QString& text : list) {
            element();
            string(text);
        }
        closeArray();
    }

private:
    void open(char bracket)
    {
        m_out += bracket;
        m_out += '\n';
        ++m_indent;
        m_first = true;
    }
    void close(char bracket)
    {
        if (!m_first)
            m_out += '\n';
        --m_indent;
        m_out.append(4 * m_indent, ' ');
        m_out += bracket;
        m_first = false;
    }
    void separate()
    {
        if (!m_first)
            m_out += ",\n";
        m_first = false;
        m_out.append(4 * m_indent, ' ');
    }

    QByteArray& m_out;
    int m_indent;
    bool m_first = true;
};

const ExposedDevice* device(const PreviewOutcome& outcome, ExposedDevice::Role role)
{
    for (const ExposedDevice& d : outcome.devices)
        if (d.role == role)
            return &d;
    return nullptr;
}

void writeDevice(Writer& w, const ExposedDevice* d)
{
    if (!d) {
        w.stringOrNull({});
        return;
    }
    // Keys in QJsonObject's order (sorted), as VmReport::toJson's object comes out.
    w.openObject();
    w.key("bound_package");
    w.stringOrNull(d->boundPackage);
    w.key("device_id");
    w.string(HexText::id(d->deviceId));
    w.key("revision");
    w.string(HexText::revision(d->revision));
    w.key("vendor_id");
    w.string(HexText::id(d->vendorId));
    w.key("xenbus_active");
    w.boolean(d->xenbusActive);
    w.closeObject();
}

} // namespace

void VmJson::appendString(QByteArray& out, const QString& text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    const qsizetype start = out.size();
    out += '"';
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x80) {
            // Rare in this output (translated messages): Qt encodes it, including a lone surrogate, its own way.
            out.truncate(start);
            const QByteArray wrapped = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
            out += QByteArrayView(wrapped).sliced(1, wrapped.size() - 2);
            return;
        }
        if (u >= 0x20 && u != '"' && u != '\\') {
            out += char(u);
            continue;
        }
        out += '\\';
        switch (u) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '\b': out += 'b'; break;
        case '\f': out += 'f'; break;
        case '\n': out += 'n'; break;
        case '\r': out += 'r'; break;
        case '\t': out += 't'; break;
        default:
            out += "u00";
            out += kHex[u >> 4];
            out += kHex[u & 0xf];
        }
    }
    out += '"';
}

QByteArray VmJson::object(const VmRecord& r, int indent)
{
    QByteArray out;
    out.reserve(1024);
    Writer w(out, indent);
    w.openObject();
    w.key("active_driver");
    w.stringOrNull(r.outcome.activeDriver);
    w.key("assumptions");
    w.strings(r.outcome.assumptions);
    const VmReport::BootSummary boot = VmReport::bootSummary(r.config);
    w.key("boot");
    w.openObject();
    w.key("basis");
    w.string(boot.basis);
    w.key("basis_source");
    w.string(boot.basisSource);
    w.key("device_model_source");
    w.stringOrNull(boot.deviceModelSource);
    w.key("host_xen_devices");
    w.string(boot.hostXenDevices);
    w.key("platform_source");
    w.stringOrNull(boot.platformSource);
    w.key("vendor_arguments");
    w.openArray();
    for (const auto& [argument, ours] : boot.vendorArguments) {
        w.element();
        Writer vendor(out, indent + 3);
        vendor.openObject();
        vendor.key("argument");
        vendor.string(argument);
        vendor.key("ours");
        vendor.boolean(ours);
        vendor.closeObject();
    }
    w.closeArray();
    w.closeObject();
    w.key("findings");
    w.openArray();
    for (const Finding& f : r.outcome.findings) {
        w.element();
        Writer finding(out, indent + 2);
        finding.openObject();
        finding.key("evidence");
        finding.strings(f.evidence);
        finding.key("id");
        finding.string(f.id);
        finding.key("message");
        finding.string(f.message);
        finding.key("severity");
        finding.string(Finding::severityName(f.severity));
        finding.closeObject();
    }
    w.closeArray();
    w.key("flavour");
    w.string(boot.flavour);
    // Most VMs of a listing have none of these: "null" without building a QJsonValue.
    w.key("guest_agent");
    if (r.config.observed.agent.state == AgentReport::State::NotAsked)
        out += "null";
    else
        ObservationJson::append(out, ObservationJson::agent(r.config.observed.agent), indent + 1);
    w.key("inventory");
    if (!r.config.observed.latestInventory())
        out += "null";
    else
        ObservationJson::append(out, ObservationJson::inventory(r.config.observed.latestInventory()), indent + 1);
    w.key("libosinfo_id");
    w.stringOrNull(r.config.definition.libosinfoId);
    w.key("metadata_errors");
    w.strings(r.config.metadataErrors);
    w.key("name");
    w.string(r.config.name);
    w.key("os");
    w.string(VmReport::osText(r.config));
    w.key("os_source");
    w.stringOrNull(boot.osSource);
    w.key("platform_device");
    writeDevice(w, device(r.outcome, ExposedDevice::Role::Platform));
    w.key("prediction_check");
    ObservationJson::append(out, ObservationJson::check(r.check), indent + 1);
    w.key("state");
    w.string(VmReport::stateName(r.snapshot));
    w.key("uncertain");
    w.boolean(r.outcome.uncertain);
    w.key("uncertain_facts");
    w.strings(r.outcome.uncertainFacts);
    w.key("unplugged");
    w.strings(r.outcome.unplugged);
    w.key("uuid");
    w.string(r.config.uuid);
    w.key("vendor_device");
    writeDevice(w, device(r.outcome, ExposedDevice::Role::Vendor));
    w.key("windows_update_installs");
    w.strings(r.outcome.wuInstalls);
    w.closeObject();
    return out;
}
