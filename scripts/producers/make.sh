#!/bin/sh
# Regenerates test/fixtures/producers/: a few of our fixtures and tune tables of the real corpus
# (never a holdout file) written again by other producers, as Debian packages them:
#   apt-get install -y libreoffice-calc-nogui python3-openpyxl python3-xlsxwriter gnumeric
#   lo      soffice --convert-to xlsx ("Calc MS Excel 2007 XML")
#   lox     soffice with its "Office Open XML Spreadsheet" filter ("Calc Office Open XML")
#   opx     openpyxl, loaded and saved
#   xw      xlsxwriter, the grid written anew with its merges and number formats
#   gnm     gnumeric's ssconvert
# test/hosts/file/producers.test.ts reads each through the lean reader, ExcelJS and the preview's
# loader and compares the grid and the findings with the original's.
# Usage: sh scripts/producers/make.sh [OUT_DIR]   (default test/fixtures/producers)
set -eu
cd "$(dirname "$0")/../.."
OUT=${1:-test/fixtures/producers}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$OUT"
# Fixtures of our own, and tune tables (split() in test/eval/real-corpus.ts puts these units on the tune side).
SOURCES="test/fixtures/l1.xlsx test/fixtures/values.xlsx
test/fixtures/real/xlsx/ah-bozhou-qixiang-2023.xlsx test/fixtures/real/xlsx/hn-nanxian-jkzx-2025.xlsx"
for src in $SOURCES; do
  base=$(basename "$src" .xlsx)
  mkdir -p "$TMP/lo" "$TMP/lox"
  soffice -env:UserInstallation=file://$TMP/profile --headless --convert-to xlsx --outdir "$TMP/lo" "$src" >/dev/null 2>&1
  mv "$TMP/lo/$base.xlsx" "$OUT/$base.lo.xlsx"
  soffice -env:UserInstallation=file://$TMP/profile --headless --convert-to 'xlsx:Calc Office Open XML' --outdir "$TMP/lox" "$src" >/dev/null 2>&1
  mv "$TMP/lox/$base.xlsx" "$OUT/$base.lox.xlsx"
  /usr/bin/python3 scripts/producers/producers.py openpyxl "$src" "$OUT/$base.opx.xlsx"
  /usr/bin/python3 scripts/producers/producers.py xlsxwriter "$src" "$OUT/$base.xw.xlsx"
  ssconvert "$src" "$OUT/$base.gnm.xlsx" >/dev/null 2>&1
done
ls -l "$OUT"
