# Every package the build uses, found in one place (Debian 12; scripts/lib/common.sh installs them).
find_package(Qt6 6.4 REQUIRED COMPONENTS
    Core Gui Network Sql HttpServer Quick QuickControls2 Svg LinguistTools Test)
find_package(OpenSSL 3.0 REQUIRED)
find_package(ZXing REQUIRED)
find_package(PkgConfig REQUIRED)
pkg_check_modules(PCSC REQUIRED IMPORTED_TARGET libpcsclite)
pkg_check_modules(FPRINT REQUIRED IMPORTED_TARGET libfprint-2)
# The TPM's station key: ESAPI and the TCTI loader (libtss2-dev); the tpm2 provider is loaded at
# run time (tpm2-openssl).
pkg_check_modules(TSS2 REQUIRED IMPORTED_TARGET tss2-esys tss2-tctildr tss2-rc)
# Node's http_parser (libhttp-parser-dev) frames the registry's HTTP; it ships no .pc file.
find_path(HTTP_PARSER_INCLUDE_DIR http_parser.h REQUIRED)
find_library(HTTP_PARSER_LIBRARY http_parser REQUIRED)
add_library(HttpParser::HttpParser UNKNOWN IMPORTED)
set_target_properties(HttpParser::HttpParser PROPERTIES
    IMPORTED_LOCATION "${HTTP_PARSER_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${HTTP_PARSER_INCLUDE_DIR}")
if(THAID_BUILD_TESTS)
    find_package(GTest REQUIRED)
endif()
