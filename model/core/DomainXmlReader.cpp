// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "DomainXmlReader.h"

#include "DeviceArgumentParser.h"
#include "MetadataCodec.h"
#include "MetadataReadCache.h"
#include "Realization.h"
#include "XmlLimits.h"

#include <QXmlStreamWriter>

namespace {

EmulatedDisk::Bus busFromName(QStringView bus)
{
    if (bus == u"ide")
        return EmulatedDisk::Bus::Ide;
    if (bus == u"sata")
        return EmulatedDisk::Bus::Sata;
    if (bus == u"scsi")
        return EmulatedDisk::Bus::Scsi;
    if (bus == u"virtio")
        return EmulatedDisk::Bus::Virtio;
    if (bus == u"xen")
        return EmulatedDisk::Bus::Xen;
    if (bus == u"usb")
        return EmulatedDisk::Bus::Usb;
    if (bus == u"nvme")
        return EmulatedDisk::Bus::Nvme;
    return EmulatedDisk::Bus::Other;
}

struct Copy
{
    QString text;
    /// The first element inside that rebinds the root's prefix, as "<name xmlns:p='uri'>"; empty if none.
    QString rebinding;
};

/// Copies the element the reader stands on, with everything inside it, as XML text.
///
/// The writer chooses prefixes itself: the root's prefix for the root's namespace wherever that is in scope (a
/// generated one for a default namespace), so the copy may name things differently but means the same, except
/// below an element that binds the root's prefix to another namespace: the writer keeps using the prefix there,
/// which moves the elements it writes with it into that other namespace. The copy notes the first such element.
Copy copyElement(LimitedXmlReader& limited)
{
    QXmlStreamReader& reader = limited.stream();
    Copy copy;
    const QString rootPrefix = reader.prefix().toString();
    const QString rootNamespace = reader.namespaceUri().toString();
    QXmlStreamWriter writer(&copy.text);
    // Declare the element's own prefixes first, or the writer would invent "n1" for the root.
    for (const QXmlStreamNamespaceDeclaration& declaration : reader.namespaceDeclarations())
        writer.writeNamespace(declaration.namespaceUri().toString(), declaration.prefix().toString());
    writer.writeStartElement(reader.namespaceUri().toString(), reader.name().toString());
    writer.writeAttributes(reader.attributes());
    const int outside = limited.depth() - 1;
    while (limited.depth() > outside && !reader.atEnd()) {
        if (limited.readNext() == QXmlStreamReader::Invalid)
            break;
        if (reader.isStartElement()) {
            for (const QXmlStreamNamespaceDeclaration& declaration : reader.namespaceDeclarations())
                if (!rootPrefix.isEmpty() && declaration.prefix() == rootPrefix &&
                    declaration.namespaceUri() != rootNamespace && copy.rebinding.isEmpty())
                    copy.rebinding =
                        QStringLiteral("<%1 xmlns:%2='%3'>")
                            .arg(reader.qualifiedName().toString(), rootPrefix, declaration.namespaceUri().toString());
        }
        writer.writeCurrentToken(reader);
    }
    return copy;
}

/// libvirt's <disk>: the target decides the bus, the <address type='drive'> the IDE channel and unit.
EmulatedDisk readDisk(LimitedXmlReader& limited)
{
    const QXmlStreamReader& reader = limited.stream();
    EmulatedDisk disk;
    disk.cdrom = reader.attributes().value(QLatin1String("device")) == QLatin1String("cdrom");
    while (limited.nextStartElement()) {
        const auto a = reader.attributes();
        if (reader.name() == QLatin1String("target")) {
            disk.target = a.value(QLatin1String("dev")).toString();
            disk.bus = busFromName(a.value(QLatin1String("bus")));
        } else if (reader.name() == QLatin1String("address") &&
                   a.value(QLatin1String("type")) == QLatin1String("drive")) {
            disk.controller = a.value(QLatin1String("controller")).toInt();
            disk.busIndex = a.value(QLatin1String("bus")).toInt();
            disk.unit = a.value(QLatin1String("unit")).toInt();
        }
        limited.skipElement();
    }
    // Without an explicit address libvirt derives it from the name: hda/hdb primary, hdc/hdd secondary.
    if (disk.bus == EmulatedDisk::Bus::Ide && disk.target.size() == 3 && disk.target.startsWith(QLatin1String("hd"))) {
        const int index = disk.target.at(2).unicode() - 'a';
        if (index >= 0 && index < 4) {
            disk.busIndex = index / 2;
            disk.unit = index % 2;
        }
    }
    return disk;
}

EmulatedNic readInterface(LimitedXmlReader& limited)
{
    const QXmlStreamReader& reader = limited.stream();
    EmulatedNic nic;
    while (limited.nextStartElement()) {
        const auto a = reader.attributes();
        if (reader.name() == QLatin1String("model"))
            nic.model = a.value(QLatin1String("type")).toString();
        else if (reader.name() == QLatin1String("mac"))
            nic.mac = a.value(QLatin1String("address")).toString();
        limited.skipElement();
    }
    return nic;
}

QString libosinfoNamespace()
{
    return QStringLiteral("http://libosinfo.org/xmlns/libvirt/domain/1.0");
}

/// The <commandline> of the domain type's dialect: the two Xen devices and a request for KVM's Xen emulation.
void readCommandLine(LimitedXmlReader& limited, DefinitionFacts& facts)
{
    const QXmlStreamReader& reader = limited.stream();
    QString option;
    while (limited.nextStartElement()) {
        if (reader.name() == QLatin1String("arg")) {
            const QString value = reader.attributes().value(QLatin1String("value")).toString();
            // QEMU takes -opt and --opt alike.
            const QString name = value.startsWith(QLatin1String("--")) ? value.mid(1) : value;
            if (option == QLatin1String("-device")) {
                if (auto device = DeviceArgumentParser::parse(value))
                    facts.devices.append(std::move(*device));
            } else if ((option == QLatin1String("-accel") || option == QLatin1String("-machine") ||
                        option == QLatin1String("-M")) &&
                       DeviceArgumentParser::asksForXenEmulation(value)) {
                facts.xenEmulationArgument = option + QLatin1Char(' ') + value;
            }
            option = name;
        }
        limited.skipElement();
    }
}

} // namespace

bool DomainXmlReader::read(const QByteArray& domainXmlUtf8, VmConfig& config)
{
    return read(QString::fromUtf8(domainXmlUtf8), config);
}

bool DomainXmlReader::read(const QString& domainXml, VmConfig& config)
{
    // Whatever cannot be read is never written either.
    auto refuse = [&](const QString& why) {
        config.metadataErrors.append(why);
        config.metadataReadOnly = true;
        return false;
    };
    // One pass: LimitedXmlReader makes XmlLimits' checks while the domain is read.
    LimitedXmlReader limited(domainXml);
    const QXmlStreamReader& reader = limited.stream();
    Copy metadata;
    int ourElements = 0;
    if (!limited.nextStartElement() || reader.name() != QLatin1String("domain")) {
        if (!limited.limitProblem().isEmpty())
            return refuse(limited.limitProblem());
        return refuse(tr("The domain XML has no <domain> element."));
    }
    config.domainType = reader.attributes().value(QLatin1String("type")).toString();
    // The dialect the domain type's driver reads; on the test driver the block is gone before we see it.
    const QString commandLineNs = Realization::namespaceUri(Realization::dialectFor(QString(), config.domainType));
    while (limited.nextStartElement()) {
        const auto name = reader.name();
        if (name == QLatin1String("name")) {
            config.name = limited.elementText();
        } else if (name == QLatin1String("uuid")) {
            config.uuid = limited.elementText();
        } else if (name == QLatin1String("os")) {
            while (limited.nextStartElement()) {
                if (reader.name() == QLatin1String("type")) {
                    config.machine = reader.attributes().value(QLatin1String("machine")).toString();
                    config.definition.osType = limited.elementText().trimmed();
                } else {
                    limited.skipElement();
                }
            }
        } else if (name == QLatin1String("devices")) {
            while (limited.nextStartElement()) {
                if (reader.name() == QLatin1String("emulator")) {
                    config.definition.emulator = limited.elementText().trimmed();
                } else if (reader.name() == QLatin1String("disk")) {
                    config.disks.append(readDisk(limited));
                } else if (reader.name() == QLatin1String("interface")) {
                    config.nics.append(readInterface(limited));
                } else {
                    if (reader.name() == QLatin1String("hostdev") &&
                        reader.attributes().value(QLatin1String("type")) == QLatin1String("pci"))
                        ++config.passthroughDevices;
                    limited.skipElement();
                }
            }
        } else if (name == QLatin1String("metadata")) {
            while (limited.nextStartElement()) {
                const bool ours = reader.namespaceUri() == MetadataCodec::namespaceUri();
                ourElements += ours ? 1 : 0;
                if (ours && ourElements == 1) {
                    metadata = copyElement(limited);
                } else if (reader.namespaceUri() == libosinfoNamespace() &&
                           reader.name() == QLatin1String("libosinfo")) {
                    while (limited.nextStartElement()) {
                        if (reader.name() == QLatin1String("os") && config.definition.libosinfoId.isEmpty())
                            config.definition.libosinfoId = reader.attributes().value(QLatin1String("id")).toString();
                        limited.skipElement();
                    }
                } else {
                    limited.skipElement();
                }
            }
        } else if (name == QLatin1String("commandline") && !commandLineNs.isEmpty() &&
                   reader.namespaceUri() == commandLineNs) {
            readCommandLine(limited, config.definition);
        } else {
            limited.skipElement();
        }
    }
    if (!limited.limitProblem().isEmpty())
        return refuse(limited.limitProblem());
    if (reader.hasError())
        return refuse(
            tr("The domain XML is not well-formed (line %1: %2).").arg(reader.lineNumber()).arg(reader.errorString()));
    // Nothing after the root is read, but a DOCTYPE there is refused as XmlLimits refuses it (found by fuzzing:
    // QXmlStreamReader reports one after the root element). Text that is not well-formed there stays accepted.
    if (const QString& problem = limited.readToEnd(); !problem.isEmpty())
        return refuse(problem);
    // Without our metadata every domain type runs upstream QEMU's device model (PRODUCT §3).
    config.flavour = xp::device::Flavour::QemuUpstream;
    // The copy comes from a document that passed XmlLimits' checks on the way.
    MetadataReadCache::shared().read(metadata.text, config);
    if (!metadata.rebinding.isEmpty()) {
        config.metadataErrors.append(tr("%1: inside xpconsole's element, this binds the element's namespace prefix "
                                        "to another namespace; the metadata is shown read-only.")
                                         .arg(metadata.rebinding));
        config.metadataReadOnly = true;
    }
    // libvirt keeps one element per namespace and drops the others on define, so only a hand-made XML has two.
    if (ourElements > 1)
        config.metadataErrors.append(tr("<metadata> holds %1 elements in xpconsole's namespace; libvirt keeps only "
                                        "the first and drops the others on the next define, so only the first is "
                                        "read and changed.")
                                         .arg(ourElements));
    return true;
}

bool DomainXmlReader::read(const DomainSnapshot& snapshot, const QString& uri, VmConfig& config)
{
    const bool ok = read(snapshot.inactiveXml, config);
    adoptListing(snapshot, uri, config);
    return ok;
}

void DomainXmlReader::adoptListing(const DomainSnapshot& snapshot, const QString& uri, VmConfig& config)
{
    config.definition.driver = Realization::hostDriver(uri);
    config.definition.xenDevices = snapshot.xenDevices;
    config.definition.xenDevicesDetail = snapshot.xenDevicesDetail;
    config.name = snapshot.name;
    config.uuid = snapshot.uuid;
    config.running = snapshot.isActive();
    config.observed.agent = snapshot.agent;
    config.observed.agentInventory = snapshot.agentInventory;
    config.observed.agentInventoryError = snapshot.agentInventoryError;
    config.observed.lastBoot = snapshot.lastBoot;
    config.observed.runningSince = snapshot.runningSince;
}

QString DomainXmlReader::metadataElement(const QByteArray& domainXmlUtf8)
{
    return metadataElement(QString::fromUtf8(domainXmlUtf8));
}

QString DomainXmlReader::metadataElement(const QString& domainXml)
{
    // The same walk as read(): direct children of the root <domain>, every <metadata>, the first
    // element in our namespace. A push must patch exactly the element the user saw.
    LimitedXmlReader limited(domainXml);
    const QXmlStreamReader& reader = limited.stream();
    if (!limited.nextStartElement() || reader.name() != QLatin1String("domain"))
        return {};
    QString element;
    while (element.isEmpty() && limited.nextStartElement()) {
        if (reader.name() != QLatin1String("metadata")) {
            limited.skipElement();
            continue;
        }
        while (limited.nextStartElement()) {
            if (reader.namespaceUri() == MetadataCodec::namespaceUri()) {
                element = copyElement(limited).text;
                break;
            }
            limited.skipElement();
        }
    }
    if (element.isEmpty())
        return {};
    // read() refuses a document that breaks a limit anywhere, so the rest is checked too.
    return limited.readToEnd().isEmpty() ? element : QString();
}
