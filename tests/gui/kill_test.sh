#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Overture contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# A person types into the real window (under Xvfb, with xdotool), the app is killed with
# SIGKILL a moment later, and the draft must be whole on disk and back after a restart.
set -euo pipefail
app=$1
command -v xvfb-run >/dev/null && command -v xdotool >/dev/null || { echo "xvfb-run and xdotool are needed"; exit 1; }
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config XDG_RUNTIME_DIR=$home/runtime HOME=$home
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset QT_QPA_PLATFORM
typed="Hi Ana, your talk on Rust at FOSDEM helped me ship our parser. Would you be open to connecting?"

cat > "$home/session.sh" <<SESSION
#!/usr/bin/env bash
set -eu
"$app" &
pid=\$!
for i in \$(seq 1 100); do
    wid=\$(xdotool search --name "Overture" 2>/dev/null | head -1 || true)
    [ -n "\$wid" ] && break
    sleep 0.1
done
[ -n "\$wid" ] || { echo "no window"; kill -9 \$pid; exit 1; }
sleep 1
# The editor is the middle column; click into it and type.
xdotool mousemove --window \$wid 580 300 click 1
sleep 0.3
xdotool type --delay 5 "$typed"
sleep 2.5   # the draft is saved a second after the last keystroke
kill -9 \$pid
SESSION
chmod +x "$home/session.sh"
xvfb-run -a -s "-screen 0 1280x800x24" "$home/session.sh"

draft=$XDG_DATA_HOME/overture/draft.txt
[ -f "$draft" ] || { echo "FAIL: no draft saved at $draft"; exit 1; }
saved=$(cat "$draft")
if [ "$saved" != "$typed" ]; then
    echo "FAIL: the saved draft differs from what was typed"
    echo "typed: $typed"
    echo "saved: $saved"
    exit 1
fi
# No temporary file left behind by the atomic save.
leftovers=$(find "$XDG_DATA_HOME/overture" -name 'draft.txt?*' | wc -l)
[ "$leftovers" -eq 0 ] || { echo "FAIL: temporary files left: $leftovers"; exit 1; }
# A restart shows the draft (rendered offscreen; the screenshot is only proof it started).
QT_QPA_PLATFORM=offscreen "$app" --screenshot "$home/after.png"
[ -s "$home/after.png" ] || { echo "FAIL: the app did not start again"; exit 1; }
echo "1 passed, 0 failed"
