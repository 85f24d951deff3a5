# Every project target gets the same strict warnings; third-party headers come in as SYSTEM.
function(thaid_set_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
                                             -Werror)
endfunction()
