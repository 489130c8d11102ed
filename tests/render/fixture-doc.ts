import { seed } from '../helpers.js';
import { docWith, place, type EntitySpec, type FigureSpec } from '../story/build-analysis.js';

const SHANGRAO = place('上饶市', '361100', 'city', ['江西省', '上饶市']);
const SHANGHAI = place('上海市', '310000', 'province', ['上海市']);

/** Entities as the entity and places stages would give them for part of the seed (hand-placed, for the view). */
export const SEED_ENTITIES: EntitySpec[] = [
  ['company', '溯徕科技(上海)有限公司'],
  ['company', '晶科能源'],
  ['organization', '华东数字医疗发展中心'],
  ['government', '上饶市科技局'],
  ['place', '上饶市', SHANGRAO],
  ['place', '上饶', SHANGRAO],
  ['place', '上海市', SHANGHAI],
  ['place', '上海', SHANGHAI],
  ['place', '松江区', place('松江区', '310117', 'district', ['上海市', '松江区'])],
];
export const SEED_FIGURES: FigureSpec[] = [
  ['33.24%', { kind: 'percent', value: 33.24, unit: '%', subject: '转化率' }],
  ['2000万元', { kind: 'money', value: 20000000, unit: 'CNY', approx: 'about', subject: '成交额' }],
];

/** The seed article with those drafts, through the real stages 1–3 and 7. */
export function seedDoc() {
  return docWith(seed.text(), SEED_ENTITIES, SEED_FIGURES);
}
