// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "DomainXmlReader.h"

#include "MetadataCodec.h"
#include "XmlLimits.h"

#include <QXmlStreamReader>
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
Copy copyElement(QXmlStreamReader& reader)
{
    Copy copy;
    const QString rootPrefix = reader.prefix().toString();
    const QString rootNamespace = reader.namespaceUri().toString();
    QXmlStreamWriter writer(&copy.text);
    // Declare the element's own prefixes first, or the writer would invent "n1" for the root.
    for (const QXmlStreamNamespaceDeclaration& declaration : reader.namespaceDeclarations())
        writer.writeNamespace(declaration.namespaceUri().toString(), declaration.prefix().toString());
    writer.writeStartElement(reader.namespaceUri().toString(), reader.name().toString());
    writer.writeAttributes(reader.attributes());
    int depth = 1;
    while (depth > 0 && !reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            ++depth;
            for (const QXmlStreamNamespaceDeclaration& declaration : reader.namespaceDeclarations())
                if (!rootPrefix.isEmpty() && declaration.prefix() == rootPrefix &&
                    declaration.namespaceUri() != rootNamespace && copy.rebinding.isEmpty())
                    copy.rebinding =
                        QStringLiteral("<%1 xmlns:%2='%3'>")
                            .arg(reader.qualifiedName().toString(), rootPrefix, declaration.namespaceUri().toString());
        } else if (reader.isEndElement()) {
            --depth;
        }
        writer.writeCurrentToken(reader);
    }
    return copy;
}

/// libvirt's <disk>: the target decides the bus, the <address type='drive'> the IDE channel and unit.
EmulatedDisk readDisk(QXmlStreamReader& reader)
{
    EmulatedDisk disk;
    disk.cdrom = reader.attributes().value(QLatin1String("device")) == QLatin1String("cdrom");
    while (reader.readNextStartElement()) {
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
        reader.skipCurrentElement();
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

EmulatedNic readInterface(QXmlStreamReader& reader)
{
    EmulatedNic nic;
    while (reader.readNextStartElement()) {
        const auto a = reader.attributes();
        if (reader.name() == QLatin1String("model"))
            nic.model = a.value(QLatin1String("type")).toString();
        else if (reader.name() == QLatin1String("mac"))
            nic.mac = a.value(QLatin1String("address")).toString();
        reader.skipCurrentElement();
    }
    return nic;
}

} // namespace

bool DomainXmlReader::read(const QString& domainXml, VmConfig& config)
{
    // Whatever cannot be read is never written either.
    auto refuse = [&](const QString& why) {
        config.metadataErrors.append(why);
        config.metadataReadOnly = true;
        return false;
    };
    if (const QString problem = XmlLimits::problem(domainXml); !problem.isEmpty())
        return refuse(problem);
    QXmlStreamReader reader(domainXml);
    Copy metadata;
    int ourElements = 0;
    if (!reader.readNextStartElement() || reader.name() != QLatin1String("domain"))
        return refuse(tr("The domain XML has no <domain> element."));
    config.domainType = reader.attributes().value(QLatin1String("type")).toString();
    while (reader.readNextStartElement()) {
        const auto name = reader.name();
        if (name == QLatin1String("name")) {
            config.name = reader.readElementText();
        } else if (name == QLatin1String("uuid")) {
            config.uuid = reader.readElementText();
        } else if (name == QLatin1String("os")) {
            while (reader.readNextStartElement()) {
                if (reader.name() == QLatin1String("type"))
                    config.machine = reader.attributes().value(QLatin1String("machine")).toString();
                reader.skipCurrentElement();
            }
        } else if (name == QLatin1String("devices")) {
            while (reader.readNextStartElement()) {
                if (reader.name() == QLatin1String("disk")) {
                    config.disks.append(readDisk(reader));
                } else if (reader.name() == QLatin1String("interface")) {
                    config.nics.append(readInterface(reader));
                } else {
                    if (reader.name() == QLatin1String("hostdev") &&
                        reader.attributes().value(QLatin1String("type")) == QLatin1String("pci"))
                        ++config.passthroughDevices;
                    reader.skipCurrentElement();
                }
            }
        } else if (name == QLatin1String("metadata")) {
            while (reader.readNextStartElement()) {
                const bool ours = reader.namespaceUri() == MetadataCodec::namespaceUri();
                ourElements += ours ? 1 : 0;
                if (ours && ourElements == 1)
                    metadata = copyElement(reader);
                else
                    reader.skipCurrentElement();
            }
        } else {
            reader.skipCurrentElement();
        }
    }
    if (reader.hasError())
        return refuse(
            tr("The domain XML is not well-formed (line %1: %2).").arg(reader.lineNumber()).arg(reader.errorString()));
    // Without our metadata every domain type runs upstream QEMU's device model (PRODUCT §3).
    config.flavour = xp::device::Flavour::QemuUpstream;
    MetadataCodec::read(metadata.text, config);
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

QString DomainXmlReader::metadataElement(const QString& domainXml)
{
    // The same walk as read(): direct children of the root <domain>, every <metadata>, the first
    // element in our namespace. A push must patch exactly the element the user saw.
    if (!XmlLimits::problem(domainXml).isEmpty())
        return {};
    QXmlStreamReader reader(domainXml);
    if (!reader.readNextStartElement() || reader.name() != QLatin1String("domain"))
        return {};
    while (reader.readNextStartElement()) {
        if (reader.name() != QLatin1String("metadata")) {
            reader.skipCurrentElement();
            continue;
        }
        while (reader.readNextStartElement()) {
            if (reader.namespaceUri() == MetadataCodec::namespaceUri())
                return copyElement(reader).text;
            reader.skipCurrentElement();
        }
    }
    return {};
}
