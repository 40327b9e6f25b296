#!/usr/bin/env bash
# self_contained: the tests, benchmarks and build files read only what the repository
# holds. A user's clone has nothing beside it, so a path that leaves the source tree
# (a sibling folder of the checkout, "/../") fails here rather than only on a fresh clone.
set -euo pipefail
root=${1:?usage: self_contained.sh SOURCE_DIR}
cd "$root"
hits=$(git ls-files -z -- tests src cmake CMakeLists.txt CMakePresets.json Makefile packaging .ci 2>/dev/null \
    | xargs -0 grep -nE 'QM_SOURCE_DIR "/\.\.|PROJECT_SOURCE_DIR\}/\.\.|\.\./sh[a]red' -- 2>/dev/null \
    | grep -v '^tests/tools/self_contained.sh:' || true)
if [ -n "$hits" ]; then
  echo "these lines read files from outside the repository:"
  echo "$hits"
  exit 1
fi
echo "every test input is inside the repository"
