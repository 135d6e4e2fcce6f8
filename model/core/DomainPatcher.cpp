// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "DomainPatcher.h"

#include "DeviceArgumentParser.h"
#include "DomainXmlReader.h"
#include "MetadataCodec.h"
#include "Realization.h"
#include "XmlLimits.h"

#include <QDomDocument>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <algorithm>
#include <optional>

namespace {

/// libvirt indents its XML by two spaces per level; new lines follow it so the diff stays readable.
const QString kIndentUnit = QStringLiteral("  ");

/// Where one element sits in the text, as offsets into the QString.
struct Span
{
    qsizetype begin = -1;       ///< the '<' of the start tag
    qsizetype startTagEnd = -1; ///< just after the start tag's '>'
    qsizetype endTagBegin = -1; ///< the '<' of the end tag; begin for an empty element
    qsizetype end = -1;         ///< just after the end tag

    bool isNull() const { return begin < 0; }
    bool isEmptyElement() const { return startTagEnd == end; }
};

struct Arg
{
    Span span;
    QString value;
    int childIndex = 0; ///< position among the <commandline>'s child elements
};

enum class Role { Other, Domain, Anchor, Metadata, Ours, CommandLine, Arg };

/// The places a patch touches, found in one streaming pass.
struct Scan
{
    QString error;
    Span domain;
    Span metadata;
    Span ours;
    Span commandLine;
    QString commandLineName; ///< its qualified name as written
    QString commandLinePrefix;
    Span anchor; ///< the last of name, uuid, title, description: a new <metadata> goes after it
    QList<Arg> args;
    int commandLineChildren = 0;
    bool commandLineHasText = false;
};

Scan scan(const QString& xml, const QString& commandLineNs)
{
    Scan s;
    // An internal entity would make the reader's offsets disagree with the text spliced below.
    s.error = XmlLimits::problem(xml);
    if (!s.error.isEmpty())
        return s;
    QXmlStreamReader reader(xml);
    struct Open
    {
        Span span;
        Role role = Role::Other;
    };
    QList<Open> stack;
    while (!reader.atEnd()) {
        reader.readNext();
        // The reader's offset runs past a token's own text (it looks ahead to the next '<'), so a start tag's
        // beginning is found from its end instead: '<' cannot occur inside a tag, not even in attribute values.
        const qsizetype offset = reader.characterOffset();
        if (reader.isStartElement()) {
            Open open;
            open.span.begin = xml.lastIndexOf(QLatin1Char('<'), offset - 1);
            open.span.startTagEnd = offset;
            const Role parent = stack.isEmpty() ? Role::Other : stack.constLast().role;
            const auto name = reader.name();
            const auto ns = reader.namespaceUri();
            if (stack.isEmpty()) {
                if (name != QLatin1String("domain") || !ns.isEmpty()) {
                    s.error = DomainPatcher::tr("The XML is not a libvirt domain (its root is <%1>).")
                                  .arg(reader.qualifiedName().toString());
                    return s;
                }
                open.role = Role::Domain;
            } else if (parent == Role::Domain) {
                if (ns.isEmpty() && name == QLatin1String("metadata") && s.metadata.isNull()) {
                    open.role = Role::Metadata;
                } else if (!commandLineNs.isEmpty() && ns == commandLineNs && name == QLatin1String("commandline") &&
                           s.commandLine.isNull()) {
                    open.role = Role::CommandLine;
                    s.commandLineName = reader.qualifiedName().toString();
                    s.commandLinePrefix = reader.prefix().toString();
                } else if (ns.isEmpty() && (name == QLatin1String("name") || name == QLatin1String("uuid") ||
                                            name == QLatin1String("title") || name == QLatin1String("description"))) {
                    open.role = Role::Anchor;
                }
            } else if (parent == Role::Metadata) {
                if (ns == MetadataCodec::namespaceUri() && s.ours.isNull())
                    open.role = Role::Ours;
            } else if (parent == Role::CommandLine) {
                ++s.commandLineChildren;
                if (ns == commandLineNs && name == QLatin1String("arg")) {
                    open.role = Role::Arg;
                    s.args.append(
                        {{}, reader.attributes().value(QLatin1String("value")).toString(), s.commandLineChildren - 1});
                }
            }
            stack.append(open);
        } else if (reader.isEndElement() && !stack.isEmpty()) {
            Open open = stack.takeLast();
            open.span.end = offset;
            open.span.endTagBegin =
                offset == open.span.startTagEnd ? open.span.begin : xml.lastIndexOf(QLatin1Char('<'), offset - 1);
            switch (open.role) {
            case Role::Domain: s.domain = open.span; break;
            case Role::Anchor: s.anchor = open.span; break;
            case Role::Metadata: s.metadata = open.span; break;
            case Role::Ours: s.ours = open.span; break;
            case Role::CommandLine: s.commandLine = open.span; break;
            case Role::Arg: s.args.last().span = open.span; break;
            case Role::Other: break;
            }
        } else if (reader.isCharacters() && !reader.isWhitespace() && !stack.isEmpty() &&
                   stack.constLast().role == Role::CommandLine) {
            s.commandLineHasText = true;
        }
    }
    if (reader.hasError())
        s.error = DomainPatcher::tr("The domain XML is not well-formed (line %1, column %2: %3).")
                      .arg(reader.lineNumber())
                      .arg(reader.columnNumber())
                      .arg(reader.errorString());
    else if (s.domain.isNull())
        s.error = DomainPatcher::tr("The domain XML has no <domain> element.");
    return s;
}

/// Indices into scan.args of our pairs: "-device" directly followed by a value with id=xpc-....
QList<qsizetype> ownArgumentIndices(const Scan& s)
{
    QList<qsizetype> own;
    for (qsizetype i = 0; i + 1 < s.args.size(); ++i) {
        const Arg& option = s.args.at(i);
        const Arg& value = s.args.at(i + 1);
        if (option.value == QLatin1String("-device") && value.childIndex == option.childIndex + 1 &&
            Realization::isOwnDeviceValue(value.value)) {
            own << i << i + 1;
            ++i;
        }
    }
    return own;
}

/// Another tool's xen-pvdevice pairs (-device or --device, then the value), as option and value indices.
QList<qsizetype> foreignVendorIndices(const Scan& s)
{
    QList<qsizetype> foreign;
    for (qsizetype i = 0; i + 1 < s.args.size(); ++i) {
        const Arg& option = s.args.at(i);
        const Arg& value = s.args.at(i + 1);
        if ((option.value == QLatin1String("-device") || option.value == QLatin1String("--device")) &&
            value.childIndex == option.childIndex + 1) {
            const auto device = DeviceArgumentParser::parse(value.value);
            if (device && !device->ours && device->model == DeviceArgument::Model::XenPvdevice) {
                foreign << i << i + 1;
                ++i;
            }
        }
    }
    return foreign;
}

/// The whitespace between the start of @p pos's line and @p pos, if nothing else precedes it on that line.
std::optional<QString> lineIndent(const QString& xml, qsizetype pos)
{
    qsizetype i = pos;
    while (i > 0 && (xml.at(i - 1) == QLatin1Char(' ') || xml.at(i - 1) == QLatin1Char('\t')))
        --i;
    if (i == 0 || xml.at(i - 1) == QLatin1Char('\n'))
        return xml.mid(i, pos - i);
    return std::nullopt;
}

/// Where removing the element at @p begin should start: with its indentation and the line break before it
/// when it starts its own line, so that no blank line is left behind.
qsizetype removalStart(const QString& xml, qsizetype begin)
{
    if (!lineIndent(xml, begin))
        return begin;
    qsizetype i = begin;
    while (i > 0 && xml.at(i - 1) != QLatin1Char('\n'))
        --i;
    if (i == 0)
        return begin;
    --i;
    if (i > 0 && xml.at(i - 1) == QLatin1Char('\r'))
        --i;
    return i;
}

/// An element of the original metadata, for giving the rewritten one back its attribute order.
struct OriginalElement
{
    QString tag;
    QList<std::pair<QString, QString>> attributes;
    bool used = false;
};

QList<OriginalElement> originalElements(const QString& elementXml)
{
    QList<OriginalElement> elements;
    QXmlStreamReader reader(elementXml);
    // Without namespace processing the declarations are plain attributes, in the order they were written.
    reader.setNamespaceProcessing(false);
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        OriginalElement e;
        e.tag = reader.qualifiedName().toString();
        for (const QXmlStreamAttribute& a : reader.attributes())
            e.attributes.append({a.qualifiedName().toString(), a.value().toString()});
        elements.append(e);
    }
    return elements;
}

/// Where an attribute goes when the original element did not have it: declarations first, then the order of
/// docs/metadata.md, then anything else by name.
int canonicalRank(const QString& name)
{
    static const QStringList order =
        QStringLiteral("schema flavour enabled vendor-id device-id revision product build builds comment os release "
                       "edition cmdline windows-update package platform-device vendor-device temporary-blacklist steps "
                       "completed state by at change")
            .split(QLatin1Char(' '));
    if (name == QLatin1String("xmlns") || name.startsWith(QLatin1String("xmlns:")))
        return -1;
    const qsizetype index = order.indexOf(name);
    return index < 0 ? int(order.size()) : int(index);
}

QString escapeText(const QString& text, bool attribute)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&': out += QStringLiteral("&amp;"); break;
        case '<': out += QStringLiteral("&lt;"); break;
        case '>': out += QStringLiteral("&gt;"); break;
        case '"': out += attribute ? QStringLiteral("&quot;") : QStringLiteral("\""); break;
        // Attribute values are normalized on reading: line breaks and tabs survive only as references.
        case '\n': out += attribute ? QStringLiteral("&#xa;") : QStringLiteral("\n"); break;
        case '\r': out += QStringLiteral("&#xd;"); break;
        case '\t': out += attribute ? QStringLiteral("&#x9;") : QStringLiteral("\t"); break;
        default: out += c;
        }
    }
    return out;
}

/// Serializes our element one child per line, indented like libvirt, with each element's attributes in the
/// order the original element had them: QDom writes them in hash order, which would make every line a change.
class ElementWriter
{
public:
    /// Children of the root start at @p childIndent, one unit deeper per level; the root's end tag at
    /// @p closingIndent.
    ElementWriter(QList<OriginalElement> originals, QString childIndent, QString closingIndent)
        : m_originals(std::move(originals))
        , m_childIndent(std::move(childIndent))
        , m_closingIndent(std::move(closingIndent))
    {}

    QString write(const QDomElement& root)
    {
        m_out.clear();
        writeElement(root, 0, true);
        return m_out;
    }

private:
    QList<std::pair<QString, QString>> orderedAttributes(const QDomElement& e)
    {
        QList<std::pair<QString, QString>> attributes;
        const QDomNamedNodeMap map = e.attributes();
        for (int i = 0; i < map.count(); ++i) {
            const QDomAttr a = map.item(i).toAttr();
            attributes.append({a.name(), a.value()});
        }
        // The unused original element of the same tag that shares the most: equal values count double.
        OriginalElement* best = nullptr;
        int bestScore = -1;
        for (OriginalElement& o : m_originals) {
            if (o.used || o.tag != e.tagName())
                continue;
            int score = 0;
            for (const auto& [name, value] : std::as_const(o.attributes))
                for (const auto& a : std::as_const(attributes))
                    if (a.first == name)
                        score += a.second == value ? 2 : 1;
            if (score > bestScore) {
                best = &o;
                bestScore = score;
            }
        }
        QStringList originalOrder;
        if (best) {
            best->used = true;
            for (const auto& a : std::as_const(best->attributes))
                originalOrder << a.first;
        }
        std::sort(attributes.begin(), attributes.end(), [&](const auto& a, const auto& b) {
            const qsizetype ia = originalOrder.indexOf(a.first);
            const qsizetype ib = originalOrder.indexOf(b.first);
            if (ia >= 0 || ib >= 0)
                return ia >= 0 && ib >= 0 ? ia < ib : ia >= 0;
            const int ra = canonicalRank(a.first);
            const int rb = canonicalRank(b.first);
            return ra != rb ? ra < rb : a.first < b.first;
        });
        return attributes;
    }

    void writeElement(const QDomElement& e, int depth, bool layout)
    {
        m_out += QLatin1Char('<') + e.tagName();
        for (const auto& [name, value] : orderedAttributes(e))
            m_out += QLatin1Char(' ') + name + QStringLiteral("=\"") + escapeText(value, true) + QLatin1Char('"');
        // Text inside an element would change if indentation were added around it: such content stays inline.
        bool text = false;
        bool any = false;
        for (QDomNode child = e.firstChild(); !child.isNull(); child = child.nextSibling()) {
            any = true;
            if ((child.isText() || child.isCDATASection()) && !child.nodeValue().trimmed().isEmpty())
                text = true;
        }
        if (!any) {
            m_out += QStringLiteral("/>");
            return;
        }
        m_out += QLatin1Char('>');
        const bool indented = layout && !text;
        for (QDomNode child = e.firstChild(); !child.isNull(); child = child.nextSibling()) {
            const bool whitespace = (child.isText() || child.isCDATASection()) && child.nodeValue().trimmed().isEmpty();
            if (indented && whitespace)
                continue;
            if (indented)
                m_out += QLatin1Char('\n') + lineIndent(depth + 1);
            if (child.isElement())
                writeElement(child.toElement(), depth + 1, indented);
            else if (child.isComment())
                m_out += QStringLiteral("<!--") + child.nodeValue() + QStringLiteral("-->");
            else if (child.isText() || child.isCDATASection())
                m_out += escapeText(child.nodeValue(), false);
        }
        if (indented)
            m_out += QLatin1Char('\n') + lineIndent(depth);
        m_out += QStringLiteral("</") + e.tagName() + QLatin1Char('>');
    }

    QString lineIndent(int depth) const
    {
        return depth == 0 ? m_closingIndent : m_childIndent + kIndentUnit.repeated(depth - 1);
    }

    QList<OriginalElement> m_originals;
    QString m_childIndent;
    QString m_closingIndent;
    QString m_out;
};

/// @p elementXml laid out one element per line, continuation lines indented by @p indent, attributes in the
/// order of @p originalXml's elements.
QString layOut(const QString& elementXml, const QString& originalXml, const QString& indent)
{
    QDomDocument doc;
    if (!doc.setContent(elementXml, false))
        return elementXml;
    // The original's own indentation wins, so that an element laid out differently (libvirt re-indents only
    // its first line) does not turn every line into a change.
    static const QRegularExpression firstChild(QStringLiteral("\\n([ \\t]*)<(?!/)"));
    static const QRegularExpression endTag(QStringLiteral("\\n([ \\t]*)</[^<]*>\\s*$"));
    const auto child = firstChild.match(originalXml);
    const auto end = endTag.match(originalXml);
    return ElementWriter(originalElements(originalXml), child.hasMatch() ? child.captured(1) : indent + kIndentUnit,
                         end.hasMatch() ? end.captured(1) : indent)
        .write(doc.documentElement());
}

QString escapeAttribute(const QString& value)
{
    QString escaped = value.toHtmlEscaped();
    escaped.replace(QLatin1Char('\''), QStringLiteral("&apos;"));
    return escaped;
}

struct Edit
{
    qsizetype begin;
    qsizetype end;
    QString text;
};

/// Inserts @p children as the last child elements of @p parent, each on a line of its own.
Edit appendChildren(const QString& xml, const Span& parent, const QStringList& children, const QString& childIndent,
                    const QString& parentIndent)
{
    QString block;
    for (const QString& child : children)
        block += QLatin1Char('\n') + childIndent + child;
    if (lineIndent(xml, parent.endTagBegin)) {
        const qsizetype pos = removalStart(xml, parent.endTagBegin);
        if (pos != parent.endTagBegin)
            return {pos, pos, block};
    }
    return {parent.endTagBegin, parent.endTagBegin, block + QLatin1Char('\n') + parentIndent};
}

QString indentOf(const QString& xml, const Span& span, const QString& fallback)
{
    return lineIndent(xml, span.begin).value_or(fallback);
}

void canonicalInto(const QDomNode& node, QString& out)
{
    if (node.isElement()) {
        const QDomElement e = node.toElement();
        out += QLatin1Char('{') + e.namespaceURI() + QLatin1Char('}') +
               (e.localName().isEmpty() ? e.tagName() : e.localName());
        QStringList attributes;
        const QDomNamedNodeMap map = e.attributes();
        for (int i = 0; i < map.count(); ++i) {
            const QDomAttr a = map.item(i).toAttr();
            if (a.name() == QLatin1String("xmlns") || a.name().startsWith(QLatin1String("xmlns:")))
                continue;
            attributes << QLatin1Char('{') + a.namespaceURI() + QLatin1Char('}') +
                              (a.localName().isEmpty() ? a.name() : a.localName()) + QLatin1Char('=') + a.value();
        }
        attributes.sort();
        out += QLatin1Char('[') + attributes.join(QLatin1Char(' ')) + QStringLiteral("](");
        for (QDomNode child = node.firstChild(); !child.isNull(); child = child.nextSibling())
            canonicalInto(child, out);
        out += QLatin1Char(')');
    } else if ((node.isText() || node.isCDATASection()) && !node.nodeValue().trimmed().isEmpty()) {
        out += QLatin1Char('"') + node.nodeValue() + QLatin1Char('"');
    }
}

} // namespace

bool DomainPatcher::metadataDiffers(const VmConfig& baseline, const VmConfig& edited)
{
    // The same test MetadataCodec::write makes: a flavour only from the domain type is not ours to write.
    if (edited.flavourFromMetadata &&
        (edited.flavour != baseline.flavour || edited.flavourFromMetadata != baseline.flavourFromMetadata))
        return true;
    return edited.platform != baseline.platform || edited.vendor != baseline.vendor ||
           edited.blacklist != baseline.blacklist || edited.guest != baseline.guest ||
           edited.migration != baseline.migration || edited.observed.inventory != baseline.observed.inventory;
}

DomainPatcher::Result DomainPatcher::patch(const QString& domainXml, const VmConfig& baseline, const VmConfig& edited,
                                           CommandLineDialect dialect)
{
    Result result;
    const QString ns = Realization::namespaceUri(dialect);
    const Scan s = scan(domainXml, ns);
    if (!s.error.isEmpty()) {
        result.error = s.error;
        return result;
    }
    if (baseline.metadataReadOnly) {
        result.error = tr("Its xpconsole metadata is read-only, so nothing is written to it: %1")
                           .arg(baseline.metadataErrors.join(QStringLiteral("; ")));
        return result;
    }
    QString planError;
    const auto plan = Realization::plan(baseline, edited, dialect, &planError);
    if (!plan) {
        result.error = planError;
        return result;
    }
    result.plan = *plan;
    const QString domainIndent = indentOf(domainXml, s.domain, QString());
    const QString childIndent = domainIndent + kIndentUnit;
    QList<Edit> edits;

    if (metadataDiffers(baseline, edited)) {
        const QString original = s.ours.isNull() ? QString() : DomainXmlReader::metadataElement(domainXml);
        const QString element = MetadataCodec::write(original, baseline, edited);
        if (!s.ours.isNull()) {
            const QString indent = indentOf(domainXml, s.ours, childIndent + kIndentUnit);
            edits.append({s.ours.begin, s.ours.end, layOut(element, original, indent)});
        } else if (!s.metadata.isNull()) {
            const QString outer = indentOf(domainXml, s.metadata, childIndent);
            const QString inner = outer + kIndentUnit;
            if (s.metadata.isEmptyElement())
                edits.append({s.metadata.begin, s.metadata.end,
                              QStringLiteral("<metadata>\n") + inner + layOut(element, original, inner) +
                                  QLatin1Char('\n') + outer + QStringLiteral("</metadata>")});
            else
                edits.append(appendChildren(domainXml, s.metadata, {layOut(element, original, inner)}, inner, outer));
        } else {
            const qsizetype at = s.anchor.isNull() ? s.domain.startTagEnd : s.anchor.end;
            const QString outer = s.anchor.isNull() ? childIndent : indentOf(domainXml, s.anchor, childIndent);
            const QString inner = outer + kIndentUnit;
            edits.append({at, at,
                          QLatin1Char('\n') + outer + QStringLiteral("<metadata>\n") + inner +
                              layOut(element, original, inner) + QLatin1Char('\n') + outer +
                              QStringLiteral("</metadata>")});
        }
    }

    QList<qsizetype> own = ownArgumentIndices(s);
    const QList<qsizetype> foreign = foreignVendorIndices(s);
    if (dialect != CommandLineDialect::None) {
        // What boots is the definition, not the metadata we wrote last time: an argument of ours edited by hand is
        // repaired by the next push, whatever the push is for.
        QStringList found;
        for (qsizetype i : std::as_const(own))
            found << s.args.at(i).value;
        if (found != result.plan.arguments) {
            if (!result.plan.argumentsChanged && !found.isEmpty())
                result.plan.notes.append(
                    tr("xpconsole's device-model argument was changed outside xpconsole ('%1'); this push writes the "
                       "metadata's ('%2') again.")
                        .arg(found.join(QLatin1Char(' ')), result.plan.arguments.join(QLatin1Char(' '))));
            result.plan.argumentsChanged = true;
        }
        if (!foreign.isEmpty() && !result.plan.arguments.isEmpty()) {
            if (!edited.definition.push.takeOverForeignVendor) {
                result.error = tr("Another tool's vendor device is on the command line ('%1 %2'); xpconsole never "
                                  "adds a second one. Take it over (--set take-over=vendor-device) or remove it.")
                                   .arg(s.args.at(foreign.at(0)).value, s.args.at(foreign.at(1)).value);
                return result;
            }
            // Taken over: the other tool's pairs go, ours are written in the first one's place.
            own = foreign + own;
            std::sort(own.begin(), own.end());
            result.plan.argumentsChanged = true;
            result.plan.notes.append(
                tr("Takes over '%1': xpconsole's own argument replaces it.").arg(s.args.at(foreign.at(1)).value));
        }
    }
    if (dialect != CommandLineDialect::None && result.plan.argumentsChanged) {
        const QStringList& wanted = result.plan.arguments;
        const bool keepElement = s.commandLineChildren > own.size() || s.commandLineHasText || !wanted.isEmpty();
        if (!s.commandLine.isNull() && !keepElement) {
            edits.append({removalStart(domainXml, s.commandLine.begin), s.commandLine.end, QString()});
        } else {
            const QString prefix = s.commandLine.isNull() ? Realization::prefix(dialect) : s.commandLinePrefix;
            const QString argName = prefix.isEmpty() ? QStringLiteral("arg") : prefix + QStringLiteral(":arg");
            QStringList children;
            for (const QString& value : wanted)
                children << QStringLiteral("<%1 value='%2'/>").arg(argName, escapeAttribute(value));
            // Our first pair is rewritten where it stands (a one-line diff); any further pair goes.
            const bool inPlace = !children.isEmpty() && own.size() >= children.size();
            for (qsizetype n = 0; n < own.size(); ++n) {
                const Span& span = s.args.at(own.at(n)).span;
                if (inPlace && n < children.size())
                    edits.append({span.begin, span.end, children.at(n)});
                else
                    edits.append({removalStart(domainXml, span.begin), span.end, QString()});
            }
            if (!children.isEmpty() && !inPlace) {
                if (s.commandLine.isNull()) {
                    const QString inner = childIndent + kIndentUnit;
                    QString block = QStringLiteral("<%1:commandline xmlns:%1='%2'>").arg(prefix, ns);
                    for (const QString& child : std::as_const(children))
                        block += QLatin1Char('\n') + inner + child;
                    block += QLatin1Char('\n') + childIndent + QStringLiteral("</%1:commandline>").arg(prefix);
                    const qsizetype at = removalStart(domainXml, s.domain.endTagBegin);
                    if (at != s.domain.endTagBegin)
                        edits.append({at, at, QLatin1Char('\n') + childIndent + block});
                    else
                        edits.append({at, at, QLatin1Char('\n') + childIndent + block + QLatin1Char('\n')});
                } else {
                    const QString outer = indentOf(domainXml, s.commandLine, childIndent);
                    const QString inner = outer + kIndentUnit;
                    if (s.commandLine.isEmptyElement()) {
                        QString startTag = domainXml.mid(s.commandLine.begin, s.commandLine.end - s.commandLine.begin);
                        startTag.chop(2); // "/>"
                        QString block = startTag.trimmed() + QLatin1Char('>');
                        for (const QString& child : std::as_const(children))
                            block += QLatin1Char('\n') + inner + child;
                        block += QLatin1Char('\n') + outer + QStringLiteral("</%1>").arg(s.commandLineName);
                        edits.append({s.commandLine.begin, s.commandLine.end, block});
                    } else {
                        edits.append(appendChildren(domainXml, s.commandLine, children, inner, outer));
                    }
                }
            }
        }
    }

    // From the end backwards, so that earlier offsets stay valid; an insertion sorts before a removal ending there.
    std::stable_sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) { return a.begin > b.begin; });
    result.xml = domainXml;
    for (const Edit& edit : std::as_const(edits))
        result.xml.replace(edit.begin, edit.end - edit.begin, edit.text);
    result.ok = true;
    return result;
}

QStringList DomainPatcher::ownArguments(const QString& domainXml, CommandLineDialect dialect)
{
    const QString ns = Realization::namespaceUri(dialect);
    if (ns.isEmpty())
        return {};
    const Scan s = scan(domainXml, ns);
    QStringList values;
    for (qsizetype i : ownArgumentIndices(s))
        values << s.args.at(i).value;
    return values;
}

QStringList DomainPatcher::foreignArguments(const QString& domainXml, CommandLineDialect dialect)
{
    const QString ns = Realization::namespaceUri(dialect);
    if (ns.isEmpty())
        return {};
    const Scan s = scan(domainXml, ns);
    const QList<qsizetype> own = ownArgumentIndices(s);
    QStringList values;
    for (qsizetype i = 0; i < s.args.size(); ++i)
        if (!own.contains(i))
            values << s.args.at(i).value;
    return values;
}

QStringList DomainPatcher::foreignMetadata(const QString& domainXml)
{
    QDomDocument doc;
    if (!XmlLimits::problem(domainXml).isEmpty() || !doc.setContent(domainXml, true))
        return {};
    QStringList elements;
    const QDomElement metadata = doc.documentElement().firstChildElement(QStringLiteral("metadata"));
    for (QDomElement e = metadata.firstChildElement(); !e.isNull(); e = e.nextSiblingElement()) {
        if (e.namespaceURI() == MetadataCodec::namespaceUri())
            continue;
        QString text;
        canonicalInto(e, text);
        elements << text;
    }
    return elements;
}

QString DomainPatcher::canonical(const QString& elementXml)
{
    QDomDocument doc;
    if (!XmlLimits::problem(elementXml).isEmpty() || !doc.setContent(elementXml, true))
        return {};
    QString text;
    canonicalInto(doc.documentElement(), text);
    return text;
}
