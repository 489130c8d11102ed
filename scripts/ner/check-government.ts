/**
 * A sanity check of the entity model on invented government bodies: 12 places (cities and counties taken at an
 * even stride from data/ner-places.txt) × 10 bureau names in one sentence frame, 120 sentences such as
 * 嘉兴市科技局负责人王建国表示,今年将加大投入。 Prints how many come out as exactly one government body of
 * place + bureau, from the model alone and through analyze(), and lists the misses. No labelled data is read.
 *
 *   npx tsx scripts/ner/check-government.ts
 *   npx tsx scripts/ner/check-government.ts --model my.bin   # another model file (e.g. trained with --out)
 */
import { parseArgs } from 'node:util';
import { createAnalyzer } from '../../src/index.js';
import { nodejiebaSegmenter, segment } from '../../src/stages/3-segment/index.js';
import { entityLexicons, PLACE_LEVELS, readTable } from '../../src/stages/6-entities/lexicons.js';
import { loadModel, loadModelFile } from '../../src/stages/6-entities/model.js';
import { modelSpans } from '../../src/stages/6-entities/model-spans.js';

const { values } = parseArgs({ options: { model: { type: 'string' } } });
const entityModel = values.model ? loadModelFile(values.model) : loadModel();
const { analyze } = createAnalyzer({ entityModel: values.model });

const BUREAUS = ['科技局', '教育局', '公安局', '财政局', '商务局', '卫生健康委员会', '生态环境局', '人民政府', '市场监督管理局', '发展和改革委员会'];
const FRAME = (body: string) => `${body}负责人王建国表示,今年将加大投入。`;

const levels = new Set([PLACE_LEVELS.indexOf('city'), PLACE_LEVELS.indexOf('district')]);
const candidates = readTable('ner-places.txt', PLACE_LEVELS).filter(([name, kind]) => levels.has(kind) && name.length >= 3);
const places = Array.from({ length: 12 }, (_, i) => candidates[Math.floor(((i + 0.5) * candidates.length) / 12)][0]);

let model = 0;
let pipeline = 0;
const misses: string[] = [];
for (const place of places) {
  for (const bureau of BUREAUS) {
    const body = place + bureau;
    const text = FRAME(body);
    const tokens = segment(text, [{ start: 0, end: text.length }], nodejiebaSegmenter());
    const spans = modelSpans(entityModel, entityLexicons(), text, 0, text.length, tokens);
    const byModel = spans.some((s) => s.start === 0 && s.end === body.length && s.type === 'government');
    const byAnalyze = analyze(text).governments().some((e) => e.name === body);
    model += Number(byModel);
    pipeline += Number(byAnalyze);
    if (!byModel || !byAnalyze) misses.push(`${text} model: ${JSON.stringify(spans.map((s) => [text.slice(s.start, s.end), s.type]))} analyze: ${byAnalyze}`);
  }
}
console.log(`places: ${places.join(' ')}`);
console.log(`government bodies found: model ${model} of ${places.length * BUREAUS.length}, analyze() ${pipeline}`);
for (const line of misses) console.log(`  miss: ${line}`);
