# SPDX-License-Identifier: GPL-2.0-or-later
# xp_add_test(NAME tst_Foo SOURCES tst_Foo.cpp LIBS xp_device [ENVIRONMENT K=V...] [LABELS l...] [TIMEOUT s])
# One QTest executable per class under test, linked only to the narrowest library it needs,
# run offscreen with a fixed locale so results do not depend on the machine.
function(xp_add_test)
    cmake_parse_arguments(ARG "" "NAME;TIMEOUT" "SOURCES;LIBS;ENVIRONMENT;LABELS" ${ARGN})
    if(NOT ARG_NAME OR NOT ARG_SOURCES)
        message(FATAL_ERROR "xp_add_test needs NAME and SOURCES")
    endif()
    add_executable(${ARG_NAME} ${ARG_SOURCES})
    target_link_libraries(${ARG_NAME} PRIVATE ${ARG_LIBS} Qt6::Test xp_compile_options xp_test_support)
    add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set_tests_properties(${ARG_NAME} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8;LANGUAGE=en;QT_LOGGING_RULES=xp.*.debug=false;${ARG_ENVIRONMENT}")
endfunction()
