# Project-wide compiler settings: the strict Qt defines of STYLE.md, warnings, and the
# optional sanitizer build. Applied through an interface target that every target of
# ours links, so third-party code is not affected.

add_library(qm_compile_options INTERFACE)
target_compile_definitions(qm_compile_options INTERFACE
    QT_NO_KEYWORDS
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_NO_URL_CAST_FROM_STRING
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    QM_VERSION="${PROJECT_VERSION}"
    QM_APP_ID="${QM_APP_ID}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(qm_compile_options INTERFACE -Wall -Wextra -Wpedantic -Wshadow
        -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual -Wformat=2)
    if(QM_WERROR)
        target_compile_options(qm_compile_options INTERFACE -Werror)
    endif()
    if(QM_FUZZ)
        # Coverage instrumentation of all our code, so libFuzzer sees into the parsers.
        target_compile_options(qm_compile_options INTERFACE -fsanitize=fuzzer-no-link)
    endif()
    if(QM_SANITIZE)
        target_compile_options(qm_compile_options INTERFACE
            -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(qm_compile_options INTERFACE -fsanitize=address,undefined)
    endif()
    if(QM_TSAN)
        if(QM_SANITIZE)
            message(FATAL_ERROR "QM_TSAN and QM_SANITIZE cannot be combined")
        endif()
        target_compile_options(qm_compile_options INTERFACE -fsanitize=thread -fno-omit-frame-pointer)
        target_link_options(qm_compile_options INTERFACE -fsanitize=thread)
    endif()
endif()
