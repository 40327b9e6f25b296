# Thin wrapper over the CMake presets (CMakePresets.json): CMake stays the build system.
#   make run      install what is missing, build, launch the app
#   make test     install what is missing, build, run every test through ctest
#   make package  build the .deb (Linux) with CPack
#   make bench    build and run the benchmarks (not part of make test)
#   make fuzz     run the libFuzzer targets (clang), FUZZ_SECONDS each
# PRESET picks the build tree: dev by default, ci under CI=true (one tree for tests and package).

PRESET ?= $(if $(filter true,$(CI)),ci,dev)
PACKAGE_PRESET ?= $(if $(filter true,$(CI)),ci,release)
BENCH_PRESET ?= release
UNAME := $(shell uname -s)
JOBS ?= $(shell nproc 2>/dev/null || sysctl -n hw.ncpu 2>/dev/null || echo 2)

ifeq ($(UNAME),Darwin)
  BREW_PREFIX := $(shell brew --prefix 2>/dev/null)
  export CMAKE_PREFIX_PATH := $(BREW_PREFIX)/opt/qt:$(BREW_PREFIX)/opt/libarchive:$(CMAKE_PREFIX_PATH)
  export PKG_CONFIG_PATH := $(BREW_PREFIX)/opt/libarchive/lib/pkgconfig:$(BREW_PREFIX)/opt/libyaml/lib/pkgconfig:$(BREW_PREFIX)/opt/libpq/lib/pkgconfig:$(PKG_CONFIG_PATH)
  APP_BINARY = build/$(PRESET)/bin/quartermaster.app/Contents/MacOS/quartermaster
else
  APP_BINARY = build/$(PRESET)/bin/quartermaster
endif

.PHONY: all deps configure build run test package bench fuzz format format-check clean

all: build

deps:
	@packaging/deps.sh

configure: deps
	cmake --preset $(PRESET)

build: configure
	cmake --build --preset $(PRESET) -j $(JOBS)

run: configure
	cmake --build --preset $(PRESET) -j $(JOBS) --target quartermaster
	$(APP_BINARY) $(ARGS)

test: build
	ctest --preset $(PRESET) -j $(JOBS)

package: deps
	cmake --preset $(PACKAGE_PRESET)
	cmake --build --preset $(PACKAGE_PRESET) -j $(JOBS)
	cd build/$(PACKAGE_PRESET) && cpack -G $(if $(filter Darwin,$(UNAME)),DragNDrop,DEB)

bench: deps
	cmake --preset $(BENCH_PRESET)
	cmake --build --preset $(BENCH_PRESET) -j $(JOBS) --target bench
	cmake --build --preset $(BENCH_PRESET) --target run_benchmarks

# Each libFuzzer target for FUZZ_SECONDS (default 60) under ASan + UBSan, with clang.
FUZZ_SECONDS ?= 60
fuzz:
	@packaging/deps.sh fuzz
	cmake --preset fuzz -DFUZZ_SECONDS=$(FUZZ_SECONDS)
	cmake --build --preset fuzz -j $(JOBS) --target run_fuzzers

format:
	git ls-files '*.cpp' '*.h' | xargs clang-format -i

format-check:
	git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run -Werror

clean:
	rm -rf build
