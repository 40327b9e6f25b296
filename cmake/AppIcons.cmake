# Application icons rendered at build time from resources/icons/quartermaster.svg by
# tools/iconrender: hicolor PNGs for Linux, an .icns for the macOS bundle.

set(QM_ICON_SVG ${PROJECT_SOURCE_DIR}/resources/icons/quartermaster.svg)
set(QM_ICON_SIZES 48 128 256)
set(QM_ICON_DIR ${PROJECT_BINARY_DIR}/icons)

function(qm_render_hicolor_icons)
    set(outputs)
    foreach(size IN LISTS QM_ICON_SIZES)
        set(png ${QM_ICON_DIR}/${size}x${size}/${QM_APP_ID}.png)
        add_custom_command(OUTPUT ${png}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${QM_ICON_DIR}/${size}x${size}
            COMMAND qm_iconrender ${QM_ICON_SVG} ${png} ${size}
            DEPENDS qm_iconrender ${QM_ICON_SVG}
            COMMENT "Rendering ${size}x${size} application icon"
            VERBATIM)
        list(APPEND outputs ${png})
    endforeach()
    add_custom_target(app_icons ALL DEPENDS ${outputs})
endfunction()

function(qm_add_app_icon_icns target)
    set(icns ${QM_ICON_DIR}/quartermaster.icns)
    add_custom_command(OUTPUT ${icns}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${QM_ICON_DIR}
        COMMAND qm_iconrender ${QM_ICON_SVG} ${icns}
        DEPENDS qm_iconrender ${QM_ICON_SVG}
        COMMENT "Rendering macOS application icon"
        VERBATIM)
    target_sources(${target} PRIVATE ${icns})
    set_source_files_properties(${icns} PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
endfunction()
