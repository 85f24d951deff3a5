# Each top-level folder is included under its own prefix ("protocol/…", "registry/…") and from
# nowhere else. A target gets an include root in the build tree holding one link, <prefix>,
# to its folder: through it no other top-level folder is reachable, so a kiosk file that
# includes "registry/…" (or a registry file that includes a kiosk header) does not compile.
function(thaid_include_root target prefix folder)
    set(root "${CMAKE_BINARY_DIR}/include-roots/${prefix}")
    if(NOT IS_SYMLINK "${root}/${prefix}")
        file(MAKE_DIRECTORY "${root}")
        file(CREATE_LINK "${folder}" "${root}/${prefix}" SYMBOLIC)
    endif()
    target_include_directories(${target} PUBLIC "${root}")
endfunction()
