#!/usr/bin/env bash
# Regenerates the Word fixtures of the import tests (test/fixtures/word/) from their sources,
# with real word processors: LibreOffice for the .html sources, pandoc for the .md sources.
# Also the three documents that cannot be imported: a text file named .docx, a .docx cut off
# halfway, and a .docx protected with a password (ECMA-376 encryption, as Word writes it:
# LibreOffice 7.4 does not write it from the command line, so the LibreOffice document is
# encrypted with the officecrypto-tool package, installed in a temporary folder, never in the project).
set -euo pipefail
cd "$(dirname "$0")/../test/fixtures/word"

for source in *.html; do
  soffice --headless --convert-to 'docx:MS Word 2007 XML' --outdir . "$source" >/dev/null
  # The same text through pandoc: another writer's styles, title and tables.
  pandoc -o "${source%.html}.pandoc.docx" "$source"
done
for source in *.md; do
  pandoc -o "${source%.md}.docx" "$source"
done

mkdir -p kapot
printf 'Dit is geen Word-document maar platte tekst met de naam protocol.docx.\n' > kapot/geen-docx.docx
head -c 3000 basisschool-sectormodel.docx > kapot/afgebroken.docx

crypt="$(mktemp -d)"
trap 'rm -rf "$crypt"' EXIT
(cd "$crypt" && npm init -y >/dev/null && npm install --no-audit --no-fund officecrypto-tool@0.0.19 >/dev/null)
NODE_PATH="$crypt/node_modules" node -e '
  const crypto = require("officecrypto-tool");
  const fs = require("fs");
  fs.writeFileSync("kapot/versleuteld.docx", crypto.encrypt(fs.readFileSync("basisschool-sectormodel.docx"), { password: "geheim" }));
'
echo "fixtures written in $(pwd)"
