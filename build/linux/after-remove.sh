#!/bin/sh
# Runs after the deb is removed: takes out the AppArmor profile after-install.sh wrote.
set -e
PROFILE=/etc/apparmor.d/coalition-mapper
if [ -f "$PROFILE" ]; then
  if command -v apparmor_parser >/dev/null 2>&1; then apparmor_parser --remove "$PROFILE" || true; fi
  rm -f "$PROFILE"
fi
