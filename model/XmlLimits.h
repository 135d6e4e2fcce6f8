// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QCoreApplication>
#include <QString>

/// What XML from outside (libvirt, a node file, a hand edit, another tool) must not have before the console
/// parses it further: a document type declaration, or nesting deeper than kMaxDepth.
///
/// libvirt never writes a DOCTYPE (it expands internal entities on define and drops the declaration), so one in
/// a domain XML did not come from libvirt; its entities could expand to megabytes or name local files. Deep
/// nesting costs QDom time quadratic in the depth (8,000 levels: 0.3 s; 100,000: minutes) and its serializer
/// and DomainPatcher's canonical form recurse once per level.
class XmlLimits
{
    Q_DECLARE_TR_FUNCTIONS(XmlLimits)

public:
    /// libvirt 9.0 with libxml2 2.9.14 refuses documents nested deeper than 257 elements ("Excessive depth in
    /// document: 256 use XML_PARSE_HUGE option", checked with virsh define); twice that leaves room for libvirt
    /// builds that parse with XML_PARSE_HUGE and still keeps every recursion shallow.
    static constexpr int kMaxDepth = 512;

    /// Why @p xml is refused, one translated sentence naming the line; empty when it has neither a DOCTYPE nor
    /// nesting deeper than kMaxDepth. Whether it is well-formed is left to the caller's own parser: text that is
    /// not stops the check where the error is and counts as passing it.
    static QString problem(const QString& xml);

    /// The sentences problem() returns, for a reader that makes the same checks during its own pass.
    static QString doctypeProblem(qint64 line);
    static QString depthProblem(qint64 line);
};
