# Every project target gets the same strict warnings; third-party headers come in as SYSTEM.
function(thaid_set_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
                                             -Werror)
endfunction()

# The workflow and the screens switch over the workflow's enums: a missing case is an error, and
# `default:` is not used there, so adding a state or event makes the compiler list every place.
function(thaid_require_every_case target)
    target_compile_options(${target} PRIVATE -Wswitch-enum)
endfunction()
