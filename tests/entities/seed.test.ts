import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { misplacedSpans, seed } from '../helpers.js';
import { entityLexicons } from '../../src/stages/6-entities/lexicons.js';

const doc = analyze(seed.text());
const gold = seed.gold() as { companies: string[]; organizations: string[]; government: string[] };
const names = (type: string) => new Set(doc.entitiesOf(type as 'company').map((e) => e.name));

describe('entities on the seed article', () => {
  it.each([
    ['company', gold.companies],
    ['organization', gold.organizations],
    ['government', gold.government],
  ])('finds every gold %s', (type, expected) => {
    const found = names(type);
    expect(expected.filter((name) => !found.has(name))).toEqual([]);
  });

  it('makes no company of a place or a generic word', () => {
    const generic = ['企业', '公司', '集团', '科技', '材料', '新材料', '光伏', '新能源', '产业', '长三角', '上海', '上饶'];
    const bad = doc.companies().filter((e) => entityLexicons().places.has(e.name) || generic.includes(e.name));
    expect(bad.map((e) => e.name)).toEqual([]);
  });

  it('finds no company, organisation or government body that a careful reader would not list', () => {
    const listed = new Set([...gold.companies, ...gold.organizations, ...gold.government, ...(seed.gold() as { optional_entities: string[] }).optional_entities]);
    const bodies = [...doc.companies(), ...doc.organizations(), ...doc.governments()];
    expect(bodies.map((e) => e.name).filter((name) => !listed.has(name))).toEqual([]);
  });

  it('keeps offsets into the input (Traditional with pinyin annotations)', () => {
    expect(misplacedSpans(doc.text, doc.entities)).toEqual([]);
  });

  it('gives a source and a confidence in [0, 1] to every entity', () => {
    for (const e of doc.entities.filter((x) => x.type !== 'place')) {
      expect(['model', 'rule']).toContain(e.source);
      expect(e.confidence).toBeGreaterThanOrEqual(0);
      expect(e.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('links the abbreviation 晶科 to 晶科能源', () => {
    const mentions = doc.companies().filter((e) => e.name === '晶科能源');
    expect(mentions.length).toBeGreaterThanOrEqual(1);
  });
});
