# SPDX-License-Identifier: GPL-2.0-or-later
# An option() that is also listed in the feature summary, so every switch is visible at configure time.
function(xp_option name description default)
    option(${name} "${description}" ${default})
    add_feature_info(${name} ${name} "${description}")
endfunction()
