import { describe, expect, it } from 'vitest';
import { lookupPlace, placeNames, ZhnewsError } from '../../src/index.js';

describe('lookupPlace', () => {
  it.each([
    ['上饶', ['361100']],
    ['上饒', ['361100']],
    ['上饶市', ['361100']],
    ['海宁', ['330481']],
    ['松江', ['310117']],
    ['松江區', ['310117']],
    ['廣州', ['440100']],
    ['浙江', ['330000']],
    ['延边州', ['222400']],
    ['前郭县', ['220721']],
    ['吉林', ['220000', '220200']],
    ['吉林市', ['220200']],
    ['朝阳区', ['110105', '220104']],
    ['鼓楼区', ['320106', '350102', '320302', '410204']],
    ['长三角', [null]],
    ['臺灣', ['710000']],
    [' 上海 ', ['310000']],
    ['不是地名', []],
  ])('%s', (name, codes) => {
    expect(lookupPlace(name).map((p) => p.code)).toEqual(codes);
  });

  it('gives levels and paths', () => {
    expect(lookupPlace('海宁')[0]).toMatchObject({ name: '海宁市', level: 'district', path: ['浙江省', '嘉兴市', '海宁市'] });
    expect(lookupPlace('粤港澳大湾区')[0]).toMatchObject({ level: 'macro-region', code: null, path: ['粤港澳大湾区'] });
  });

  it('rejects a non-string with a code', () => {
    expect(() => lookupPlace(42 as unknown as string)).toThrow(ZhnewsError);
  });
});

describe('placeNames', () => {
  it.each(['松江', '上饒', '上饶市', '长三角', '美国'])('knows %s', (name) => {
    expect(placeNames().has(name)).toBe(true);
  });
  it.each(['东盟', '欧盟'])('does not list the organisation %s', (name) => {
    expect(placeNames().has(name)).toBe(false);
  });
});
