import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import type { Candidate } from '../../src/stages/6-entities/candidate.js';
import { entityLexicons } from '../../src/stages/6-entities/lexicons.js';
import { completeNames } from '../../src/stages/6-entities/rules/complete-names.js';
import { governmentBodies } from '../../src/stages/6-entities/rules/government.js';
import { analysisOf } from './helpers.js';
import type { EntityType } from '../../src/types.js';

/** Sentences written for these tests; the 玄峰集团 and 三是新能源 ones are shortened from ../shared/corpus articles. */
const has = (text: string, type: EntityType) => analyze(text).entitiesOf(type).map((e) => e.name);

describe('lists closed by 等N家企业: every item is a company', () => {
  it.each([
    ['园区已落户杭州青木光电、宁波远帆精密、苏州禾川新材料等30余家企业。', ['杭州青木光电', '宁波远帆精密', '苏州禾川新材料']],
    ['由市商务局推荐的安徽瑞泽药业等企业参加了展会。', ['安徽瑞泽药业']],
    ['基地吸引了南京云樾智能、合肥启辰半导体等12家公司入驻。', ['南京云樾智能', '合肥启辰半导体']],
  ])('%s', (text, expected) => {
    expect(has(text, 'company')).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    ['中国星网、中国中化、中国华能等3家央企总部启动建设。', ['中国星网', '中国中化', '中国华能']],
    ['惠普、广达、富士康等上游大厂相继宣布内迁。', ['惠普', '广达', '富士康']],
    ['园区引进了华芯微电子、安瑞光电等多家知名企业。', ['华芯微电子', '安瑞光电']],
    ['恒瑞医药、复星医药等一批龙头企业参展。', ['恒瑞医药', '复星医药']],
  ])('with a modifier or another counted noun: %s', (text, expected) => {
    expect(has(text, 'company')).toEqual(expected);
  });

  it('starts an item after a time word: 目前bet365 is bet365', () => {
    expect(has('表现平平。但目前bet365、澳彩等公司多开出高赔率。', 'company')).toContain('bet365');
  });

  it.each([
    ['推动光伏、新能源汽车等企业加快转型。'],
    ['国有企业、民营企业等各类企业都可申报。'],
    ['推动光伏、储能等领域企业加快转型。'],
    ['通过税收、补贴等方式吸引企业落户。'],
  ])('lists no industry or kind of firm: %s', (text) => {
    expect(has(text, 'company')).toEqual([]);
  });
});

describe('names with brackets', () => {
  it.each([
    ['该院在上海成立溯徕科技(上海)有限公司。', 'company', '溯徕科技(上海)有限公司'],
    ['去年成立了星禾医疗(苏州)有限公司。', 'company', '星禾医疗(苏州)有限公司'],
    ['长三角G60科创走廊(上饶)科技合作产业园正式开园。', 'organization', '长三角G60科创走廊(上饶)科技合作产业园'],
    ['欧洲电路板厂商奥特斯(AT&S)在重庆举行奠基典礼。', 'company', '奥特斯(AT&S)'],
  ])('%s', (text, type, name) => {
    expect(has(text, type as EntityType)).toContain(name);
  });

  it('keeps a person\'s romanised name in brackets apart: later mentions use the Chinese name', () => {
    const people = has('奥特斯CEO葛思迈(A.Gerstenmayer)告诉记者,葛思迈表示看好重庆。', 'person');
    expect(people).toContain('葛思迈');
    expect(people.some((name) => name.includes('('))).toBe(false);
  });
});

describe('government bodies by pattern', () => {
  it.each([
    ['上饶市科技局推荐了六个项目。', '上饶市科技局'],
    ['中共黄石市委召开全会。', '中共黄石市委'],
    ['黄石市人民政府与武汉市签署协议。', '黄石市人民政府'],
    ['国务院印发了通知。', '国务院'],
    ['国家发展改革委发布了规划。', '国家发展改革委'],
    ['浙江省商务厅组织企业参展。', '浙江省商务厅'],
    ['日前此案已在深圳福田区人民法院开庭审理。', '深圳福田区人民法院'],
    ['海淀区人民检察院提起公诉。', '海淀区人民检察院'],
  ])('%s', (text, name) => {
    expect(has(text, 'government')).toContain(name);
  });

  it.each<[string, string[], string[]]>([
    ['日前此案已在深圳福田区人民法院开庭审理。', ['深圳', '福田区'], ['深圳福田区人民法院']],
    ['海淀区人民检察院提起公诉。', ['海淀区'], ['海淀区人民检察院']],
    ['上海海关查获一批走私货物。', ['上海'], ['上海海关']],
    ['他到朝阳区某派出所报案。', ['朝阳区'], []],
  ])('the pattern alone, without the model: %s (places %j)', (text, placeNames, names) => {
    const a = analysisOf(text, placeNames.map((p) => ({ text: p })));
    const placeEnds = new Map(a.entities.map((p) => [p.start, p.end] as const));
    const context = { text: a.text, tokens: a.tokens, lexicons: entityLexicons(), places: a.entities, placeEnds };
    expect(governmentBodies(context, 0, a.text.length).map((c) => a.text.slice(c.start, c.end))).toEqual(names);
  });

  it('does not read a market as a government body', () => {
    expect(has('上海市场需求旺盛。', 'government')).toEqual([]);
  });

  it('reads 市委常委 as a position, not a body', () => {
    expect(has('武汉市委常委、政法委书记曹裕江出席会议。', 'government')).toEqual([]);
  });

  it.each([
    ['利率不得超过司法部门规定的上限。', '司法部'],
    ['财政部长盖特纳赞成这一方案。', '财政部'],
  ])('reads no national body out of a longer word: %s has no %s', (text, name) => {
    expect(has(text, 'government')).not.toContain(name);
  });

  it('starts no body inside a place: 新县 in 阳新县委书记 is not the county 新县', () => {
    expect(has('会议由副市长主持,阳新县委书记王建华出席。', 'government')).toEqual([]);
  });
});

describe('names built from words up to an ending', () => {
  it.each([
    ['该项目由澜泽投资管理有限公司出资。', 'company', '澜泽投资管理有限公司'],
    ['奠基仪式在澜溪开发区青禾工业园举行。', 'organization', '澜溪开发区青禾工业园'],
    ['晶科能源通过在上海设立研发飞地集智攻关。', 'company', '晶科能源'],
    ['详细了解鄂尔多斯羊绒集团羊绒衫项目、玄峰集团红云酒厂项目。', 'company', '玄峰集团'],
  ])('%s', (text, type, name) => {
    expect(has(text, type as EntityType)).toContain(name);
  });

  it.each([['一是稳就业,二是新能源加快发展。'], ['推动光伏新能源产业发展。']])('no firm in %s', (text) => {
    expect(has(text, 'company')).toEqual([]);
  });
});

describe("a firm's branch is named with the firm", () => {
  it.each([
    ['邮储银行宜春市分行已停止代理保险业务。', '邮储银行宜春市分行'],
    ['富龙集团北京分公司日前成立。', '富龙集团北京分公司'],
  ])('%s', (text, name) => {
    expect(has(text, 'company')).toContain(name);
  });

  it('takes no branch across a verb: 招商银行在长沙设立分行', () => {
    expect(has('招商银行在长沙设立分行。', 'company')).toEqual(['招商银行']);
  });
});

describe('kinds of firms are not firms', () => {
  it.each([
    ['中央企业中五大发电集团、国家电网等能源企业加快布局。', '大发电集团'],
    ['四大银行纷纷下调存款利率。', '四大银行'],
    ['项目在当地建成煤矿、热电厂、风电场和铁路。', '热电厂'],
    ['还有中煤集团、国电集团等央企投资建设的项目。', '央企投资'],
    ['三是新能源、医疗器械等新兴产业项目多。', '是新能源'],
    // jieba's unknown words ending in a function word: phrases, not brands
    ['特意赶在上班前到银行来办理业务。', '前到银行'],
    ['外资法人行在国内银行间市场难以拆借。', '行在国内银行'],
    ['主流强队多受博彩公司恩惠。', '多受博彩公司'],
    ['B连将开着汽车、拿着重武器。', '开着汽车'],
  ])('%s has no company %s', (text, name) => {
    const names = has(text, 'company');
    expect(names.filter((n) => n.includes(name) || name.includes(n))).toEqual([]);
  });
});

describe('bodies named after a place or a sector', () => {
  it.each([
    ['民生银行和南京银行下调了利率。', 'company', ['民生银行', '南京银行']],
    ['中国银行发布公告。', 'company', ['中国银行']],
    ['武汉市政协召开会议。', 'government', ['武汉市政协']],
  ])('%s', (text, type, names) => {
    expect(has(text, type as EntityType)).toEqual(expect.arrayContaining(names));
  });

  it('reads a kind of bank as no bank', () => {
    expect(has('外资银行纷纷进入。', 'company')).toEqual([]);
  });
});

describe('names built up to an ending stop at clause words', () => {
  it.each([
    ['苏联边锋多布罗夫斯基执教球队。', '执教球队'],
    ['曼城队vs曼联队的比赛十分精彩。', 'vs'],
    ['毕竟里皮的这支国家队并未真正磨合。', '这支'],
    ['知两位天王会加盟中国战队继续奋战。', '加盟'],
    ['赛熟悉的球队多达13队,彩民的陌生。', '多达'],
    ['三省一市启动深化长三角国家技术创新中心体系布局。', '深化'], // 深化/j, a verb jieba reads as an abbreviation
    ['TSM正式开始面向公众招聘英雄联盟职业选手。', '正式'], // an adverb, and a third verb
    ['华为公司面向全国招聘组建推广转移中心', '招聘'], // four verbs make a clause, not a name
  ])('%s', (text, inside) => {
    expect(has(text, 'organization').filter((name) => name.includes(inside))).toEqual([]);
  });

  it('a name jieba knows whole is not walked back from (东亚银行/nt)', () => {
    expect(has('监管部门已经在香港调查东亚银行的挤提事件。', 'company')).toEqual(['东亚银行']);
  });
});

describe('firms in titles', () => {
  const body = '\n来源:江西日报\n\n7月4日,记者来到上饶,看到当地企业发展迅速。';
  it('reads wordplay in a title as no firm when the body never names it', () => {
    expect(has(`催开科技花 绽放新动能${body}`, 'company')).toEqual([]);
  });

  it('keeps a firm of the title that the body names again', () => {
    expect(has(`催开科技花 绽放新动能${body}催开科技是当地企业。`, 'company')).toContain('催开科技');
  });
});

describe('abbreviations linked to full names', () => {
  it.each([
    ['晶科能源在上饶设立研发中心。今年晶科的出货量继续增长。', '晶科', '晶科能源'],
    ['星禾医疗(苏州)有限公司成立于2019年。星禾的产品已进入三甲医院。', '星禾', '星禾医疗(苏州)有限公司'],
  ])('%s', (text, short, full) => {
    const doc = analyze(text);
    const mention = doc.companies().find((e) => e.text === short);
    expect(mention?.name).toBe(full);
  });
});

describe('names are clean', () => {
  it('strips stray spaces from a name', () => {
    const names = analyze('园区已落户杭州 青木光电、宁波远帆精密等2家企业。').companies().map((e) => e.name);
    expect(names).toContain('杭州青木光电');
  });

  it.each([
    ['民生银行(600016.SH)发布公告称净利润增长。', 'company', '民生银行'], // a stock code is no Latin name
    ['比如民生银行在积分兑换时扣取手续费。', 'company', '民生银行'], // 比如 (for example) is also 比如县's short name
    ['所得将全部捐献给奈史密斯基金会。', 'organization', '奈史密斯基金会'], // jieba glues 给 to the name: 给奈/x
    ['平安银行的信用卡将面向平安集团保险客户发行。', 'company', '平安银行,平安集团'], // 平安/a is also 平安区's short name
    ['长沙市商业银行单独上市。', 'company', '长沙市商业银行'], // a city's commercial bank, not a kind of bank
  ])('%s', (text, type, names) => {
    expect(has(text, type as EntityType)).toEqual(names.split(','));
  });
});

describe('a person cut short is completed from a longer mention in the article', () => {
  const person = (text: string, name: string, from = 0): Candidate => {
    const start = text.indexOf(name, from);
    return { start, end: start + name.length, type: 'person', source: 'model', confidence: 0.5, priority: 1 };
  };
  it.each([
    ['葛思迈表示看好。葛思迈向记者表示', '葛思迈', '葛思', '葛思迈'],
    ['王强说。王强国际化', '王强', '王强', '王强'], // 王强国 is no mention: stays
  ])('%s: first %s, then %s → %s', (text, first, short, expected) => {
    const one = person(text, first);
    const chosen = [one, person(text, short, one.end)];
    completeNames(text, chosen);
    expect(text.slice(chosen[1].start, chosen[1].end)).toBe(expected);
  });

  it('does not run into the next entity', () => {
    const text = '葛思迈表示。葛思迈向';
    const chosen = [person(text, '葛思迈'), person(text, '葛思', 5), { ...person(text, '迈向'), type: 'company' as const }];
    completeNames(text, chosen);
    expect(text.slice(chosen[1].start, chosen[1].end)).toBe('葛思');
  });
});
