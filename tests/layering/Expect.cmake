# SPDX-License-Identifier: GPL-2.0-or-later
# Runs one layering check on a fixture and holds it to what it must say (ctest layering.*):
#   cmake -DCHECK=includes -DXP_SOURCE_DIR=<fixture tree> -DEXPECT="line|line" -DABSENT="text|text" -P Expect.cmake
#   cmake -DCHECK=links -DFROM=<target> -DTO=<target> -DEXPECT="text" -DWORK=<dir> -P Expect.cmake
# EXPECT empty: the check must pass. Otherwise it must fail and print every EXPECT text and no ABSENT one.
cmake_minimum_required(VERSION 3.25)
get_filename_component(_xp_cmake_dir ${CMAKE_CURRENT_LIST_DIR}/../../cmake ABSOLUTE)
if(CHECK STREQUAL "includes")
    execute_process(COMMAND ${CMAKE_COMMAND} -DXP_SOURCE_DIR=${XP_SOURCE_DIR} -P ${_xp_cmake_dir}/XpCheckIncludes.cmake
                    RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
elseif(CHECK STREQUAL "links")
    file(REMOVE_RECURSE ${WORK})
    execute_process(COMMAND ${CMAKE_COMMAND} -S ${CMAKE_CURRENT_LIST_DIR}/links -B ${WORK} -DXP_CMAKE_DIR=${_xp_cmake_dir}
                            -DFROM=${FROM} -DTO=${TO}
                    RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
else()
    message(FATAL_ERROR "Expect.cmake: CHECK must be includes or links")
endif()
# CMake wraps long messages; compare with the line breaks and indentation taken out.
string(REGEX REPLACE "\n *" " " said "${out}${err}")
if(NOT EXPECT)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "The check refused a graph it must accept:\n${out}${err}")
    endif()
    return()
endif()
if(status EQUAL 0)
    message(FATAL_ERROR "The check passed a graph it must refuse:\n${out}${err}")
endif()
string(REPLACE "|" ";" expected "${EXPECT}")
foreach(text IN LISTS expected)
    string(FIND "${said}" "${text}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "The check did not say '${text}':\n${out}${err}")
    endif()
endforeach()
string(REPLACE "|" ";" absent "${ABSENT}")
foreach(text IN LISTS absent)
    string(FIND "${said}" "${text}" at)
    if(NOT at EQUAL -1)
        message(FATAL_ERROR "The check wrongly said '${text}':\n${out}${err}")
    endif()
endforeach()
