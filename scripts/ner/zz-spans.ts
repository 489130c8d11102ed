import { loadModel } from '../../src/stages/6-entities/model.js';
import { modelSpans } from '../../src/stages/6-entities/model-spans.js';
import { entityLexicons } from '../../src/stages/6-entities/lexicons.js';
import { nodejiebaSegmenter, segment } from '../../src/stages/3-segment/index.js';
for (const text of process.argv.slice(2)) {
  const tokens = segment(text, [{ start: 0, end: text.length }], nodejiebaSegmenter());
  const spans = modelSpans(loadModel(), entityLexicons(), text, 0, text.length, tokens);
  console.log(text, JSON.stringify(spans.map((s) => [text.slice(s.start, s.end), s.type])));
}
