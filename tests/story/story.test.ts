import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { misplacedSpans, seed } from '../helpers.js';
import { analysisWith, docWith, place, type EntitySpec } from './build-analysis.js';

const SHANGRAO = place('上饶市', '361100', 'city', ['江西省', '上饶市']);
const SHANGHAI = place('上海市', '310000', 'province', ['上海市']);
const SONGJIANG = place('松江区', '310117', 'district', ['上海市', '松江区']);
const XUHUI = place('徐汇区', '310104', 'district', ['上海市', '徐汇区']);
const CHANGDU = place('昌都市', '540300', 'city', ['西藏自治区', '昌都市']);
const TIANJIN = place('天津市', '120000', 'province', ['天津市']);

const COOPERATION = '上饶科创飞地建设提速\n来源:江西日报\n近年来,上饶坚持对接上海。上饶与松江区共建科技园区,并拓展与上海市徐汇区等地的战略合作。上海的企业纷纷来上饶投资。';
const COOPERATION_PLACES: EntitySpec[] = [
  ['place', '上饶', SHANGRAO],
  ['place', '上海市', SHANGHAI],
  ['place', '上海', SHANGHAI],
  ['place', '松江区', SONGJIANG],
  ['place', '徐汇区', XUHUI],
];
const AID = '昌都市携手天津市共建产业园\n昌都市与天津市签署合作协议,天津市将对口支援昌都市建设产业园。昌都将深化与天津的交流。';
const AID_PLACES: EntitySpec[] = [
  ['place', '昌都市', CHANGDU],
  ['place', '昌都', CHANGDU],
  ['place', '天津市', TIANJIN],
  ['place', '天津', TIANJIN],
];

const GROUP = '成渝地区双城经济圈建设提速\n成渝地区双城经济圈加快建设,重庆、四川两地要紧密合作。';
const GROUP_PLACES: EntitySpec[] = [
  ['place', '成渝地区双城经济圈', place('成渝地区双城经济圈', null, 'macro-region', [])],
  ['place', '重庆', place('重庆市', '500000', 'province', ['重庆市'])],
  ['place', '四川', place('四川省', '510000', 'province', ['四川省'])],
];

const KASHGAR = '喀什地区产业园开园\n喀什地区产业园今天开园。上海市将对口支援喀什地区,喀什地区发展加快。';
const KASHGAR_PLACES: EntitySpec[] = [
  ['place', '喀什地区', place('喀什地区', '653100', 'city', ['新疆维吾尔自治区', '喀什地区'])],
  ['place', '上海市', SHANGHAI],
];

describe('story: focus and partners', () => {
  it.each([
    ['title, subject and frequency', COOPERATION, COOPERATION_PLACES, '上饶市', ['上海市', '松江区', '徐汇区']],
    ['对口支援 and 携手', AID, AID_PLACES, '昌都市', ['天津市']],
    ['a listed group that cooperates', GROUP, GROUP_PLACES, '成渝地区双城经济圈', ['重庆市', '四川省']],
    ['the party before 对口支援', KASHGAR, KASHGAR_PLACES, '喀什地区', ['上海市']],
  ])('%s', (_, text, places, focus, partners) => {
    const { summary } = analysisWith(text, places);
    expect(summary?.focus?.name).toBe(focus);
    expect(summary?.partners.map((p) => p.name).sort()).toEqual([...partners].sort());
  });

  it('gives codes from the places stage', () => {
    const { summary } = analysisWith(COOPERATION, COOPERATION_PLACES);
    expect(summary?.focus).toEqual({ name: '上饶市', code: '361100' });
    expect(summary?.partners.find((p) => p.name === '松江区')).toEqual({ name: '松江区', code: '310117', type: 'place' });
  });

  it('leaves out places inside the focus and the focus itself', () => {
    const text = '上饶经开区新闻\n上饶与上饶经开区合作,上饶与松江区合作。上饶发展快。';
    const zone = place('上饶经济技术开发区', null, 'zone', ['江西省', '上饶市', '上饶经济技术开发区']);
    const { summary } = analysisWith(text, [['place', '上饶经开区', zone], ['place', '上饶', SHANGRAO], ['place', '松江区', SONGJIANG]]);
    expect(summary?.partners.map((p) => p.name)).toEqual(['松江区']);
  });

  it('names bodies as partners with their type', () => {
    const text = '上饶新闻\n上饶与上海临港联合发展有限公司开展深度合作。上饶发展快。';
    const { summary } = analysisWith(text, [['place', '上饶', SHANGRAO], ['company', '上海临港联合发展有限公司']]);
    expect(summary?.partners).toEqual([{ name: '上海临港联合发展有限公司', code: null, type: 'company' }]);
  });

  it('has no focus and no partners without places', () => {
    const { summary } = analysisWith('今天天气很好。我们去公园散步。');
    expect(summary?.focus).toBeNull();
    expect(summary?.partners).toEqual([]);
  });

  it('does not take a cooperation word inside a party for the pair: 一带一路和长江经济带交汇处', () => {
    const text = '成都新闻\n成都地处一带一路和长江经济带交汇处。成都发展快。';
    const spec: EntitySpec[] = [['place', '成都', place('成都市', '510100', 'city', ['四川省', '成都市'])], ['place', '长江经济带', place('长江经济带', null, 'macro-region', [])]];
    expect(analysisWith(text, spec).summary?.partners).toEqual([]);
  });

  it('does not pair parties when cooperation comes before the conjunction', () => {
    const text = '上饶新闻\n拓展合作的广度和深度。上饶发展快。';
    const spec: EntitySpec[] = [['place', '上饶', SHANGRAO], ['place', '广度', place('广度', null, 'other', [])], ['place', '深度', place('深度', null, 'other', [])]];
    expect(analysisWith(text, spec).summary?.partners).toEqual([]);
  });
});

describe('story: platforms, industries, policies, mechanisms', () => {
  it.each([
    ['在上饶经开区建设长三角G60科创走廊(上饶)科技合作产业园,培育项目。', ['长三角G60科创走廊(上饶)科技合作产业园']],
    ['重点产业率先加入长三角G60科创走廊产业联盟,融合发展。', ['长三角G60科创走廊产业联盟']],
    ['设立人才飞地15个。', []],
    ['建设上饶与松江区的协同创新中心。', []],
    ['出台《上饶(长三角)科创飞地管理暂行办法》等文件。', []],
  ])('platforms in %s', (sentence, expected) => {
    expect(analysisWith(`标题新闻\n${sentence}`).summary?.platforms).toEqual(expected);
  });

  it.each([
    ['聚焦生物医学、低空经济、电子信息等领域,开展合作。', ['生物医学', '低空经济', '电子信息']],
    ['重点推动光伏新能源、锂电新能源、新能源汽车等重点产业率先发展。', ['光伏新能源', '锂电新能源', '新能源汽车']],
    ['培育壮大集成电路、人工智能两大产业。', ['集成电路', '人工智能']],
    ['在交通、生态、公共服务等领域推出改革措施。', []],
    ['当地大力发展集成电路。', ['集成电路']],
  ])('industries in %s', (sentence, expected) => {
    expect(analysisWith(`标题新闻\n${sentence}`).summary?.industries).toEqual(expected);
  });

  it('does not take an industry from inside a company name', () => {
    const text = '标题新闻\n已落户苏州弘道新材料等企业。';
    expect(analysisWith(text, [['company', '苏州弘道新材料']]).summary?.industries).toEqual([]);
  });

  it.each([
    ['出台《上饶(长三角)科创飞地管理暂行办法》等政策文件。', ['上饶(长三角)科创飞地管理暂行办法']],
    ['印发《关于推动高质量发展的实施意见(试行)》。', ['关于推动高质量发展的实施意见(试行)']],
    ['据《人民日报》报道,《长江三角洲区域一体化发展规划纲要》发布。', ['长江三角洲区域一体化发展规划纲要']],
    ['他读了《红楼梦》。', []],
  ])('policies in %s', (sentence, expected) => {
    expect(analysisWith(`标题新闻\n${sentence}`).summary?.policies).toEqual(expected);
  });

  it.each([
    ['依托“双向飞地”,推出“揭榜挂帅”项目,再依托“双向飞地”。', ['双向飞地', '揭榜挂帅']],
    ['上海市对口支援喀什地区,东西部协作成效明显。', ['对口支援', '东西部协作']],
    ['加快推进科技成果转化“1+M+N”体系建设。', ['1+M+N']],
    ['今天天气很好。', []],
  ])('mechanisms in %s', (sentence, expected) => {
    expect(analysisWith(`标题新闻\n${sentence}`).summary?.mechanisms).toEqual(expected);
  });
});

describe('story: names, figures, sentences, keywords', () => {
  it('merges abbreviations into the full name and keeps first-mention order', () => {
    const text = '标题新闻\n晶科能源股份有限公司在上海设厂。上饶市科技局推荐了企业,晶科能源表示满意。上饶科技局也表示满意。';
    const { summary } = analysisWith(text, [
      ['company', '晶科能源股份有限公司'],
      ['company', '晶科能源', {}],
      ['government', '上饶市科技局'],
      ['government', '上饶科技局'],
    ]);
    expect(summary?.companies).toEqual(['晶科能源股份有限公司']);
    expect(summary?.government).toEqual(['上饶市科技局']);
  });

  it('ranks money and counts of a subject above dates, with the sentence', () => {
    const text = '标题新闻\n7月4日,记者来到上饶。成交额约为2000万元。已确定入驻8家企业。';
    const doc = docWith(text, [], [
      ['7月4日', { kind: 'date', value: '2024-07-04' }],
      ['2000万元', { kind: 'money', value: 20000000, unit: 'CNY', approx: 'about', subject: '成交额' }],
      ['8家', { kind: 'count', value: 8, unit: '家', subject: '企业' }],
    ]);
    const [first, second] = doc.summary.keyFigures;
    expect(first).toMatchObject({ text: '2000万元', value: 20000000, unit: 'CNY', subject: '成交额', sentence: '成交额约为2000万元。' });
    expect(second).toMatchObject({ text: '8家', subject: '企业' });
    expect(misplacedSpans(doc.text, doc.summary.keyFigures.map((f) => ({ text: f.text, start: f.start!, end: f.end! })))).toEqual([]);
  });

  it('picks key sentences from the article, in document order, as spans of the input', () => {
    const doc = analyze(seed.text());
    const spans = doc.summary.keySentences;
    expect(spans.length).toBeGreaterThan(0);
    expect(misplacedSpans(doc.text, spans)).toEqual([]);
    expect(spans.map((s) => s.start)).toEqual([...spans.map((s) => s.start)].sort((a, b) => a - b));
    const body = doc.sentences.filter((s) => s.role === 'body').map((s) => s.start);
    for (const s of spans) expect(body).toContain(s.start);
  });

  it('gives keywords without numerals, punctuation or stop words, weighted from 1 down', () => {
    const { keywords } = analyze(seed.text()).summary;
    expect(keywords.length).toBe(10);
    expect(keywords[0].weight).toBe(1);
    for (let k = 1; k < keywords.length; k++) expect(keywords[k].weight).toBeLessThanOrEqual(keywords[k - 1].weight);
    for (const { word } of keywords) expect(word).toMatch(/^[\u4e00-\u9fffA-Za-z]{2,}$/u);
    expect(keywords.map((k) => k.word)).not.toContain('记者');
  });
});

describe('story: key sentences and keywords on written text', () => {
  const text = [
    '四川家具西进',
    '四川家具企业纷纷在北方建设生产基地,降低物流成本。',
    '四川家具酝酿北方建生产基地',
    '四川家具企业在北方的生产基地已有十多个,家具销售网络覆盖全国。',
    '家具企业表示,北方生产基地让四川家具的销售更加便利。',
    '黄石市与武汉市合作,黄石的家具企业也来到四川考察家具生产基地。',
  ].join('\n');
  const doc = analyze(text);

  it('does not pick a subheading inside the body', () => {
    const picked = doc.summary.keySentences.map((s) => s.text);
    expect(picked.length).toBeGreaterThan(0);
    expect(picked).not.toContain('四川家具酝酿北方建生产基地');
  });

  it('takes no keyword out of a person\'s name', () => {
    const named = analyze('董事长魏华山表示,公司将在黄石投资建材项目。魏华山说,建材项目明年投产。');
    expect(named.people().map((p) => p.name)).toContain('魏华山');
    expect(named.summary.keywords.map((k) => k.word)).not.toContain('华山');
  });

  it('counts 黄石市 and 黄石 as one keyword', () => {
    const words = doc.summary.keywords.map((k) => k.word);
    expect(words).toContain('黄石');
    expect(words).not.toContain('黄石市');
  });
});

describe('story: the seed article (real output of the whole pipeline)', () => {
  const gold = seed.gold();
  const { summary } = analyze(seed.text());

  it('finds the focus, partners and mechanism of the gold', () => {
    expect(summary.focus?.name).toBe(gold.story.focus);
    expect(summary.partners.map((p) => p.name)).toEqual(expect.arrayContaining(gold.story.partners));
    expect(summary.mechanisms).toEqual(expect.arrayContaining(gold.story.mechanisms));
  });

  it('finds the industries and the policy of the gold', () => {
    expect(summary.industries).toEqual(expect.arrayContaining(gold.industries));
    expect(summary.policies).toEqual(gold.policies);
  });

  it('reports only platforms that are named in the text', () => {
    const text = analyze(seed.text()).sentences.map((s) => s.normalized).join('');
    for (const p of summary.platforms) expect(text).toContain(p);
  });
});

describe('story: odd and long input', () => {
  it.each([
    ['与、', 50_000],
    ['“”模式', 20_000],
    ['《办法', 30_000],
    ['等产业', 30_000],
    ['上海与', 30_000],
    ['上海,', 30_000],
    ['科技园,', 20_000],
    ['“双向飞地”', 10_000],
    ['上海对接上海', 15_000],
    ['上海与上海、', 15_000],
  ])('analyses %s × %i', (unit, times) => {
    const doc = analyze(`${unit.repeat(times)}合作`);
    expect(doc.summary.keySentences.length).toBeLessThanOrEqual(5);
  });
});
