/** What may follow a number: currencies, physical units, measure words and time units (short code tables). */

/** Currency words after an amount, with their ISO 4217 code (比特币 has none: XBT is the informal code). @example CURRENCY_WORDS.get('港币') // 'HKD' */
export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['元', 'CNY'], ['块钱', 'CNY'], ['人民币', 'CNY'], ['元人民币', 'CNY'], ['元钱', 'CNY'],
  ['美元', 'USD'], ['美金', 'USD'], ['美圆', 'USD'], ['美刀', 'USD'],
  ['港元', 'HKD'], ['港币', 'HKD'], ['欧元', 'EUR'], ['日元', 'JPY'], ['英镑', 'GBP'],
  ['台币', 'TWD'], ['新台币', 'TWD'], ['澳元', 'AUD'], ['澳门元', 'MOP'], ['加元', 'CAD'], ['加拿大元', 'CAD'],
  ['韩元', 'KRW'], ['卢布', 'RUB'], ['瑞士法郎', 'CHF'], ['奈拉', 'NGN'], ['新加坡元', 'SGD'], ['新元', 'SGD'],
  ['泰铢', 'THB'], ['卢比', 'INR'], ['林吉特', 'MYR'], ['越南盾', 'VND'], ['雷亚尔', 'BRL'], ['兰特', 'ZAR'],
  ['新西兰元', 'NZD'], ['比特币', 'XBT'],
]);

/** Currency symbols before an amount: $20, ￥300. @example CURRENCY_SYMBOLS.get('￥') // 'CNY' */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['US$', 'USD'], ['HK$', 'HKD'], ['$', 'USD'], ['￥', 'CNY'], ['¥', 'CNY'], ['€', 'EUR'], ['£', 'GBP'],
]);

/** Minor units after a major one (五元三毛, 两美元又三美分), as a fraction of it. @example MINOR_UNITS.get('毛') // { of: 'CNY', exponent: -1 } */
export const MINOR_UNITS: ReadonlyMap<string, { of: string; exponent: number }> = new Map([
  ['角', { of: 'CNY', exponent: -1 }], ['毛', { of: 'CNY', exponent: -1 }], ['分', { of: 'CNY', exponent: -2 }],
  ['美分', { of: 'USD', exponent: -2 }], ['日本銭', { of: 'JPY', exponent: -2 }], ['銭', { of: 'JPY', exponent: -2 }],
  ['欧分', { of: 'EUR', exponent: -2 }], ['便士', { of: 'GBP', exponent: -2 }],
]);

/** Physical units. A unit starting with 千/兆 binds before the numeral does (三千比特 is 3 kilobits). @example MEASURE_UNITS.has('亩') // true */
export const MEASURE_UNITS: ReadonlySet<string> = new Set([
  '亩', '公顷', '平方公里', '平方千米', '平方米', '平米', '平方', '立方米', '立方', '方',
  '公里', '千米', '米', '厘米', '毫米', '微米', '纳米', '公分', '英里', '英尺', '英寸', '海里',
  '吨', '千克', '公斤', '克', '毫克', '微克', '斤', '公吨', '磅', '盎司', '克拉',
  '升', '千升', '毫升', '加仑', '桶',
  '千瓦', '瓦', '兆瓦', '吉瓦', '千瓦时', '度', '千伏', '伏', '伏特', '安培', '马力',
  '赫兹', '千赫', '兆赫', '兆赫兹', '吉赫', '字节', '千字节', '兆字节', '比特', '千比特', '兆比特',
  '千卡', '大卡', '焦耳', '摄氏度', '标准箱', '千米每小时', '公里每小时',
  'km', 'KM', 'm', 'cm', 'CM', 'mm', 'kg', 'KG', 'g', 'mg', 't', 't/d', 'km2', 'm2', 'm³', '㎡', '㎞', '㎏',
  'L', 'l', 'ml', 'mL', 'MW', 'GW', 'kW', 'KW', 'kWh', 'W', 'Hz', 'MHz', 'GHz', 'GB', 'MB', 'TB', 'KB', 'kb',
  '℃', 'TEU', 'nm',
]);

/** Time units that make a duration (个 may come first: 3个月). 年 is a date when it reads as a calendar year. @example DURATION_UNITS.has('个月') // true */
export const DURATION_UNITS: ReadonlySet<string> = new Set([
  '年', '个月', '天', '周', '个星期', '星期', '小时', '个小时', '分钟', '秒', '秒钟', '年间', '个年头', '昼夜',
  '个工作日', '工作日', '个季度', '季度', '周年', '多年',
]);

/** Measure words (量词) for counts: 8家企业, 1000余名人才, 6项专利. @example MEASURE_WORDS.has('家') // true */
export const MEASURE_WORDS: ReadonlySet<string> = new Set([
  ...'家个名位项次件台辆座所条份批户只头架艘套张本部场届期类种支棵株处间栋幢层例起宗笔款篇首封枚颗片根把对双组队轮道门盏人倍岁票声集章节幅页册杯瓶箱袋包粒滴块省国市县列',
  '人次', '家次', '省市', '省区', '省区市', '省份',
]);

type Table = ReadonlySet<string> | ReadonlyMap<string, unknown>;

/** Per table: the characters its entries start with and its longest entry (computed once per table). */
const shapes = new WeakMap<Table, { initials: Set<string>; longest: number }>();

function shapeOf(table: Table): { initials: Set<string>; longest: number } {
  let shape = shapes.get(table);
  if (!shape) {
    const keys = [...table.keys()];
    shape = { initials: new Set(keys.map((k) => k[0])), longest: Math.max(...keys.map((k) => k.length)) };
    shapes.set(table, shape);
  }
  return shape;
}

/**
 * Longest entry of a table matching at `at`, or null.
 *
 * @example
 * matchLongest('2000万元人民币', 5, CURRENCY_WORDS) // '元人民币'
 */
export function matchLongest(text: string, at: number, table: Table): string | null {
  const { initials, longest } = shapeOf(table);
  if (!initials.has(text[at])) return null;
  for (let length = Math.min(longest, text.length - at); length >= 1; length--) {
    const piece = text.slice(at, at + length);
    if (table.has(piece)) return piece;
  }
  return null;
}
