/**
 * Words and names that contain numeral characters but are not figures: 长三角, 一带一路, 十四五, 一方面,
 * 统一, 第一时间. The scanner skips them whole, so their numerals are never read. A short code table, kept here.
 */
const PHRASES = [
  '长三角', '珠三角', '三角洲', '金三角', '一带一路', '十一五', '十三五', '十四五', '十五五', '十二五', '一方面', '另一方面',
  '一系列', '一体化', '统一', '唯一', '万一', '一切', '一些', '一样', '一起', '一直', '一定', '一般', '一致', '一下',
  '一旦', '一同', '一律', '一边', '一流', '一线', '一批批', '一度', '一番', '一再', '一贯', '一味', '一举', '一向',
  '一概', '一时', '一带', '一手', '一心', '一身', '一路', '一行', '一环', '一是', '二是', '三是', '四是', '五是',
  '第一时间', '第三方', '四川', '五角大楼', '标准普尔', '一成不变', '两岸', '两会', '两地', '两手', '两翼', '三农',
  '五金', '万物', '万众', '百姓', '千方百计', '三峡', '九州', '百货', '百科', '一把手', '十足', '两两',
  '一一', '三门峡', '七台河', '五家渠', '一汽', '二汽', '三星', '一百强', '五百强', '一条龙', '一揽子', '一站式',
  '一门心思', '三心二意', '一次性', '一口气', '一席之地', '一臂之力', '一带一', '万家灯火', '千家万户', '四面八方',
  '九九', '一经', '十六大', '十七大', '十八大', '十九大', '二十大', '一中全会', '二中全会', '三中全会', '四中全会',
  '五中全会', '六中全会', '七中全会', '零部件', '零件', '零售', '零星', '零距离', '零碳', '零排放', '零基础', '零容忍', '一卡通',
  '十二届', '十三届', '十四届', '十七届', '十八届', '十九届', '二十届', '一面', '一共', '一齐', '不一', '之一', '第一书记',
];

const BY_FIRST = new Map<string, string[]>();
for (const phrase of PHRASES) {
  const list = BY_FIRST.get(phrase[0]) ?? [];
  list.push(phrase);
  BY_FIRST.set(phrase[0], list.sort((a, b) => b.length - a.length));
}

/** Whether some set phrase starts with `ch` (a cheap pre-check for the scanner). @example startsSetPhrase('长') // true */
export function startsSetPhrase(ch: string): boolean {
  return BY_FIRST.has(ch);
}

/**
 * Length of the set phrase starting at `at` (longest first), or 0.
 *
 * @example
 * setPhraseAt('融入长三角', 2) // 3
 * setPhraseAt('8家企业', 0) // 0
 */
export function setPhraseAt(text: string, at: number): number {
  const list = BY_FIRST.get(text[at]);
  if (!list) return 0;
  for (const phrase of list) if (text.startsWith(phrase, at)) return phrase.length;
  return 0;
}
