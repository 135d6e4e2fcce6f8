# SPDX-License-Identifier: GPL-2.0-or-later
# The include rules that link checks cannot see, run as the ctest layering.includes:
#   cmake -DXP_SOURCE_DIR=<source dir> -P cmake/XpCheckIncludes.cmake
# - a folder's quoted includes name only the folders below it (a header-only use links nothing);
# - a bare "Foo.h" is a header of the includer's own folder;
# - <libvirt/...> only in model/libvirt/*.cpp (tests and bench drive libvirt themselves);
# - xpctl's verbs (app/ctl/) only in app/ and tests/.
cmake_minimum_required(VERSION 3.25)
if(NOT XP_SOURCE_DIR)
    message(FATAL_ERROR "XpCheckIncludes: pass -DXP_SOURCE_DIR=<source dir>")
endif()

# folder|prefix|prefix...: the prefixes a folder's quoted includes may start with, besides its own folder
set(_xp_rules
    "device"
    "model/core|device/"
    "model/binding|device/|model/core/"
    "model/libvirt|model/core/"
    "model/fleet|device/|model/core/|model/binding/|model/libvirt/"
    "model/migration|device/|model/core/|model/binding/|model/libvirt/|model/fleet/"
    "app/ctl|device/|model/"
    "ui|device/|model/"
    "app|device/|model/|ui/|app/ctl/")

set(_xp_violations "")
foreach(rule IN LISTS _xp_rules)
    string(REPLACE "|" ";" parts "${rule}")
    list(POP_FRONT parts folder)
    set(allowed ${parts})
    list(APPEND allowed "${folder}/")
    list(JOIN allowed ", " allowed_text)
    file(GLOB sources RELATIVE ${XP_SOURCE_DIR} ${XP_SOURCE_DIR}/${folder}/*.h ${XP_SOURCE_DIR}/${folder}/*.cpp
                                                 ${XP_SOURCE_DIR}/${folder}/*.h.in)
    foreach(source IN LISTS sources)
        file(STRINGS ${XP_SOURCE_DIR}/${source} includes REGEX "^[ \t]*#[ \t]*include[ \t]*[\"<]")
        foreach(line IN LISTS includes)
            string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*([\"<])([^\">]*)[\">].*" "\\1;\\2" parsed "${line}")
            list(GET parsed 0 kind)
            list(GET parsed 1 name)
            if(kind STREQUAL "<")
                if(name MATCHES "^libvirt/" AND NOT (folder STREQUAL "model/libvirt" AND source MATCHES "\\.cpp$"))
                    list(APPEND _xp_violations "${source}: <${name}>: only model/libvirt/*.cpp includes libvirt")
                endif()
                continue()
            endif()
            if(NOT name MATCHES "/")
                if(NOT EXISTS ${XP_SOURCE_DIR}/${folder}/${name} AND NOT name MATCHES "^(XpVersion\\.h|.*\\.moc)$")
                    list(APPEND _xp_violations "${source}: \"${name}\" is not in ${folder}/ (name the folder of a header from elsewhere)")
                endif()
                continue()
            endif()
            set(ok FALSE)
            foreach(prefix IN LISTS allowed)
                string(FIND "${name}" "${prefix}" at)
                if(at EQUAL 0)
                    set(ok TRUE)
                endif()
            endforeach()
            if(NOT ok)
                list(APPEND _xp_violations "${source}: \"${name}\": ${folder}/ may include only ${allowed_text}")
            endif()
        endforeach()
    endforeach()
endforeach()

# Nothing else may include xpctl's verbs or libvirt's headers either (tests, bench and fuzz are not checked here:
# they are the drivers of the libraries).
file(GLOB_RECURSE _xp_model_and_ui RELATIVE ${XP_SOURCE_DIR} ${XP_SOURCE_DIR}/model/*.h ${XP_SOURCE_DIR}/model/*.cpp
                                                            ${XP_SOURCE_DIR}/ui/*.h ${XP_SOURCE_DIR}/ui/*.cpp)
foreach(source IN LISTS _xp_model_and_ui)
    file(STRINGS ${XP_SOURCE_DIR}/${source} ctl REGEX "^[ \t]*#[ \t]*include[ \t]*\"app/")
    if(ctl)
        list(APPEND _xp_violations "${source}: includes app/ (${ctl}): model/ and ui/ never use xpctl's verbs")
    endif()
endforeach()

if(_xp_violations)
    list(JOIN _xp_violations "\n  " text)
    message(FATAL_ERROR "Include rules broken:\n  ${text}")
endif()
message(STATUS "Include rules hold")
