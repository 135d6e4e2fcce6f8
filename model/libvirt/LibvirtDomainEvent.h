// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QMetaType>
#include <QString>

/// One domain lifecycle event (VIR_DOMAIN_EVENT_ID_LIFECYCLE), without libvirt types.
struct LibvirtDomainEvent
{
    Q_GADGET

public:
    /// Mirrors virDomainEventType.
    enum class Type { Defined = 0, Undefined, Started, Suspended, Resumed, Stopped, Shutdown, PmSuspended, Crashed };
    Q_ENUM(Type)

    Type type = Type::Defined;
    /// The event's detail (virDomainEventDefinedDetailType, ...StartedDetailType, ...), as libvirt sent it.
    int detail = 0;
    QString uuid;
    QString name;
};
