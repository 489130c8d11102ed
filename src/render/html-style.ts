import type { EntityType } from '../types.js';

/** Colour and short label of each entity type, in the manner of displaCy's entity view. */
export const ENTITY_STYLE: Record<EntityType, { label: string; color: string }> = {
  place: { label: 'PLACE', color: '#feca74' },
  company: { label: 'COMPANY', color: '#7aecec' },
  organization: { label: 'ORG', color: '#aa9cfc' },
  government: { label: 'GOV', color: '#ff9561' },
  person: { label: 'PERSON', color: '#ddd1ff' },
  position: { label: 'POSITION', color: '#c8e6c9' },
};

/** Figures share one colour; the label says their kind. */
export const FIGURE_COLOR = '#e4e7d2';

/**
 * The page's style sheet, scoped under `.zhnews` so a notebook cell can embed it without touching the notebook.
 *
 * @example
 * `<style>${pageStyle()}</style>`
 */
export function pageStyle(): string {
  const types = Object.entries(ENTITY_STYLE)
    .map(([type, { color }]) => `.zhnews [data-type="${type}"],.zhnews .chips li[data-type="${type}"]{background:${color}}`)
    .join('\n');
  return `
.zhnews{font-family:"Noto Sans CJK SC","PingFang SC","Microsoft YaHei","Source Han Sans SC",system-ui,sans-serif;color:#1d1d1f;line-height:1.6;max-width:1280px;margin:0 auto;padding:24px}
.zhnews *{box-sizing:border-box}
.zhnews header h1{font-size:26px;line-height:1.3;margin:0 0 4px}
.zhnews .byline{color:#6b6b70;font-size:14px;margin:0 0 16px}
.zhnews .layout{display:grid;grid-template-columns:minmax(0,1fr) 400px;gap:28px;align-items:start}
@media (max-width:900px){.zhnews .layout{grid-template-columns:1fr}}
.zhnews .article p{font-size:17px;line-height:2.35;margin:0 0 14px}
.zhnews .legend{display:flex;flex-wrap:wrap;gap:6px;margin:0 0 14px;font-size:12px}
.zhnews .legend span{padding:1px 8px;border-radius:4px}
.zhnews mark{padding:2px 4px;margin:0 1px;border-radius:5px;line-height:1;color:inherit;box-decoration-break:clone;-webkit-box-decoration-break:clone}
.zhnews mark .tag{font-size:10px;font-weight:700;letter-spacing:.02em;margin-left:4px;vertical-align:middle;opacity:.75;font-family:system-ui,sans-serif}
.zhnews [data-type="figure"]{background:${FIGURE_COLOR}}
${types}
.zhnews .key{background:linear-gradient(transparent 62%,#fff2a8 62%)}
.zhnews .card{background:#f7f7f9;border:1px solid #e2e2e8;border-radius:12px;padding:18px 20px;font-size:14px;position:sticky;top:12px}
.zhnews .card h2{font-size:13px;text-transform:uppercase;letter-spacing:.06em;color:#6b6b70;margin:0 0 10px}
.zhnews .card section{margin:0 0 14px}
.zhnews .card h3{font-size:12px;color:#6b6b70;font-weight:600;margin:0 0 4px;text-transform:uppercase;letter-spacing:.04em}
.zhnews .focus{font-size:24px;font-weight:700}
.zhnews .code{font-family:ui-monospace,monospace;font-size:12px;color:#6b6b70;margin-left:6px}
.zhnews .chips{display:flex;flex-wrap:wrap;gap:5px;margin:0;padding:0;list-style:none}
.zhnews .chips li{background:#fff;border:1px solid #dcdce3;border-radius:999px;padding:1px 10px}
.zhnews .chips li[data-type]{border-color:transparent}
.zhnews .count{color:#6b6b70;font-size:11px;margin-left:4px}
.zhnews table{border-collapse:collapse;width:100%}
.zhnews td{padding:3px 6px 3px 0;vertical-align:top;border-bottom:1px solid #ececf0}
.zhnews td.figure{font-weight:700;white-space:nowrap}
.zhnews ol.sentences{margin:0;padding-left:18px}
.zhnews .empty{color:#6b6b70}
`;
}
