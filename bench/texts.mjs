// The benchmark texts: the shared development corpus and the fixtures, repeated to a stable size.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));

/** The distinct articles: ../shared/corpus/*.txt (beside the checkout) and fixtures/*.txt. */
export function articles() {
  const dirs = [join(root, '..', 'shared', 'corpus'), join(root, 'fixtures')];
  const texts = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) if (name.endsWith('.txt')) texts.push({ name, text: readFileSync(join(dir, name), 'utf8') });
  }
  if (texts.length === 0) throw new Error('bench: no articles found in ../shared/corpus or fixtures/');
  return texts;
}

/** The articles repeated in order until they weigh `megabytes` of UTF-8. */
export function repeatTo(megabytes) {
  const base = articles();
  const out = [];
  let bytes = 0;
  for (let k = 0; bytes < megabytes * 1e6; k++) {
    const a = base[k % base.length];
    out.push({ id: `${a.name}#${Math.floor(k / base.length)}`, text: a.text });
    bytes += Buffer.byteLength(a.text);
  }
  return out;
}

export const chars = (docs) => docs.reduce((n, d) => n + d.text.length, 0);
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
