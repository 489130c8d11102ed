import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze, renderHtml, ZhnewsError } from '../../src/index.js';
import { seedDoc } from './fixture-doc.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('renderHtml', () => {
  const doc = seedDoc();
  const html = doc.render('html');

  it.each([
    ['place', '上饶'],
    ['company', '晶科能源'],
    ['organization', '华东数字医疗发展中心'],
    ['government', '上饶市科技局'],
    ['figure', '33.24%'],
  ])('marks a %s: %s', (type, text) => {
    expect(html).toMatch(new RegExp(`<mark data-type="${type}"[^>]*>${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}<span class="tag">`));
  });

  it('shows the clean text by default and the input on request', () => {
    expect(html).toContain('记者来到');
    expect(html).not.toMatch(/記者|\(jì/);
    expect(renderHtml(doc.toJSON(), { text: 'input' })).toContain('記者來到');
  });

  it('is self-contained: no scripts, links or external assets', () => {
    expect(html).not.toMatch(/<script|<link|src=|https?:\/\//i);
  });

  it('escapes everything it takes from the input', () => {
    const page = analyze('标题<b>粗</b>\n来源:"x"&<y>\n正文 <script>alert(1)</script> 与 "引号" & 更多。').render('html', { text: 'input' });
    expect(page).not.toContain('<script>');
    expect(page).not.toContain('<b>');
    expect(page).toContain('&lt;script&gt;');
  });

  it('puts the summary in a card', () => {
    expect(html).toContain('<aside class="card summary">');
    expect(html).toContain('上饶市<span class="code">361100</span>');
  });
});

describe('Doc views', () => {
  const doc = seedDoc();

  it('renders a text report with the summary', () => {
    const text = doc.render('text');
    expect(text).toContain('Focus        上饶市 (361100)');
    expect(text).toContain('Mechanisms');
  });

  it('rejects an unknown format with a code', () => {
    expect(() => doc.render('pdf' as 'html')).toThrow(ZhnewsError);
    try {
      doc.render('pdf' as 'html');
    } catch (e) {
      expect((e as ZhnewsError).code).toBe('E_OPTION');
    }
  });

  it('displays in Jupyter kernels as HTML with a plain-text fallback', () => {
    const bundle = (doc as unknown as Record<symbol, () => Record<string, string>>)[Symbol.for('Jupyter.display')]();
    expect(bundle['text/html']).toMatch(/^<div class="zhnews"><style>/);
    expect(bundle['text/plain']).toMatch(/^Doc\(".*focus 上饶市\)$/);
  });
});

describe('zhnews analyze --format html', () => {
  const cli = (...args: string[]) =>
    execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'analyze', ...args], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

  it('prints one page', () => {
    const page = cli('fixtures/shangrao-g60-enclave.txt', '--format', 'html');
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).toContain('<aside class="card summary">');
  });

  it('refuses several inputs with a code (one page per call)', () => {
    let stderr = '';
    try {
      cli('fixtures/shangrao-g60-enclave.txt', 'fixtures/shangrao-g60-enclave.txt', '--format', 'html');
    } catch (e) {
      stderr = String((e as { stderr?: string }).stderr);
    }
    expect(stderr).toContain('E_OPTION');
  });
});
