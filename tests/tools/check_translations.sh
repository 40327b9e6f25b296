#!/usr/bin/env bash
# check_translations.sh LUPDATE TS_FILE SOURCES_LIST
# Fails when TS_FILE lacks a string of the sources or holds an unfinished translation.
set -euo pipefail
lupdate=$1 ts=$2 sources=$3
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp "$ts" "$scratch/check.ts"
mapfile -t files < "$sources"
"$lupdate" -no-obsolete -locations none "${files[@]}" -ts "$scratch/check.ts" > "$scratch/log" 2>&1
cat "$scratch/log"
status=0
if grep -q 'type="unfinished"' "$scratch/check.ts"; then
  echo "FAIL: untranslated or new strings in $(basename "$ts"):"
  grep -B3 'type="unfinished"' "$scratch/check.ts" | grep '<source>' | sed 's/^ */  /'
  status=1
fi
if grep -q 'type="vanished"\|type="obsolete"' "$scratch/check.ts"; then
  echo "FAIL: $(basename "$ts") holds strings no source uses any more; run update_translations"
  status=1
fi
if [ $status -eq 0 ]; then
  echo "1 passed, 0 failed: $(basename "$ts") is complete"
else
  echo "0 passed, 1 failed"
fi
exit $status
