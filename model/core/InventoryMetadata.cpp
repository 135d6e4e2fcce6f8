// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "InventoryMetadata.h"

#include "device/NumberParser.h"

#include <QDomDocument>

using xp::device::NumberParser;

namespace {

const QString kPackage = QStringLiteral("package");
const QString kDevice = QStringLiteral("device");

QString qualified(const QString& prefix, const QString& localName)
{
    return prefix.isEmpty() ? localName : prefix + QLatin1Char(':') + localName;
}

} // namespace

QString InventoryMetadata::xmlSafe(const QString& text)
{
    QString out = text;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const char16_t c = out.at(i).unicode();
        const bool control = c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r';
        const bool high = QChar::isHighSurrogate(c);
        const bool paired = high && i + 1 < out.size() && QChar::isLowSurrogate(out.at(i + 1).unicode());
        if (paired) {
            ++i;
            continue;
        }
        if (control || c == 0xfffe || c == 0xffff || high || QChar::isLowSurrogate(c))
            out[i] = QChar(QChar::ReplacementCharacter);
    }
    return out;
}

namespace {

void setIfAny(QDomElement& e, const QString& attribute, const QString& value)
{
    if (!value.isEmpty())
        e.setAttribute(attribute, InventoryMetadata::xmlSafe(value));
}

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString timeText(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    // Imports write whole seconds; a time with milliseconds (written by hand, or by another build) keeps them, so
    // that what is read back is what was written.
    const QDateTime utc = time.toUTC();
    return utc.toString(utc.time().msec() ? Qt::ISODateWithMs : Qt::ISODate);
}

struct Reader
{
    QStringList& errors;

    void bad(const QDomElement& e, const QString& attribute, const QString& expected)
    {
        errors.append(InventoryMetadata::tr("<%1 %2=\"%3\">: %4")
                          .arg(e.localName(), attribute, e.attribute(attribute), expected));
    }

    QDateTime time(const QDomElement& e, const QString& attribute)
    {
        if (!e.hasAttribute(attribute))
            return {};
        QDateTime t = QDateTime::fromString(e.attribute(attribute), Qt::ISODate);
        if (!t.isValid() || t.timeSpec() != Qt::UTC) {
            bad(e, attribute, InventoryMetadata::tr("expected a UTC time such as 2026-12-07T10:00:00Z"));
            return {};
        }
        return t;
    }

    QDate date(const QDomElement& e)
    {
        if (!e.hasAttribute(QStringLiteral("date")))
            return {};
        const QDate d = QDate::fromString(e.attribute(QStringLiteral("date")), Qt::ISODate);
        if (!d.isValid())
            bad(e, QStringLiteral("date"), InventoryMetadata::tr("expected a date such as 2021-07-01"));
        return d;
    }

    bool yes(const QDomElement& e, const QString& attribute)
    {
        const QString text = e.attribute(attribute, QStringLiteral("no"));
        if (text != QLatin1String("yes") && text != QLatin1String("no"))
            bad(e, attribute, InventoryMetadata::tr("expected yes or no"));
        return text == QLatin1String("yes");
    }

    int count(const QDomElement& e, const QString& attribute)
    {
        if (!e.hasAttribute(attribute))
            return 0;
        const auto n = NumberParser::parse(e.attribute(attribute).toStdString(), 1000000);
        if (!n)
            bad(e, attribute, InventoryMetadata::tr("expected a count (0-1000000)"));
        return n ? int(*n) : 0;
    }
};

} // namespace

QString InventoryMetadata::sourceName(DriverInventory::Source source)
{
    return source == DriverInventory::Source::GuestAgent ? QStringLiteral("guest-agent") : QStringLiteral("file");
}

DriverInventory InventoryMetadata::read(const QDomElement& e, QStringList& errors)
{
    Reader r{errors};
    DriverInventory inventory;
    const QString source = e.attribute(QStringLiteral("source"), QStringLiteral("file"));
    if (source == sourceName(DriverInventory::Source::GuestAgent))
        inventory.source = DriverInventory::Source::GuestAgent;
    else if (source != sourceName(DriverInventory::Source::File))
        r.bad(e, QStringLiteral("source"), tr("expected file or guest-agent"));
    inventory.origin = e.attribute(QStringLiteral("origin"));
    inventory.taken = r.time(e, QStringLiteral("taken"));
    inventory.imported = r.time(e, QStringLiteral("imported"));
    inventory.hasPackages = r.yes(e, QStringLiteral("enum-drivers"));
    inventory.hasDevices = r.yes(e, QStringLiteral("enum-devices"));
    inventory.otherPackages = r.count(e, QStringLiteral("other-packages"));
    inventory.otherDevices = r.count(e, QStringLiteral("other-devices"));
    const QString ns = e.namespaceURI();
    for (QDomElement c = e.firstChildElement(); !c.isNull(); c = c.nextSiblingElement()) {
        if (c.namespaceURI() != ns)
            continue;
        if (c.localName() == kPackage) {
            InventoryPackage p;
            p.publishedName = c.attribute(QStringLiteral("published"));
            p.originalName = c.attribute(QStringLiteral("original"));
            p.provider = c.attribute(QStringLiteral("provider"));
            p.version = c.attribute(QStringLiteral("version"));
            p.date = r.date(c);
            p.signer = c.attribute(QStringLiteral("signer"));
            p.catalogueId = c.attribute(QStringLiteral("catalogue"));
            if (p.publishedName.isEmpty())
                errors.append(tr("<package>: the published attribute (oemNN.inf) is missing"));
            else
                inventory.packages.append(p);
        } else if (c.localName() == kDevice) {
            InventoryDevice d;
            d.instanceId = c.attribute(QStringLiteral("instance"));
            d.description = c.attribute(QStringLiteral("description"));
            d.status = c.attribute(QStringLiteral("status"));
            d.problem = c.attribute(QStringLiteral("problem"));
            d.driver = c.attribute(QStringLiteral("driver"));
            d.originalName = c.attribute(QStringLiteral("original"));
            d.provider = c.attribute(QStringLiteral("provider"));
            d.version = c.attribute(QStringLiteral("version"));
            d.date = r.date(c);
            d.catalogueId = c.attribute(QStringLiteral("catalogue"));
            if (d.instanceId.isEmpty())
                errors.append(tr("<device>: the instance attribute is missing"));
            else
                inventory.devices.append(d);
        }
    }
    return inventory;
}

void InventoryMetadata::write(QDomDocument& doc, QDomElement& root, const QString& prefix,
                              const std::optional<DriverInventory>& inventory)
{
    const QString tag = qualified(prefix, elementName());
    const QDomElement old = root.firstChildElement(tag);
    if (!inventory) {
        if (!old.isNull())
            root.removeChild(old);
        return;
    }
    QDomElement e = doc.createElement(tag);
    const DriverInventory& inv = *inventory;
    e.setAttribute(QStringLiteral("source"), sourceName(inv.source));
    setIfAny(e, QStringLiteral("origin"), inv.origin);
    setIfAny(e, QStringLiteral("taken"), timeText(inv.taken));
    setIfAny(e, QStringLiteral("imported"), timeText(inv.imported));
    e.setAttribute(QStringLiteral("enum-drivers"), inv.hasPackages ? QStringLiteral("yes") : QStringLiteral("no"));
    e.setAttribute(QStringLiteral("enum-devices"), inv.hasDevices ? QStringLiteral("yes") : QStringLiteral("no"));
    if (inv.otherPackages)
        e.setAttribute(QStringLiteral("other-packages"), QString::number(inv.otherPackages));
    if (inv.otherDevices)
        e.setAttribute(QStringLiteral("other-devices"), QString::number(inv.otherDevices));
    for (const InventoryPackage& p : inv.packages) {
        QDomElement c = doc.createElement(qualified(prefix, kPackage));
        c.setAttribute(QStringLiteral("published"), InventoryMetadata::xmlSafe(p.publishedName));
        setIfAny(c, QStringLiteral("original"), p.originalName);
        setIfAny(c, QStringLiteral("provider"), p.provider);
        setIfAny(c, QStringLiteral("version"), p.version);
        setIfAny(c, QStringLiteral("date"), dateText(p.date));
        setIfAny(c, QStringLiteral("signer"), p.signer);
        setIfAny(c, QStringLiteral("catalogue"), p.catalogueId);
        e.appendChild(c);
    }
    for (const InventoryDevice& d : inv.devices) {
        QDomElement c = doc.createElement(qualified(prefix, kDevice));
        c.setAttribute(QStringLiteral("instance"), InventoryMetadata::xmlSafe(d.instanceId));
        setIfAny(c, QStringLiteral("description"), d.description);
        setIfAny(c, QStringLiteral("status"), d.status);
        setIfAny(c, QStringLiteral("problem"), d.problem);
        setIfAny(c, QStringLiteral("driver"), d.driver);
        setIfAny(c, QStringLiteral("original"), d.originalName);
        setIfAny(c, QStringLiteral("provider"), d.provider);
        setIfAny(c, QStringLiteral("version"), d.version);
        setIfAny(c, QStringLiteral("date"), dateText(d.date));
        setIfAny(c, QStringLiteral("catalogue"), d.catalogueId);
        e.appendChild(c);
    }
    // In place, so the element keeps its position among the others.
    if (old.isNull())
        root.appendChild(e);
    else
        root.replaceChild(e, old);
}
