#!/usr/bin/env bash
# Renders a workbook to PNG pages so a filled questionnaire can be looked at:
#   scripts/render-xlsx.sh IN.xlsx OUT_DIR
# LibreOffice (headless) converts it to PDF, then pdftoppm turns each page into OUT_DIR/<name>-N.png.
# Uses a throwaway LibreOffice profile so it neither needs nor touches the user's.
set -euo pipefail

if [ "$#" -ne 2 ]; then
  echo "usage: $0 IN.xlsx OUT_DIR" >&2
  exit 2
fi
in="$1"
out="$2"
if [ ! -f "$in" ]; then
  echo "no such file: $in" >&2
  exit 2
fi
for tool in libreoffice pdftoppm; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "$tool is not installed" >&2
    exit 2
  fi
done

mkdir -p "$out"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT

name="$(basename "${in%.*}")"
libreoffice --headless "-env:UserInstallation=file://$profile" --convert-to pdf --outdir "$out" "$in" >/dev/null
pdf="$out/$name.pdf"
if [ ! -f "$pdf" ]; then
  echo "LibreOffice did not produce $pdf" >&2
  exit 1
fi
pdftoppm -png -r 80 "$pdf" "$out/$name"
ls "$out"/"$name"*.png
