#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Overture contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# The clipboard is touched only on Copy. Under Xvfb another program owns
# the clipboard and logs every request made of it; the editor starts, a note is typed,
# and no request may arrive. Before, the editor asked for the clipboard's formats
# (TARGETS) as it started, to enable a Paste menu item nobody had opened.
set -euo pipefail
app=$1 owner=$2
command -v xvfb-run >/dev/null && command -v xdotool >/dev/null || { echo "xvfb-run and xdotool are needed"; exit 1; }
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config XDG_RUNTIME_DIR=$home/runtime HOME=$home
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset QT_QPA_PLATFORM

cat > "$home/session.sh" <<SESSION
#!/usr/bin/env bash
set -eu
"$owner" > "$home/requests.log" &
owner_pid=\$!
for i in \$(seq 1 50); do grep -q ready "$home/requests.log" && break; sleep 0.1; done
"$app" &
pid=\$!
for i in \$(seq 1 100); do
    wid=\$(xdotool search --name "Overture" 2>/dev/null | head -1 || true)
    [ -n "\$wid" ] && break
    sleep 0.1
done
[ -n "\$wid" ] || { echo "no window"; kill -9 \$pid \$owner_pid; exit 1; }
sleep 1
xdotool mousemove --window \$wid 580 300 click 1
sleep 0.3
xdotool type --delay 5 "Hi Ana, your talk on Rust helped me ship."
sleep 1.5
kill \$pid
wait \$pid || true
kill \$owner_pid
SESSION
chmod +x "$home/session.sh"
xvfb-run -a -s "-screen 0 1280x800x24" "$home/session.sh"
grep -q ready "$home/requests.log" || { echo "FAIL: the clipboard owner did not start"; exit 1; }
if grep -q request "$home/requests.log"; then
    echo "FAIL: the editor read the clipboard without a Copy or Paste:"
    grep request "$home/requests.log"
    exit 1
fi
echo "1 passed, 0 failed"
