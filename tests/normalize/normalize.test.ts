import { describe, expect, it } from 'vitest';
import { toSourceSpan } from '../../src/doc/offset-map.js';
import { normalize } from '../../src/stages/1-normalize/index.js';

describe('normalize: what the stages see', () => {
  it.each([
    ['pinyin annotations removed', '進(jìn)入國內(nèi)', '进入国内'],
    ['toneless annotations once toned ones are present', '進(jìn)入國內(nèi)的(de)', '进入国内的'],
    ['real parentheses kept', '科技(上海)有限公司(AT&S)(33.24%)(长三角)', '科技(上海)有限公司(AT&S)(33.24%)(长三角)'],
    ['a lone toneless word in parentheses kept', '方案(a)', '方案(a)'],
    ['HTML tags dropped, block tags break lines', '<p>上海<b>松江</b></p><br/>完', '\n上海松江\n\n完'],
    ['HTML entities decoded', '上海&amp;松江&nbsp;&#20013;&#x56FD;&ldquo;', '上海&松江 中国\u201c'],
    ['script and style content dropped', '<script>var a=1<2;</script>正文<style>p{}</style>', '正文'],
    ['text that merely contains < kept', 'a<b 且 c>d', 'a<b 且 c>d'],
    ['full-width digits, letters, punctuation folded', '１２０亿（ＡＢ）：', '120亿(AB):'],
    ['CRLF and CR become LF', '一\r\n二\r三', '一\n二\n三'],
    ['zero-width characters removed, NBSP and ideographic space become spaces', '上\u200b海\u00a0松\u3000江\ufeff', '上海 松 江'],
    ['Traditional to Simplified', '上饒市松江區', '上饶市松江区'],
    ['Taiwan phrases converted (length changes)', '記憶體', '内存'],
    ['mainland words in Traditional script kept', '智慧醫療', '智慧医疗'],
    ['characters outside the BMP kept', '𠮷野家', '𠮷野家'],
    ['lone surrogates replaced one for one', 'a\ud800b\udc00c', 'a\ufffdb\ufffdc'],
  ])('%s', (_, input, expected) => {
    expect(normalize(input).text).toBe(expected);
  });
});

describe('normalize: the way back to the input', () => {
  it.each([
    ['進(jìn)入上海', '进入', '進(jìn)入'],
    ['進(jìn)入上海', '上海', '上海'],
    ['&lt;上海&gt;', '上海', '上海'],
    ['１２０亿元', '120', '１２０'],
    ['記憶體很大', '内存', '記憶體'],
    ['記憶體很大', '很大', '很大'],
    ['𠮷野家', '野家', '野家'],
    ['<p>上海</p>', '上海', '上海'],
  ])('in %s, %s maps back to %s', (input, derived, original) => {
    const { text, map } = normalize(input);
    const at = text.indexOf(derived);
    const [start, end] = toSourceSpan(map, at, at + derived.length);
    expect(input.slice(start, end)).toBe(original);
  });
});
