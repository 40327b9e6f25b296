#!/bin/sh
# Runs a test as user nobody when started as root, so that tests about permissions see
# them enforced (root reads any file whatever its mode); as any other user, runs it as is.
set -eu
if [ "$(id -u)" -eq 0 ]; then
  exec runuser -u nobody -- "$@"
fi
exec "$@"
