import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { recognize, type RecognizeKind, type Recognized } from '../src/index.js';
import { foldCharacters } from '../src/stages/1-normalize/characters.js';

/** One Recognizers-Text case as stored in tests/figures/recognizers-text/*.json. */
interface Case {
  Input: string;
  Results: { Text: string; Resolution: { value?: string | null; isoCurrency?: string } }[];
  NotSupported?: string;
}

/** The models we check, the file each lives in, our kind for it and the pass rate the issue asks for. */
export const MODELS: readonly { model: string; file: string; kind: RecognizeKind; threshold: number; theirs: number }[] = [
  { model: 'Number', file: 'Number-NumberModel.json', kind: 'number', threshold: 99.5, theirs: 99.5 },
  { model: 'Percent', file: 'Number-PercentModel.json', kind: 'percent', threshold: 99, theirs: 97.4 },
  { model: 'Ordinal', file: 'Number-OrdinalModel.json', kind: 'ordinal', threshold: 100, theirs: 100 },
  { model: 'Currency', file: 'NumberWithUnit-CurrencyModel.json', kind: 'money', threshold: 95, theirs: 88.6 },
  { model: 'Dimension', file: 'NumberWithUnit-DimensionModel.json', kind: 'measure', threshold: 95, theirs: 86.1 },
];

/** Width-folded, lower-cased text: Recognizers-Text reports ２５０ as 250 and 2.5 M as 2.5 m. */
function fold(text: string): string {
  return foldCharacters(text).text.toLowerCase();
}

/** Values equal as numbers, to the 15 significant digits Recognizers-Text prints (350.333333333333). */
function sameValue(expected: string | null | undefined, got: number | string | null): boolean {
  if (expected === null || expected === undefined || got === null) return (expected ?? null) === got;
  const want = Number(expected.replace('%', ''));
  const have = Number(got);
  if (!Number.isFinite(want) || !Number.isFinite(have)) return false;
  return Math.abs(want - have) <= 1e-12 * Math.max(1, Math.abs(want));
}

/**
 * A case passes when the set of (text, value, currency where given) we find equals the expected set, text
 * compared after width folding.
 */
export function passes(kind: RecognizeKind, c: Case): { ok: boolean; got: Recognized[] } {
  const got = recognize(c.Input, kind);
  if (got.length !== c.Results.length) return { ok: false, got };
  const left = [...got];
  for (const want of c.Results) {
    const k = left.findIndex(
      (g) =>
        fold(g.text) === fold(want.Text) &&
        sameValue(want.Resolution.value, g.value) &&
        (want.Resolution.isoCurrency === undefined || want.Resolution.isoCurrency === g.unit),
    );
    if (k === -1) return { ok: false, got };
    left.splice(k, 1);
  }
  return { ok: true, got };
}

/** Load one model's cases. */
export function loadCases(file: string): Case[] {
  return JSON.parse(readFileSync(fileURLToPath(new URL(`../tests/figures/recognizers-text/${file}`, import.meta.url)), 'utf8'));
}

/** Pass rate (percent, one decimal) and failing cases of one model. */
export function runModel(kind: RecognizeKind, file: string): { passed: number; total: number; rate: number; failures: { input: string; got: Recognized[]; want: Case['Results'] }[] } {
  const cases = loadCases(file);
  const failures: { input: string; got: Recognized[]; want: Case['Results'] }[] = [];
  for (const c of cases) {
    const { ok, got } = passes(kind, c);
    if (!ok) failures.push({ input: c.Input, got, want: c.Results });
  }
  const passed = cases.length - failures.length;
  return { passed, total: cases.length, rate: Math.round((1000 * passed) / cases.length) / 10, failures };
}
