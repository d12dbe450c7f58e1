#!/usr/bin/env bash
# Draws the sample images in samples/screenshots/ (the demo, the CI self-test and docs/job-summary.png upload them):
# app screenshots (PNG, light and dark), a photo (JPEG), a spinner (animated GIF) and a badge (WebP).
# Needs ImageMagick 6 (`convert`, Debian: apt-get install imagemagick) with the DejaVu fonts.
# Usage: scripts/make-samples.sh [folder]   (default samples/screenshots; then run `npm run summary-picture`)
# The committed images are what ships; the noise is seeded and no timestamps are written, so a rerun with the
# same ImageMagick gives the same pixels.
set -euo pipefail

OUT=${1:-"$(cd "$(dirname "$0")/.." && pwd)/samples/screenshots"}
mkdir -p "$OUT/drafts"
if ! convert -list format 2>/dev/null | grep -q 'WEBP.*rw'; then
  echo "make-samples: needs ImageMagick's convert with WebP support (Debian: apt-get install imagemagick)" >&2
  exit 1
fi

FONT=DejaVu-Sans
BOLD=DejaVu-Sans-Bold
# No tIME/tEXt chunks and no EXIF dates: the bytes depend only on the drawing.
STRIP=(-strip -define png:exclude-chunks=date,time)

# One app window: title bar, header bar, sidebar. Colours are the theme; the page's content follows on the command line.
# window <file> <bg> <surface> <border> <text> <muted> <accent> <title> <draw-args...>
window() {
  local file=$1 bg=$2 surface=$3 border=$4 text=$5 muted=$6 accent=$7 title=$8
  shift 8
  convert -size 800x500 "xc:$bg" \
    -fill "$surface" -draw 'rectangle 0,0 799,31' \
    -fill '#ff5f57' -draw 'circle 18,16 23,16' -fill '#febc2e' -draw 'circle 38,16 43,16' \
    -fill '#28c840' -draw 'circle 58,16 63,16' \
    -font "$FONT" -pointsize 13 -fill "$muted" -gravity north -annotate +0+8 "$title" +gravity \
    -fill "$accent" -draw 'rectangle 0,32 799,79' \
    -font "$BOLD" -pointsize 18 -fill white -annotate +24+62 'Docs Site' \
    -font "$FONT" -pointsize 14 -annotate +560+61 'Guides    API    Blog' \
    -fill "$surface" -stroke "$border" -draw 'rectangle 0,80 180,499' -stroke none \
    -fill "$text" -font "$FONT" -pointsize 14 \
    -annotate +24+118 'Overview' -annotate +24+150 'Uploads' -annotate +24+182 'Images' \
    -annotate +24+214 'Settings' -annotate +24+246 'Team' \
    "$@" "${STRIP[@]}" +dither -colors 64 "PNG8:$OUT/$file"
}

# Light home page: a hero, two buttons, three cards.
window home.png '#f6f8fa' '#ffffff' '#d0d7de' '#1f2328' '#59636e' '#0969da' 'Docs Site — Overview' \
  -fill '#ddf4ff' -draw 'rectangle 1,99 179,125' -fill '#0969da' -annotate +24+118 'Overview' \
  -fill '#1f2328' -font "$BOLD" -pointsize 26 -annotate +212+124 'Ship screenshots with every release' \
  -fill '#59636e' -font "$FONT" -pointsize 15 \
  -annotate +212+156 'Every image in the docs, uploaded once and served from the CDN.' \
  -annotate +212+178 'Changed files are replaced; unchanged ones are skipped.' \
  -fill '#1f883d' -draw 'roundrectangle 212,200 352,236 6,6' -fill white -annotate +232+223 'Get started' \
  -fill '#ffffff' -stroke '#d0d7de' -draw 'roundrectangle 364,200 494,236 6,6' -stroke none \
  -fill '#1f2328' -annotate +388+223 'Learn more' \
  -fill '#ffffff' -stroke '#d0d7de' \
  -draw 'roundrectangle 212,264 394,468 8,8' -draw 'roundrectangle 406,264 588,468 8,8' \
  -draw 'roundrectangle 600,264 782,468 8,8' -stroke none \
  -fill '#54aeff' -draw 'roundrectangle 228,280 378,360 4,4' -fill '#8c959f' -draw 'roundrectangle 422,280 572,360 4,4' \
  -fill '#4ac26b' -draw 'roundrectangle 616,280 766,360 4,4' \
  -fill '#1f2328' -font "$BOLD" -pointsize 15 \
  -annotate +228+388 'Uploads' -annotate +422+388 'Thumbnails' -annotate +616+388 'Release notes' \
  -fill '#59636e' -font "$FONT" -pointsize 12 \
  -annotate +228+412 '1,204 images' -annotate +422+412 'Ready in seconds' -annotate +616+412 'Markdown output' \
  -annotate +228+432 'this week' -annotate +422+432 'at every size' -annotate +616+432 'for every tag'

# A settings page: rows of labels with switches, a text field and a Save button.
# settings <file> <bg> <surface> <border> <text> <muted> <accent> <on> <off>
settings() {
  local file=$1 bg=$2 surface=$3 border=$4 text=$5 muted=$6 accent=$7 on=$8 off=$9
  window "$file" "$bg" "$surface" "$border" "$text" "$muted" "$accent" 'Docs Site — Settings' \
    -fill "$border" -draw 'rectangle 1,195 179,221' -fill "$text" -annotate +24+214 'Settings' \
    -fill "$text" -font "$BOLD" -pointsize 24 -annotate +212+120 'Settings' \
    -fill "$surface" -stroke "$border" -draw 'roundrectangle 212,140 782,420 8,8' \
    -draw 'line 212,196 782,196' -draw 'line 212,252 782,252' -draw 'line 212,308 782,308' -stroke none \
    -font "$FONT" -pointsize 15 -fill "$text" \
    -annotate +232+174 'Replace changed images' -annotate +232+230 'Delete replaced images' \
    -annotate +232+286 'Show previews in the summary' -annotate +232+344 'Title template' \
    -fill "$muted" -pointsize 12 -annotate +232+366 'Placeholders: {repo} {name} {sha}' \
    -fill "$on" -draw 'roundrectangle 718,158 762,182 12,12' -fill white -draw 'circle 750,170 759,170' \
    -fill "$off" -draw 'roundrectangle 718,214 762,238 12,12' -fill white -draw 'circle 730,226 739,226' \
    -fill "$on" -draw 'roundrectangle 718,270 762,294 12,12' -fill white -draw 'circle 750,282 759,282' \
    -fill "$bg" -stroke "$border" -draw 'roundrectangle 472,330 762,362 6,6' -stroke none \
    -fill "$text" -font DejaVu-Sans-Mono -pointsize 13 -annotate +484+351 '{repo} {name}' \
    -fill "$on" -draw 'roundrectangle 682,440 782,476 6,6' -fill white -font "$BOLD" -pointsize 14 \
    -annotate +712+463 'Save' \
    -fill "$surface" -stroke "$border" -draw 'roundrectangle 570,440 670,476 6,6' -stroke none \
    -fill "$text" -font "$FONT" -annotate +592+463 'Cancel'
}
settings settings.png '#f6f8fa' '#ffffff' '#d0d7de' '#1f2328' '#59636e' '#0969da' '#1f883d' '#afb8c1'
settings 设置-dark.png '#0d1117' '#161b22' '#30363d' '#e6edf3' '#9198a1' '#1f6feb' '#238636' '#484f58'

# A work in progress (excluded by the samples' patterns): a grey wireframe with a stamp.
convert -size 800x500 xc:'#ffffff' -fill '#eaeef2' -stroke '#afb8c1' \
  -draw 'rectangle 24,24 776,72' -draw 'rectangle 24,96 240,476' -draw 'rectangle 264,96 776,300' \
  -draw 'rectangle 264,324 508,476' -draw 'rectangle 532,324 776,476' -stroke none \
  -fill '#cf222e' -font "$BOLD" -pointsize 48 -gravity center -annotate -12x-12+0+0 'WIP' \
  "${STRIP[@]}" +dither -colors 16 "PNG8:$OUT/drafts/wip.png"

# A photo: dusk sky with a glowing sun, three ridges fading into haze, a lake mirroring the sky, film grain.
# ridge <base y> <height> <phase>: a polygon whose skyline is a sum of sines (no random numbers, so reproducible).
ridge() {
  awk -v base="$1" -v h="$2" -v p="$3" 'BEGIN {
    printf "polygon 0,330"
    for (x = 0; x <= 640; x += 8)
      printf " %d,%d", x, base - h * (0.55 * sin(x / 97 + p) + 0.3 * sin(x / 41 + 2 * p) + 0.15 * sin(x / 13 + 3 * p))
    printf " 640,330"
  }'
}
convert -size 640x420 gradient:'#1d3b6e'-'#f3a35c' \
  \( -size 640x420 xc:none -fill '#ffe9b0' -draw 'circle 430,170 430,146' -blur 0x14 \) -compose screen -composite \
  -fill '#fff6dc' -draw 'circle 430,170 430,150' -compose over \
  -fill '#8a7fa0' -draw "$(ridge 250 60 0.3)" -fill '#5a5f86' -draw "$(ridge 280 55 1.7)" \
  -fill '#2b3150' -draw "$(ridge 312 40 4.1)" \
  \( -size 640x90 gradient:'#f3a35c'-'#1d3b6e' -evaluate multiply 0.8 \) -geometry +0+330 -composite \
  -fill '#ffe3a8' -draw 'rectangle 414,338 446,340' -draw 'rectangle 402,350 458,351' -draw 'rectangle 420,364 440,365' \
  -blur 0x0.7 -seed 19 -attenuate 0.3 +noise Gaussian \
  -strip -sampling-factor 4:2:0 -quality 80 "$OUT/photo.jpg"

# A spinner: eight frames of eight dots, the bright one moving round, looping forever.
frames=()
for step in 0 1 2 3 4 5 6 7; do
  draw=()
  for dot in 0 1 2 3 4 5 6 7; do
    x=$(awk -v d="$dot" 'BEGIN { printf "%d", 48 + 30 * sin(d * 3.14159265 / 4) }')
    y=$(awk -v d="$dot" 'BEGIN { printf "%d", 48 - 30 * cos(d * 3.14159265 / 4) }')
    age=$(((step - dot + 8) % 8))
    shade=$(awk -v a="$age" 'BEGIN { printf "#%02x%02x%02x", 9 + a * 26, 105 + a * 17, 218 + a * 4 }')
    draw+=(-fill "$shade" -draw "circle $x,$y $((x + 7)),$y")
  done
  frames+=(\( -size 96x96 xc:white "${draw[@]}" \))
done
convert -delay 10 -loop 0 "${frames[@]}" -strip "$OUT/spinner.gif"

# A badge, as a README shows: a rounded two-tone label with text.
convert -size 200x40 xc:none \
  -fill '#555555' -draw 'roundrectangle 0,0 199,39 7,7' -fill '#2da44e' -draw 'roundrectangle 96,0 199,39 7,7' \
  -draw 'rectangle 96,0 106,39' \
  -font "$FONT" -pointsize 17 -fill white -annotate +16+26 'images' -annotate +112+26 'uploaded' \
  -strip -define webp:lossless=false -quality 85 "$OUT/badge.webp"

ls -l "$OUT" "$OUT/drafts"
