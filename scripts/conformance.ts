/**
 * Print recognize()'s pass rate on Recognizers-Text's Chinese spec cases, per model, over ALL cases (also those
 * the spec marks NotSupported). Usage: npm run conformance [-- --failures]
 */
import { MODELS, runModel } from './conformance-rule.js';

const showFailures = process.argv.includes('--failures');
console.log('| model | kind | passed | rate | required | Recognizers-Text JS |');
console.log('| --- | --- | --- | --- | --- | --- |');
const failed: string[] = [];
for (const m of MODELS) {
  const r = runModel(m.kind, m.file);
  console.log(`| ${m.model} | ${m.kind} | ${r.passed}/${r.total} | ${r.rate}% | ≥ ${m.threshold}% | ${m.theirs}% |`);
  for (const f of r.failures) {
    failed.push(`${m.model}: ${f.input}\n   want ${f.want.map((w) => `${w.Text}=${w.Resolution.value}`).join(' | ')}\n   got  ${f.got.map((g) => `${g.text}=${g.value}${g.unit ? ' ' + g.unit : ''}`).join(' | ')}`);
  }
}
if (showFailures) console.log(`\n${failed.join('\n')}`);
