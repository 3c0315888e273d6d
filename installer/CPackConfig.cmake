# SPDX-License-Identifier: Apache-2.0
# Packages: `cmake --build --preset release --target package` makes the server's and the client's
# .deb, each with a -dbgsym package of its debug symbols, and a .tar.gz.
# Installs as a Debian package lays it out: /etc and /lib/systemd are absolute, and the .deb puts
# the rest under /usr whatever the configure's prefix (CPackGenerators.cmake), since that is where
# the unit runs the server from.

install(FILES ${CMAKE_CURRENT_LIST_DIR}/server.ini DESTINATION /etc/worknation COMPONENT server)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/worknation-server.service DESTINATION /lib/systemd/system COMPONENT server)
install(FILES ${PROJECT_SOURCE_DIR}/docs/configuration.md ${PROJECT_SOURCE_DIR}/docs/chat-protocol.md
        DESTINATION share/doc/worknation COMPONENT server)

set(CPACK_PACKAGE_NAME "worknation")
set(CPACK_PACKAGE_VENDOR "Worknation")
set(CPACK_PACKAGE_CONTACT "Worknation maintainers <maintainers@worknation.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Recruitment and skills platform")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_SET_DESTDIR ON) # /etc and /lib/systemd stay absolute in every package
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_ARCHIVE_COMPONENT_INSTALL OFF)
set(CPACK_PROJECT_CONFIG_FILE ${CMAKE_CURRENT_LIST_DIR}/CPackGenerators.cmake)
# The binaries ship stripped; their debug symbols go to worknation-<component>-dbgsym (a .ddeb,
# files under /usr/lib/debug/.build-id/, which gdb and systemd-coredump find by build ID).
# Full debug information needs a build with -g: the dev and release presets have it, a Release,
# MinSizeRel or untyped build does not, and its -dbgsym packages then hold only symbol tables.
set(CPACK_DEBIAN_DEBUGINFO_PACKAGE ON)
string(TOUPPER "${CMAKE_BUILD_TYPE}" _wn_build_type)
if(NOT "${CMAKE_CXX_FLAGS} ${CMAKE_CXX_FLAGS_${_wn_build_type}}" MATCHES "(^| )-g")
    message(STATUS "Packages: this build has no -g, so its -dbgsym packages hold only symbol "
                   "tables; the release preset (RelWithDebInfo) makes the packages to ship")
endif()
set(CPACK_COMPONENTS_ALL server)
if(WN_BUILD_CLIENT)
    list(APPEND CPACK_COMPONENTS_ALL client)
endif()

set(CPACK_DEBIAN_SERVER_PACKAGE_NAME "worknation-server")
set(CPACK_DEBIAN_SERVER_FILE_NAME "DEB-DEFAULT")
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION "web")
set(CPACK_DEBIAN_SERVER_DESCRIPTION "Worknation server: REST API and chat for a recruitment and skills platform
 Serves the Worknation API and chat socket on one port, on SQLite or PostgreSQL,
 as a systemd service with its own system user.")
# Library dependencies are computed from the binary (the Debian Qt packages, not bundled);
# plugins and helpers the binary loads at run time are named here.
set(CPACK_DEBIAN_SERVER_PACKAGE_SHLIBDEPS ON)
# The CV renderer draws in DejaVu fonts.
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, libqt6sql6-psql, shared-mime-info, adduser, fonts-dejavu-core")
# bwrap runs the coding challenges' code and pdftotext (poppler-utils), in it, reads uploaded
# PDF CVs for search; the compilers and runtimes are the languages offered.
set(CPACK_DEBIAN_SERVER_PACKAGE_RECOMMENDS "bubblewrap, poppler-utils")
set(CPACK_DEBIAN_SERVER_PACKAGE_SUGGESTS
    "postgresql-client, nginx, gcc, g++, python3, nodejs, openjdk-17-jdk-headless, golang-go")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
    "${CMAKE_CURRENT_LIST_DIR}/debian/conffiles;${CMAKE_CURRENT_LIST_DIR}/debian/postinst;${CMAKE_CURRENT_LIST_DIR}/debian/prerm;${CMAKE_CURRENT_LIST_DIR}/debian/postrm")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_DEBIAN_CLIENT_PACKAGE_NAME "worknation-client")
set(CPACK_DEBIAN_CLIENT_FILE_NAME "DEB-DEFAULT")
set(CPACK_DEBIAN_CLIENT_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_CLIENT_DESCRIPTION "Worknation desktop client for talents, employers and admins
 Connects to a Worknation server: talents find jobs, apply and chat; employers post jobs and
 decide on applicants; admins watch the platform and approve testimonials.")
set(CPACK_DEBIAN_CLIENT_PACKAGE_SHLIBDEPS ON)
# The QML modules the client loads at run time are not linked libraries: name them
# (package_contents checks this list against the modules the client's QML can reach).
set(CPACK_DEBIAN_CLIENT_PACKAGE_DEPENDS
    "qml6-module-qtqml, qml6-module-qtquick, qml6-module-qtquick-controls, qml6-module-qtquick-layouts, qml6-module-qtquick-window, qml6-module-qtquick-templates, qml6-module-qtqml-workerscript, qml6-module-qtqml-models, qml6-module-qtquick-dialogs, qml6-module-qt-labs-folderlistmodel")

include(CPack)
