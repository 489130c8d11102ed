import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { misplacedSpans, seed } from '../helpers.js';

interface GoldPlace {
  name: string;
  code: string | null;
  path?: string[];
  mentions_at_least?: number;
}

const input = seed.text();
const doc = analyze(input).toJSON();
const found = doc.entities.filter((e) => e.type === 'place');
const gold = seed.gold() as { places: GoldPlace[]; optional_places: GoldPlace[] };

describe('places: seed article', () => {
  it.each(gold.places.map((p) => [p.name, p] as const))('finds %s with its code and path', (_name, place) => {
    const mentions = found.filter((e) => e.name === place.name);
    expect(mentions.length).toBeGreaterThanOrEqual(place.mentions_at_least ?? 1);
    for (const m of mentions) expect(m.code).toBe(place.code);
    if (place.path) expect(mentions[0].path).toEqual(place.path);
  });

  it('marks the places inside company names as belonging to the company', () => {
    const companies = doc.entities.filter((e) => e.type === 'company');
    const within = found.filter((e) => e.within === 'company');
    expect(within.map((e) => e.text)).toContain('蘇州'); // 蘇州弘道新材料: the gold's only 苏州市 mention
    for (const p of within) expect(companies.some((c) => c.start <= p.start && p.end <= c.end)).toBe(true);
    const outside = found.filter((e) => e.within === undefined);
    for (const p of outside) expect(companies.some((c) => c.start <= p.start && p.end <= c.end && c.end - c.start > p.end - p.start)).toBe(false);
  });

  it('keeps every place span on the input', () => {
    expect(misplacedSpans(input, found)).toEqual([]);
  });

  it('reports no place outside the gold lists but the country and the macro-region 华东', () => {
    const known = new Set([...gold.places, ...gold.optional_places].map((p) => p.name));
    // 上饶高铁经济试验区 and 上饶经开区 are zones of 上饶市; 华东 sits inside two organisation names
    const extra = [...new Set(found.filter((e) => !known.has(e.name) && e.level !== 'zone').map((e) => e.name))];
    expect(extra.sort()).toEqual(['中国', '华东']);
  });
});
