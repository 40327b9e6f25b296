# Installation layout and CPack: a .deb on Linux (make package), the .app bundle
# settings on macOS (see src/app/CMakeLists.txt).
include(GNUInstallDirs)

qm_render_hicolor_icons()

install(TARGETS quartermaster qmctl
    RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
    BUNDLE DESTINATION .)

if(UNIX AND NOT APPLE)
    install(FILES ${PROJECT_SOURCE_DIR}/packaging/linux/${QM_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${PROJECT_SOURCE_DIR}/packaging/linux/${QM_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${QM_ICON_SVG}
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${QM_APP_ID}.svg)
    foreach(size IN LISTS QM_ICON_SIZES)
        install(FILES ${QM_ICON_DIR}/${size}x${size}/${QM_APP_ID}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
    endforeach()
endif()

set(CPACK_PACKAGE_NAME quartermaster)
set(CPACK_PACKAGE_VENDOR "Quartermaster developers")
set(CPACK_PACKAGE_CONTACT "Quartermaster developers <maintainers@quartermaster.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Desktop console for a fleet of data hosts and their storage")
set(CPACK_PACKAGE_DESCRIPTION
    "Quartermaster connects to the hosts of a fleet of data-producing machines, charts \
their storage, checks the fleet config for contradictions and runs syncs, archives and \
cleanups through a background job queue. qmctl is its command-line twin.")
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What shlibdeps cannot see: plugins Qt loads at run time, libsecret (which QtKeychain
# loads at run time to reach the system keychain) and programs the app runs.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, libqt6sql6-psql, qt6-qpa-plugins, libqt6svg6, libsecret-1-0, \
openssh-client, rsync")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")

include(CPack)
