import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/doc/analysis.js';
import { buildDoc } from '../../src/doc/build-doc.js';
import { analyze } from '../../src/index.js';
import { normalize } from '../../src/stages/1-normalize/index.js';
import { readArticle } from '../../src/stages/2-article/index.js';
import { nodejiebaSegmenter, segment } from '../../src/stages/3-segment/index.js';
import { findPlaces } from '../../src/stages/5-places/index.js';
import { misplacedSpans, seed } from '../helpers.js';

/**
 * The seed's places as stage 5 reports them, mapped to input spans: stage 6 later drops the places that lie inside a
 * company name (苏州 in 苏州弘道新材料), which the gold still counts as a mention of 苏州市.
 */
function stage5Places(input: string) {
  const { text, map } = normalize(input);
  const layout = readArticle(text, null);
  const analysis: Analysis = { input, text, map, layout, tokens: [], figures: [], entities: [], summary: null };
  analysis.tokens = segment(text, layout.sentences, nodejiebaSegmenter());
  analysis.entities = findPlaces(analysis);
  return buildDoc(analysis).toJSON().entities;
}

interface GoldPlace {
  name: string;
  code: string | null;
  path?: string[];
  mentions_at_least?: number;
}

const input = seed.text();
const found = stage5Places(input);
const final = analyze(input).entities.filter((e) => e.type === 'place');
const gold = seed.gold() as { places: GoldPlace[]; optional_places: GoldPlace[] };

describe('places: seed article', () => {
  it.each(gold.places.map((p) => [p.name, p] as const))('finds %s with its code and path', (_name, place) => {
    const mentions = found.filter((e) => e.name === place.name);
    expect(mentions.length).toBeGreaterThanOrEqual(place.mentions_at_least ?? 1);
    for (const m of mentions) expect(m.code).toBe(place.code);
    if (place.path) expect(mentions[0].path).toEqual(place.path);
  });

  it('keeps them through stage 6 but for places inside company names', () => {
    const doc = analyze(input).toJSON();
    const kept = new Set(final.map((e) => `${e.start}:${e.end}`));
    const companies = doc.entities.filter((e) => e.type === 'company');
    const dropped = found.filter((e) => !kept.has(`${e.start}:${e.end}`));
    expect(dropped.map((e) => e.text)).toContain('蘇州'); // 蘇州弘道新材料: the gold's only 苏州市 mention
    for (const p of dropped) expect(companies.some((c) => c.start <= p.start && p.end <= c.end)).toBe(true);
  });

  it('keeps every place span on the input', () => {
    expect(misplacedSpans(input, found)).toEqual([]);
  });

  it('reports no place outside the gold lists but the country and the macro-region 华东', () => {
    const known = new Set([...gold.places, ...gold.optional_places].map((p) => p.name));
    // 上饶高铁经济试验区 and 上饶经开区 are zones of 上饶市; 华东 sits inside two organisation names (stage 6 drops it)
    const extra = [...new Set(found.filter((e) => !known.has(e.name) && e.level !== 'zone').map((e) => e.name))];
    expect(extra.sort()).toEqual(['中国', '华东']);
  });
});
