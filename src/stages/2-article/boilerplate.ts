import type { BoilerplateSpan } from '../../types.js';
import type { Range } from './lines.js';

type Kind = BoilerplateSpan['kind'];

/**
 * Page furniture by the words that mark it. `whole`: the marker condemns its whole (short) line; `rest`: only
 * the marker and what follows it on the line (浏览字号 at the end of a 来源/作者/时间 line).
 * Markers are matched on the normalised (Simplified, half-width) text. Add new ones here.
 */
const MARKERS: readonly { marker: string; kind: Kind; scope: 'whole' | 'rest' }[] = [
  { marker: '您现在的位置', kind: 'breadcrumb', scope: 'whole' },
  { marker: '您当前的位置', kind: 'breadcrumb', scope: 'whole' },
  { marker: '您的位置', kind: 'breadcrumb', scope: 'whole' },
  { marker: '当前位置', kind: 'breadcrumb', scope: 'whole' },
  { marker: '所在位置', kind: 'breadcrumb', scope: 'whole' },
  { marker: '首页 >', kind: 'breadcrumb', scope: 'whole' },
  { marker: '首页>', kind: 'breadcrumb', scope: 'whole' },
  { marker: '加入收藏', kind: 'navigation', scope: 'whole' },
  { marker: '设为首页', kind: 'navigation', scope: 'whole' },
  { marker: '进入旧版', kind: 'navigation', scope: 'whole' },
  { marker: '返回首页', kind: 'navigation', scope: 'whole' },
  { marker: '网站地图', kind: 'navigation', scope: 'whole' },
  { marker: '无障碍浏览', kind: 'navigation', scope: 'whole' },
  { marker: '浏览字号', kind: 'toolbar', scope: 'rest' },
  { marker: '字号:', kind: 'toolbar', scope: 'rest' },
  { marker: '字体:', kind: 'toolbar', scope: 'rest' },
  { marker: '【字体', kind: 'toolbar', scope: 'rest' },
  { marker: '【打印', kind: 'toolbar', scope: 'rest' },
  { marker: '打印本页', kind: 'toolbar', scope: 'rest' },
  { marker: '【关闭', kind: 'toolbar', scope: 'rest' },
  { marker: '关闭窗口', kind: 'toolbar', scope: 'rest' },
  { marker: '分享到', kind: 'toolbar', scope: 'rest' },
  { marker: '收藏本页', kind: 'toolbar', scope: 'rest' },
  { marker: '返回顶部', kind: 'toolbar', scope: 'rest' },
  { marker: '扫一扫', kind: 'toolbar', scope: 'whole' },
  { marker: '版权所有', kind: 'footer', scope: 'whole' },
  { marker: 'Copyright', kind: 'footer', scope: 'whole' },
  { marker: '©', kind: 'footer', scope: 'whole' },
  { marker: 'ICP备', kind: 'footer', scope: 'whole' },
  { marker: '上一篇', kind: 'footer', scope: 'whole' },
  { marker: '下一篇', kind: 'footer', scope: 'whole' },
  { marker: '责任编辑', kind: 'footer', scope: 'whole' },
];

/** Lines longer than this are article text, whatever words they contain. */
const MAX_FURNITURE_LINE = 80;

/**
 * The boilerplate part of one line, if any: the whole line, or its tail from a `rest` marker on.
 *
 * @example
 * findBoilerplate('加入收藏 | 进入旧版', { start: 0, end: 11 }) // { start: 0, end: 11, kind: 'navigation' }
 */
export function findBoilerplate(text: string, line: Range): (Range & { kind: Kind }) | null {
  if (line.end - line.start > MAX_FURNITURE_LINE) return null;
  const lineText = text.slice(line.start, line.end);
  let found: (Range & { kind: Kind }) | null = null;
  for (const { marker, kind, scope } of MARKERS) {
    const at = lineText.indexOf(marker);
    if (at === -1) continue;
    const start = scope === 'rest' ? line.start + at : line.start;
    if (!found || start < found.start) found = { start, end: line.end, kind };
  }
  return found;
}
