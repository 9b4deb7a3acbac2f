#!/usr/bin/env bash
# Retakes the README's window screenshots at 1366 × 768 (a common laptop screen), in English and in German, from
# the built jar on a copy of the sample journal:
#   plan tab, a closed trade's Review tab, the checklist's print preview, the journal review (statistics), its
#   risk of ruin and its calendar; in German the plan tab, the journal review and the print preview.
#
#   mvn -B -q -DskipTests package        # target/microplan.jar and target/lib/
#   docs/screenshots/take.sh             # PNGs into assets/screenshots/ (display :97; another: take.sh :98)
#
# Needs Xvfb, xdotool and ImageMagick (apt-get install xvfb xdotool imagemagick). The window is found with
# `xdotool search --sync`; the app is driven by clicks on the sample journal's list and by its keys (Ctrl+P, Ctrl+J,
# arrow keys on the tabs), so the positions below hold for the sample journal at 1366 × 768 only. Not part of
# `mvn verify`: look at every PNG before committing it.
set -euo pipefail
cd "$(dirname "$0")/../.."

display="${1:-:97}"
out=assets/screenshots
jar=target/microplan.jar
[ -f "$jar" ] || { echo "take.sh: $jar is missing: run mvn -DskipTests package first" >&2; exit 2; }
for tool in Xvfb xdotool import convert; do
  command -v "$tool" >/dev/null || { echo "take.sh: $tool is missing (apt-get install xvfb xdotool imagemagick)" >&2; exit 2; }
done

# A fixed folder: the status bar shows the journal's path ("40 plans in /tmp/microplan-screenshots/…").
work=/tmp/microplan-screenshots
rm -rf "$work" && mkdir -p "$work"
app=""
Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
cleanup() {
  [ -n "$app" ] && kill "$app" 2>/dev/null || true
  kill "$xvfb" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
export DISPLAY="$display"
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.2; done

# The journal list's first row, selected once the journal is read: tinted, where the window's first frame is white.
loaded() {
  local pixel
  pixel=$(import -window root -crop 1x1+270+240 -format '%[fx:int(255*r)],%[fx:int(255*g)],%[fx:int(255*b)]' info:)
  [ "$pixel" != "255,255,255" ] && [ "$pixel" != "0,0,0" ]
}

# Waits (at most a minute) until the pixel at x y is no longer white: a chart drawn, a table filled.
drawn() {
  for _ in $(seq 120); do
    [ "$(import -window root -crop 1x1+"$1"+"$2" -format '%[fx:int(255*r)],%[fx:int(255*g)],%[fx:int(255*b)]' info:)" \
      != "255,255,255" ] && return 0
    sleep 0.5
  done
}

shot() {
  sleep "${2:-2}"
  import -window root "$out/$1.png"
  echo "  $out/$1.png" >&2
}

# Opens the app on a fresh copy of the sample journal in $1 ("en" or "de") and waits for its plans.
start() {
  local lang=$1 journal="$work/sample-journal-$1"
  cp -r assets/samples/journal "$journal"
  # The window's language is a setting of the journal (Preferences ▸ Language).
  sed -i "s/\"theme\" : \"light\",/\"theme\" : \"light\",\n  \"language\" : \"$lang\",/" "$journal/settings.json"
  java -jar "$jar" --journal "$journal" >"$work/app-$lang.log" 2>&1 &
  app=$!
  window=$(xdotool search --sync --name '^Microplan — ' | head -1)
  xdotool windowmove "$window" 0 0 windowsize "$window" 1366 768
  for _ in $(seq 120); do loaded && break; sleep 0.5; done
  sleep 2
}

stop() {
  kill "$app" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
  app=""
}

# The list of the sample journal, newest first: row 2 is the ready ETH short; once it is selected the list shows it
# first, and the closed BTC long of 28 Feb is the fourth row.
plan_tab() { xdotool mousemove 120 280 click 1; }
closed_trade_review() {
  xdotool mousemove 120 430 click 1
  sleep 2
  # The plan area's tabs: Plan, Fills, Review (the arrow keys move along them, whatever their words).
  xdotool mousemove 345 62 click 1 key Right key Right
}
print_preview() {
  xdotool key ctrl+p
  xdotool search --sync --name '^(Print checklist|Checkliste drucken)$' >/dev/null
}
journal_review() {
  xdotool key ctrl+j
  sleep 10
  # The review's first tab, Statistics; Right moves on to Playbooks, Plan vs execution, Risk of ruin, Calendar.
  xdotool mousemove 60 195 click 1
}

echo "English:" >&2
start en
plan_tab;            shot main-window 3
closed_trade_review; shot trade-review 3
print_preview;       shot print-preview 3
xdotool key Escape
journal_review;      shot journal-review 3
xdotool key Right key Right key Right
drawn 1000 440        # the simulation runs off the screen's thread: its fan chart, once drawn
shot risk-of-ruin 2
xdotool key Right;   shot calendar 3
stop

echo "German:" >&2
start de
plan_tab;            shot main-window-de-1366x768 3
print_preview;       shot print-preview-de 3
xdotool key Escape
journal_review;      shot journal-review-de 3
stop
