import type { DocJSON, Entity, EntityType, Figure } from '../types.js';

const ENTITY_HEADINGS: readonly [EntityType, string][] = [
  ['place', 'Places'],
  ['company', 'Companies'],
  ['organization', 'Organisations'],
  ['government', 'Government'],
  ['person', 'People'],
  ['position', 'Positions'],
];
const TOKEN_PREVIEW = 80;

/**
 * A readable plain-text report of an analysed article: meta, what was set aside, entities, figures, summary.
 *
 * @example
 * renderText(analyze(article).toJSON()) // '标题 万千气象看中国…\n来源 江西日报\n…'
 */
export function renderText(doc: DocJSON): string {
  const lines: string[] = [];
  const { meta } = doc;
  lines.push(`Title        ${meta.title ?? '—'}`);
  lines.push(`Source       ${meta.source ?? '—'}`);
  lines.push(`Author       ${meta.author ?? '—'}`);
  lines.push(`Published    ${meta.publishedAt ?? '—'}`);
  lines.push(`Size         ${doc.text.length} chars, ${doc.paragraphs.length} paragraphs, ${doc.sentences.length} sentences, ${doc.tokens.length} tokens`);
  if (doc.boilerplate.length > 0) {
    lines.push('', `Set aside as page boilerplate (${doc.boilerplate.length})`);
    for (const b of doc.boilerplate) lines.push(`  [${b.kind}] ${oneLine(b.text)}`);
  }
  for (const [type, heading] of ENTITY_HEADINGS) {
    const found = doc.entities.filter((e) => e.type === type);
    if (found.length > 0) lines.push('', `${heading} (${found.length} mentions)`, ...groupEntities(found));
  }
  if (doc.figures.length > 0) {
    lines.push('', `Figures (${doc.figures.length})`);
    for (const f of doc.figures) lines.push(`  ${describeFigure(f)}`);
  }
  lines.push(...renderSummary(doc));
  const preview = doc.tokens.slice(0, TOKEN_PREVIEW).map((t) => `${oneLine(t.normalized)}/${t.pos}`);
  lines.push('', `Tokens (first ${preview.length} of ${doc.tokens.length})`, `  ${preview.join(' ')}`);
  return `${lines.join('\n')}\n`;
}

/** One line per distinct name with its mention count and, for places, code and path. */
function groupEntities(entities: Entity[]): string[] {
  const byName = new Map<string, { entity: Entity; count: number }>();
  for (const e of entities) {
    const seen = byName.get(e.name);
    if (seen) seen.count++;
    else byName.set(e.name, { entity: e, count: 1 });
  }
  return [...byName.values()].map(({ entity, count }) => {
    const place = entity.type === 'place' ? ` ${entity.code ?? '(no code)'} ${entity.level ?? ''} ${(entity.path ?? []).join(' > ')}` : '';
    return `  ${entity.name}${count > 1 ? ` ×${count}` : ''}${place}`;
  });
}

function describeFigure(f: Figure): string {
  const parts = [`${oneLine(f.text)}`, `${f.kind}`, `= ${f.value}${f.unit ? ` ${f.unit}` : ''}`];
  if (f.approx) parts.push(`(${f.approx})`);
  if (f.min !== undefined || f.max !== undefined) parts.push(`[${f.min ?? ''}, ${f.max ?? ''}]`);
  if (f.subject) parts.push(`→ ${f.subject}`);
  return parts.join(' ');
}

function renderSummary(doc: DocJSON): string[] {
  const { summary } = doc;
  const clean = new Map(doc.sentences.map((s) => [s.start, s.normalized]));
  const lines: string[] = [];
  const list = (label: string, items: readonly string[]) => {
    if (items.length > 0) lines.push(`  ${label.padEnd(13)}${items.join('、')}`);
  };
  if (summary.focus) lines.push(`  ${'Focus'.padEnd(13)}${summary.focus.name}${summary.focus.code ? ` (${summary.focus.code})` : ''}`);
  list('Partners', summary.partners.map((p) => (p.code ? `${p.name} (${p.code})` : p.name)));
  list('Platforms', summary.platforms);
  list('Companies', summary.companies);
  list('Organisations', summary.organizations);
  list('Government', summary.government);
  list('People', summary.people);
  list('Places', summary.places.map((p) => `${p.name}×${p.mentions}`));
  list('Industries', summary.industries);
  list('Policies', summary.policies.map((p) => `《${p}》`));
  list('Mechanisms', summary.mechanisms);
  list('Keywords', summary.keywords.map((k) => `${k.word} ${k.weight}`));
  for (const f of summary.keyFigures) lines.push(`  ${'Key figure'.padEnd(13)}${f.text}${f.subject ? ` (${f.subject})` : ''}`);
  for (const s of summary.keySentences) lines.push(`  ${'Key sentence'.padEnd(13)}${oneLine(clean.get(s.start) ?? s.text)}`);
  return lines.length > 0 ? ['', 'Summary', ...lines] : [];
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}
