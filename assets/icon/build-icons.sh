#!/usr/bin/env bash
# Regenerates every icon size from microplan.svg (needs imagemagick and icnsutils).
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 32 48 64 128 256 512; do
  convert -background none -density 300 microplan.svg -resize "${size}x${size}" "microplan-$size.png"
done
convert microplan-{16,32,48,64,128,256}.png microplan.ico
png2icns microplan.icns microplan-{16,32,48,128,256,512}.png >/dev/null
# The window's icons (stage.getIcons()) come from the application's resources.
cp microplan-{16,32,48,64,128,256}.png ../../src/main/resources/app/microplan/ui/icon/
