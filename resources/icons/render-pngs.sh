#!/usr/bin/env bash
# Renders the icon's PNG sizes from the SVG. The PNGs are committed so that the build needs no
# SVG renderer; run this after changing the SVG (needs librsvg2-bin's rsvg-convert).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
id=io.github.xerorefreshassistant.XeroRefreshAssistant
for size in 16 22 24 32 48 64 128 256; do
    mkdir -p "$here/${size}x${size}"
    rsvg-convert -w "$size" -h "$size" "$here/$id.svg" -o "$here/${size}x${size}/$id.png"
done
