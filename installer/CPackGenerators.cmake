# SPDX-License-Identifier: Apache-2.0
# Read by cpack once per generator (CPACK_PROJECT_CONFIG_FILE), with CPACK_GENERATOR the one at
# work.
if(CPACK_GENERATOR STREQUAL "DEB")
    # A Debian package installs under /usr whatever prefix the build was configured with (a
    # configure without a preset has /usr/local): the unit runs /usr/bin/worknation-server.
    # With CPACK_SET_DESTDIR, this is the variable the packaged install uses.
    set(CPACK_INSTALL_PREFIX "/usr")
elseif(CPACK_GENERATOR STREQUAL "TGZ")
    # The archive keeps the configured prefix. It has no debug package of its own: its stripped
    # binaries have the same build IDs as the .deb's, so the -dbgsym packages serve them too.
    set(CPACK_STRIP_FILES ON)
endif()
