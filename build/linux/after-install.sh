#!/bin/sh
# Runs after the deb is installed (electron-builder.yml, deb.afterInstall). Electron's sandbox
# needs either unprivileged user namespaces or the setuid chrome-sandbox helper. Ubuntu 24.04's
# AppArmor restricts user namespaces to programs with a profile that allows them, so without this
# the app aborts at start with a sandbox error. Both are set up here; the app never runs with
# --no-sandbox.
set -e

APP_DIR="/opt/Coalition Mapper"
PROFILE=/etc/apparmor.d/coalition-mapper

# Chromium's setuid sandbox helper must be owned by root and setuid to work.
if [ -f "$APP_DIR/chrome-sandbox" ]; then
  chown root:root "$APP_DIR/chrome-sandbox"
  chmod 4755 "$APP_DIR/chrome-sandbox"
fi

# An AppArmor profile that lets this one program create user namespaces (Ubuntu's own pattern for
# Electron apps); everything else about it is left as it would be without AppArmor.
if [ -d /etc/apparmor.d ]; then
  cat > "$PROFILE" <<'PROFILE_EOF'
abi <abi/4.0>,
include <tunables/global>

profile coalition-mapper "/opt/Coalition Mapper/coalition-mapper" flags=(unconfined) {
  userns,

  include if exists <local/coalition-mapper>
}
PROFILE_EOF
  if command -v apparmor_parser >/dev/null 2>&1; then
    apparmor_parser --replace --write-cache --skip-read-cache "$PROFILE" || true
  fi
fi
