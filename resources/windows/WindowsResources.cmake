# SPDX-License-Identifier: GPL-3.0-or-later
# Windows: the programs' resources (icon, manifest, version information). Included from the
# top-level CMakeLists.txt on Windows only; the installer is in resources/CMakeLists.txt;
# docs/windows.md.
#
# rdpdiag.ico holds the application icon (resources/icons/io.github.rdpdiag.wizard.svg)
# rendered at 16, 24, 32, 48, 64 and 256 pixels and joined with ImageMagick's `convert`.

# rdpdiag_add_windows_resources(<target> <file name> <description>): icon, manifest, version.
function(rdpdiag_add_windows_resources target file_name description)
    set(RDPDIAG_RC_FILE_NAME ${file_name})
    set(RDPDIAG_RC_DESCRIPTION ${description})
    set(RDPDIAG_RC_ICON ${CMAKE_CURRENT_FUNCTION_LIST_DIR}/rdpdiag.ico)
    set(RDPDIAG_RC_MANIFEST ${CMAKE_CURRENT_FUNCTION_LIST_DIR}/rdpdiag.manifest)
    set(rc ${CMAKE_CURRENT_BINARY_DIR}/${target}.rc)
    configure_file(${CMAKE_CURRENT_FUNCTION_LIST_DIR}/version.rc.in ${rc} @ONLY)
    target_sources(${target} PRIVATE ${rc})
endfunction()
