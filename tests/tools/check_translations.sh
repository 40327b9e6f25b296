#!/usr/bin/env bash
# check_translations.sh LUPDATE TS_FILE SOURCES_LIST [plurals]
# Fails when TS_FILE lacks a string of the sources or holds an unfinished translation.
# With "plurals" (the English file), only messages with plural forms must be translated.
set -euo pipefail
lupdate=$1 ts=$2 sources=$3 mode=${4:-all}
name=$(basename "$ts")
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp "$ts" "$scratch/check.ts"
mapfile -t files < "$sources"
"$lupdate" -no-obsolete -locations none "${files[@]}" -ts "$scratch/check.ts" > "$scratch/log" 2>&1
cat "$scratch/log"
status=0
if grep -q 'type="vanished"\|type="obsolete"' "$scratch/check.ts"; then
  echo "FAIL: $name holds strings no source uses any more; run update_translations"
  status=1
fi
# Print the source of every unfinished message (of plural messages only in plurals mode).
awk -v mode="$mode" '
  /<message/ { numerus = ($0 ~ /numerus="yes"/); source = "" }
  /<source>/ { source = $0; sub(/^ *<source>/, "", source); sub(/<\/source>.*/, "", source) }
  /type="unfinished"/ { if (mode == "all" || numerus) print "  " source }
' "$scratch/check.ts" > "$scratch/unfinished"
if [ -s "$scratch/unfinished" ]; then
  echo "FAIL: untranslated or new strings in $name (translate them, e.g. with linguist):"
  cat "$scratch/unfinished"
  status=1
fi
if [ $status -eq 0 ]; then
  echo "1 passed, 0 failed: $name is complete"
else
  echo "0 passed, 1 failed"
fi
exit $status
