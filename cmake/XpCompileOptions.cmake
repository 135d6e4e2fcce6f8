# SPDX-License-Identifier: GPL-2.0-or-later
# One INTERFACE target that every library and test links: warnings and Qt strictness in one place.
add_library(xp_compile_options INTERFACE)
target_compile_options(xp_compile_options INTERFACE
    -Wall -Wextra -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local>
    $<$<BOOL:${WARNINGS_AS_ERRORS}>:-Werror>)
# The defines are harmless for xp_device, which includes no Qt header.
target_compile_definitions(xp_compile_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_CONTEXTLESS_CONNECT
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    $<$<CONFIG:Release>:QT_NO_DEBUG_OUTPUT>)
if(XP_SANITIZE)
    target_compile_options(xp_compile_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                        -fno-sanitize-recover=undefined)
    target_link_options(xp_compile_options INTERFACE -fsanitize=address,undefined)
endif()
