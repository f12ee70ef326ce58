#!/usr/bin/env bash
# npm run bench:sqlite-setup — installs the SQLite peer of the store benchmark (better-sqlite3 with
# FTS5) into .bench-sqlite/, a folder ignored by git and Prettier, outside the app's dependencies:
# neither the app nor `npm test` ever needs it. Optional; `npm run bench` measures SQLite when present.
set -euo pipefail
cd "$(dirname "$0")/../.."
DIR=.bench-sqlite
VERSION=12.11.1
mkdir -p "$DIR"
[ -f "$DIR/package.json" ] || printf '{\n  "name": "comptoir-bench-sqlite",\n  "private": true\n}\n' >"$DIR/package.json"
npm install --prefix "$DIR" --ignore-scripts --no-audit --no-fund --save-exact "better-sqlite3@$VERSION"
# npm 11 runs no install scripts: build the native module here (needs python3, make, g++), against this
# Node's own headers when they are installed, else node-gyp fetches them.
GYP="$(npm root -g)/npm/node_modules/node-gyp/bin/node-gyp.js"
[ -f "$GYP" ] || GYP="$(command -v node-gyp)"
NODEDIR="$(dirname "$(dirname "$(command -v node)")")"
NODEDIR_ARG=()
[ -f "$NODEDIR/include/node/node.h" ] && NODEDIR_ARG=(--nodedir="$NODEDIR")
(cd "$DIR/node_modules/better-sqlite3" && node "$GYP" rebuild --release -j 2 "${NODEDIR_ARG[@]}")
node -e "
const Database = require('./$DIR/node_modules/better-sqlite3')
const db = new Database(':memory:')
db.exec(\"CREATE VIRTUAL TABLE t USING fts5 (x, tokenize = 'trigram remove_diacritics 1')\")
console.log('better-sqlite3 $VERSION ready: SQLite', db.prepare('SELECT sqlite_version()').pluck().get(), 'with FTS5 trigrams')
"
