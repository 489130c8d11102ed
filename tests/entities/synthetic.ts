/** Labelled sentences made up for training tests. */
import { seededRandom } from '../../scripts/ner/random.js';

/**
 * `count` made-up CLUENER-format sentences: invented firms and officials in a few sentence shapes. The firms are
 * labelled `firmType` (a model trained with another type than company shows which model an analyser uses).
 */
export function syntheticJsonl(count: number, firmType = 'company'): string {
  const random = seededRandom(7);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
  const heads = ['青木', '远帆', '禾川', '云樾', '启辰', '星禾', '蓝湾', '恒曜', '澄川', '若谷'];
  const trades = ['光电', '精密', '新材料', '智能', '半导体', '药业'];
  const people = ['王立新', '陈晓东', '李雯', '赵启明', '孙悦'];
  const shapes: ((c: string, p: string) => [string, string, string])[] = [
    (c, p) => [`${c}宣布在本地新建工厂,${p}表示项目年内投产。`, c, p],
    (c, p) => [`记者从${c}获悉,${p}将出席签约仪式。`, c, p],
    (c, p) => [`${p}说,${c}今年营收增长两成。`, c, p],
  ];
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const company = pick(heads) + pick(trades);
    const person = pick(people);
    const [text, c, p] = pick(shapes)(company, person);
    const at = (s: string) => [[text.indexOf(s), text.indexOf(s) + s.length - 1]];
    lines.push(JSON.stringify({ text, label: { [firmType]: { [c]: at(c) }, name: { [p]: at(p) } } }));
  }
  return lines.join('\n');
}
