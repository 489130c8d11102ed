import { BIG_UNITS } from './numeral-chars.js';
import type { ScannedFigure } from './figure.js';

/** Words that make a bare 120亿 an amount of money: 投资120亿, 70亿的销售额. */
const MONEY_WORDS = ['投资', '资金', '销售额', '营收', '收入', '产值', '利润', '税收', '成交额', '金额', '总额', '资产', '融资', '贷款', '营业额', '出资'];
/** How far around the number to look for them. */
const WINDOW = 6;

/**
 * News often leaves 元 out after 万/亿 when the sentence is about money (投资120亿开展20个项目). Such bare
 * numbers become money in CNY; anything else stays a number.
 *
 * @example
 * // '苏州高新区投资120亿' → { kind: 'money', value: 12000000000, unit: 'CNY' }
 */
export function inferCurrency(text: string, figures: ScannedFigure[]): void {
  for (const f of figures) {
    if (f.kind !== 'number' || !BIG_UNITS.has(text[f.end - 1])) continue;
    const around = text.slice(Math.max(0, f.start - WINDOW), f.start) + text.slice(f.end, f.end + WINDOW);
    if (MONEY_WORDS.some((w) => around.includes(w))) {
      f.kind = 'money';
      f.unit = 'CNY';
    }
  }
}
