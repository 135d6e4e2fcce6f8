// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "DomainWriteLock.h"

#include <QHash>
#include <array>

namespace {
// Striped: a fixed set of mutexes, so the lock table never grows with the fleet. Two domains sharing a stripe
// only wait for each other's define, which is short.
constexpr std::size_t kStripes = 64;

QMutex& stripeFor(const QString& uuid)
{
    static std::array<QMutex, kStripes> stripes;
    return stripes[qHash(uuid.toLower()) % kStripes];
}
} // namespace

DomainWriteLock::DomainWriteLock(const QString& uuid)
    : m_mutex(stripeFor(uuid))
{
    m_mutex.lock();
}

DomainWriteLock::~DomainWriteLock()
{
    m_mutex.unlock();
}
