#!/usr/bin/env bash
# Renders every icon file the app and the installers use from our two SVG sources:
#   scorecard-studio.svg        the icon (48 px and up)
#   scorecard-studio-small.svg  the same drawing on a 16-pixel grid, bolder, for 16-32 px
# The outputs are committed (CI machines need not have these tools); run this after editing an SVG
# and commit the results with it.
#
# Needs: rsvg-convert (librsvg2-bin), ImageMagick's convert (ICO), png2icns (icnsutils).
#   apt-get install librsvg2-bin imagemagick icnsutils
# Use rsvg-convert for SVG -> PNG: ImageMagick's built-in SVG renderer drops the gradients.
set -euo pipefail
cd "$(dirname "$0")"
resources=../../src/main/resources/ui

for tool in rsvg-convert convert png2icns; do
  command -v "$tool" >/dev/null || { echo "render.sh: $tool not found (apt-get install librsvg2-bin imagemagick icnsutils)" >&2; exit 1; }
done

mkdir -p png
for size in 16 24 32 48 64 128 256 512; do
  source=scorecard-studio.svg
  [ "$size" -le 32 ] && source=scorecard-studio-small.svg
  rsvg-convert --width "$size" --height "$size" "$source" --output "png/scorecard-studio-$size.png"
done

# Windows: one .ico with the sizes Explorer and the taskbar ask for (256 is stored as PNG inside)
convert png/scorecard-studio-{16,24,32,48,64,128,256}.png -strip scorecard-studio.ico

# macOS: .icns from the sizes png2icns accepts
png2icns scorecard-studio.icns png/scorecard-studio-{16,32,48,128,256,512}.png >/dev/null

# The window icons (AppContext): JavaFX hands the window system one 32 px icon on Windows and one
# 128 px icon on Linux and macOS, scaling whatever it is given; exact sizes spare it the scaling.
# icon-256.png is kept for anything that still loads it.
for size in 32 128 256; do
  cp "png/scorecard-studio-$size.png" "$resources/icon-$size.png"
done
echo "Rendered icons into $(pwd) and $resources"
