# Every package the build uses, found in one place (Debian 12: DESIGN.md §9).
find_package(Qt6 6.4 REQUIRED COMPONENTS
    Core Gui Network Sql HttpServer Quick QuickControls2 LinguistTools Test)
find_package(OpenSSL 3.0 REQUIRED)
find_package(ZXing REQUIRED)
find_package(PkgConfig REQUIRED)
pkg_check_modules(PCSC REQUIRED IMPORTED_TARGET libpcsclite)
pkg_check_modules(FPRINT REQUIRED IMPORTED_TARGET libfprint-2)
if(THAID_BUILD_TESTS)
    find_package(GTest REQUIRED)
endif()
