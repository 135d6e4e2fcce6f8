// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "HexText.h"

QString HexText::digits(quint64 value, int width)
{
    return QString::number(value, 16).rightJustified(width, QLatin1Char('0'));
}

QString HexText::upperDigits(quint64 value, int width)
{
    return digits(value, width).toUpper();
}

QString HexText::prefixed(quint64 value, int width)
{
    return QStringLiteral("0x") + digits(value, width);
}
