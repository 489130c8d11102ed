import { describe, expect, it } from 'vitest';
import type { Candidate, EntityContext } from '../../src/stages/6-entities/candidate.js';
import { endsInNonBody, endsInsideWord, firmNameParts, isLoneCharacter, isStandardCode, isCountedClass, isPlaceOrGeneric, isVetoedByModel, opensWithPlaceWord, withoutStrayBrackets, isOneCommonNoun, isProductName, isAcronym, isNameAroundPlace, nameEnd, isTypeDesignation, overlapsPlace, startsWithEnumeration } from '../../src/stages/6-entities/filters.js';
import { entityLexicons } from '../../src/stages/6-entities/lexicons.js';
import { leadingPersonEnd, nameStartBefore, titleStart, tokenEndingAt, tokenSpanning, tokenStartingAt } from '../../src/stages/6-entities/tokens.js';
import { analysisOf } from './helpers.js';
import { analyze } from '../../src/index.js';

/** The entity context of a sentence (stages 1–3, no places). */
function contextOf(sentence: string): EntityContext {
  const a = analysisOf(sentence);
  return { text: a.text, tokens: a.tokens, lexicons: entityLexicons(), places: [], placeEnds: new Map() };
}

/** Tokens written out as [word, pos] pairs, so a case does not depend on jieba's dictionary. */
function tokensOf(words: [string, string][]) {
  let start = 0;
  return words.map(([word, pos]) => ({ start, end: (start += word.length), pos }));
}

/** [start, end) of `name` in `sentence`. */
const at = (sentence: string, name: string) => [sentence.indexOf(name), sentence.indexOf(name) + name.length] as const;

describe('names that are not names', () => {
  it.each([
    ['市政府出台了新政策', '市政府', 'government', false],
    ['督促地方政府严格执行', '地方政府', 'government', false],
    ['市政府出台了新政策', '市政府', 'company', true],
    ['具体要以当地政府的规定为准', '政府', 'government', true],
    ['上海企业纷纷响应', '上海企业', 'company', true],
    ['晶科能源发布公告', '晶科能源', 'company', false],
  ])('place or generic: %s → %s as %s is %s', (sentence, name, type, expected) => {
    expect(isPlaceOrGeneric(contextOf(sentence), ...at(sentence, name), type)).toBe(expected);
  });

  it.each([
    ['中央企业中五大发电集团', '大发电集团', true],
    ['中央企业中五大发电集团', '发电集团', true],
    ['四大银行下调利率', '四大银行', true],
    ['联合3家专业研究所攻关', '家专业研究所', true],
    ['大连港集团发布公告', '大连港集团', false],
    ['家乐福超市开业', '家乐福超市', false],
    ['布局建设97家专业研究所', '布局建设97家专业研究所', true],
    ['南京另一家银行信用卡部门', '南京另一家银行', true],
    ['361度公司发布年报', '361度公司', false],
    ['7天连锁酒店集团上市', '7天连锁酒店集团', false],
  ])('counted class: %s → %s is %s', (sentence, name, expected) => {
    expect(isCountedClass(sentence, ...at(sentence, name))).toBe(expected);
  });

  it.each([
    ['推动形成区域经济布局', '区域经济布局', true],
    ['关系国家发展大局', '国家发展大局', true],
    ['构建新发展格局', '新发展格局', true],
    ['美国国土安全局发布通告', '美国国土安全局', false],
    ['上饶市科技局推荐', '上饶市科技局', false],
    ['同赔率下英超主队4胜1平', '英超主队', true],
    ['英伦东北角一直被伦敦球队视为畏途', '伦敦球队', false],
    ['执法大队大队长方剑民带队', '方剑民带队', true],
    ['山东鲁能泰山足球队夺冠', '山东鲁能泰山足球队', false],
    ['曼城队主场获胜', '曼城队', false],
    ['在洛杉矶国际会议中心举行', '洛杉矶国际会议中心', true],
    ['在阿纳海姆的阿纳海姆会议中心举办', '阿纳海姆会议中心', true],
    ['黄石市招商服务中心负责人', '黄石市招商服务中心', false],
    ['重庆渝北区部分企业参加', '重庆渝北区部分', true],
    ['华东数字医疗发展中心落户上饶', '华东数字医疗发展中心', false],
  ])('ending that names no body: %s → %s is %s', (sentence, name, expected) => {
    const context = contextOf(sentence);
    expect(endsInNonBody(context, at(sentence, name)[1])).toBe(expected);
  });

  it.each([
    ['三是新能源产业项目多', true],
    ['其二是加快发展', true],
    ['三星电子发布新机', false],
  ])('enumeration: %s is %s', (sentence, expected) => {
    expect(startsWithEnumeration(sentence, 0)).toBe(expected);
  });

  it.each([
    ['雄安', true],
    ['新区建', true],
    ['推进', false],
    ['建设', false],
  ])('overlaps the place 雄安新区 in 推进雄安新区建设: %s is %s', (name, expected) => {
    const sentence = '推进雄安新区建设';
    const place = { type: 'place' as const, start: 2, end: 6, name: '雄安新区', source: 'gazetteer' as const };
    const context = { ...contextOf(sentence), places: [place] };
    expect(overlapsPlace(context, ...at(sentence, name))).toBe(expected);
  });

  it.each([
    ['本报记者胡金华上海报道', '金华', '胡金华', true], // a surname, then a given name that is a city's
    ['张江舟的作品', '张江', '张江舟', true],
    ['黄石出席会议', '黄石', '黄石', false], // the place itself
    ['推进雄安新区建设', '雄安新区', '雄安', false], // runs out of the name
    ['推进雄安新区建设', '雄安新区', '雄安新区建', false],
    ['邓金华上海报道', '金华', '邓金华上海', false], // too long for a name
  ])('a name around a place: %s, place %s, %s is %s', (sentence, placeName, name, expected) => {
    const [start, end] = at(sentence, placeName);
    const place = { type: 'place' as const, start, end, name: placeName, source: 'gazetteer' as const };
    const context = { ...contextOf(sentence), places: [place] };
    expect(isNameAroundPlace(context, ...at(sentence, name))).toBe(expected);
  });

  it.each([
    ['基于N型TOPCon的叠层电池', 'TOPCon', true],
    ['采用P型PERC技术', 'PERC', true],
    ['奥特斯(AT&S)在重庆建厂', 'AT', false],
    ['与华为型号不同', '号不同', false],
  ])('type designation: %s → %s is %s', (sentence, name, expected) => {
    expect(isTypeDesignation(sentence, ...at(sentence, name))).toBe(expected);
  });

  it.each([
    ['建成热电厂和风电场', '热电厂', true],
    ['建成煤矿和热电厂', '煤矿', false], // two characters: could be a brand jieba knows (网易/n)
    ['晶科能源发布公告', '晶科能源', false],
  ])('one common noun: %s → %s is %s', (sentence, name, expected) => {
    expect(isOneCommonNoun(contextOf(sentence), ...at(sentence, name))).toBe(expected);
  });
});

describe('titles start on a word boundary', () => {
  it.each<[string, [string, string][], string, string]>([
    ['习近平总书记', [['习近平', 'nrfg'], ['总书记', 'n']], '平总书记', '总书记'],
    ['牢记总书记嘱托', [['牢记', 'n'], ['总书记', 'n'], ['嘱托', 'v']], '记总书记', '总书记'],
    ['部副部长郭允冲', [['部副', 'n'], ['部长', 'n'], ['郭允冲', 'x']], '副部长', '副部长'],
    ['本报记者梅建', [['本报记者', 'n'], ['梅建', 'x']], '记者', '记者'],
    ['董事长王建国', [['董事长', 'n'], ['王建国', 'nr']], '董事长', '董事长'],
  ])('%s: %s → %s', (text, words, found, title) => {
    const tokens = tokensOf(words);
    const [from, to] = at(text, found);
    expect(text.slice(titleStart(text, tokens, from, to), to)).toBe(title);
  });
});

describe('person names do not end in a glued 说', () => {
  it.each([
    ['吴锦说，要加快', '吴锦说', '吴锦'],
    ['王说', '王说', '王说'],
    ['诸葛文涛表示', '诸葛文涛', '诸葛文涛'],
  ])('%s: %s → %s', (text, found, name) => {
    const [start, end] = at(text, found);
    expect(text.slice(start, nameEnd(text, start, end))).toBe(name);
  });
});

describe('a name walked back from its ending stops at a dateline or a date', () => {
  it.each([
    ['本报讯招商银行今日公告称', '招商银行', '招商银行'],
    ['另据日本橡胶贸易协会最新数据', '日本橡胶贸易协会', '日本橡胶贸易协会'],
    ['她在2006年用招商银行信用卡消费', '招商银行', '招商银行'],
    ['已落户上海亥博粘胶材料', '上海亥博粘胶材料', '上海亥博粘胶材料'],
  ])('%s: back from the end of %s → %s', (sentence, name, expected) => {
    const context = contextOf(sentence);
    const end = at(sentence, name)[1];
    expect(sentence.slice(nameStartBefore(context.text, context.tokens, end, 0, 20), end)).toBe(expected);
  });
});

describe('people read out of a firm\'s name', () => {
  const parts = firmNameParts(['苏州协鑫光伏科技有限公司', '晶科能源']);
  it.each([
    ['协鑫光', true],
    ['协鑫', true],
    ['晶科能源', true],
    ['周伟强', false],
    ['苏州协鑫光伏', false], // longer than a Chinese name: not checked
  ])('%s is part of a firm name: %s', (name, expected) => {
    expect(parts.has(name)).toBe(expected);
  });
});

describe('a person jieba knows, opening a title the model read as one', () => {
  it.each<[string, [string, string][], string]>([
    ['习近平总书记', [['习近平', 'nrfg'], ['总书记', 'n']], '习近平'],
    ['侍卫副官', [['侍卫', 'nr'], ['副官', 'n']], ''],
    ['周总理', [['周', 'nr'], ['总理', 'n']], ''],
    ['董事长', [['董事长', 'n']], ''],
  ])('%s → %s', (text, words, person) => {
    const tokens = tokensOf(words);
    expect(text.slice(0, leadingPersonEnd(text, tokens, entityLexicons().surnames, 0, text.length))).toBe(person);
  });
});

describe('products written in camel case are no people', () => {
  it.each([
    ['自苹果的iPhone和iPad风靡全球', 'iPhone', true],
    ['在eBay上购买', 'eBay', true],
    ['球员Messi进球', 'Messi', false],
    ['选手xigua获胜', 'xigua', false],
    ['TH000夺冠', 'TH000', false],
  ])('%s: %s is a product: %s', (text, name, expected) => {
    expect(isProductName(text, ...at(text, name))).toBe(expected);
  });
});

describe('standards and stray characters are no bodies', () => {
  it.each([
    ['4K荧光内窥镜', '4K', true],
    ['5G网络', '5G', true],
    ['3M公司', '3M公司', false],
    ['A4纸', 'A4', false],
  ])('%s: %s is a standard: %s', (text, name, expected) => {
    expect(isStandardCode(text, ...at(text, name))).toBe(expected);
  });

  it.each([
    ['在布局观大势', '布', true],
    ['观大势、谋长远、布全局', '布', true],
    ['工、农、中、建四大行', '工', false],
    ['工、农、中、建四大行', '农', false],
    ['工、农、中、建四大行', '建', false],
    ['中国银行', '中国银行', false],
  ])('%s: %s is a lone character: %s', (text, name, expected) => {
    expect(isLoneCharacter(text, ...at(text, name))).toBe(expected);
  });
});

describe('short common words', () => {
  it('a government body stands even when the model is unsure (中央 at 0.43)', () => {
    expect(analyze('2023年，中央强化区域协调发展。').governments().map((e) => e.name)).toEqual(['中央']);
  });
});

describe('names the model ends inside a word', () => {
  it.each([
    ['农村居民人均收入', '农村居', true],
    ['农村居民人均收入', '农村居民', false],
    ['上饶市科技局推荐', '上饶市科技局', false],
    ['周奕说。', '周奕', false], // jieba glues a verb of saying onto a name it does not know: 周奕说/x
    ['郭菲称。', '郭菲', false],
  ])('%s: %s ends inside a word: %s', (sentence, name, expected) => {
    expect(endsInsideWord(contextOf(sentence), at(sentence, name)[1])).toBe(expected);
  });

  it('analyze() drops an unsure one (shortened from a ../shared/corpus article)', () => {
    const doc = analyze('城市群成为我国新型城镇化的主体形态。农村居民人均可支配收入已突破2万元。');
    expect(doc.toJSON().entities.filter((e) => e.type !== 'place')).toEqual([]);
  });
});

describe('a person whose given name is a place', () => {
  it('analyze() keeps a confident person whose given name is a place, and drops the place', () => {
    const doc = analyze('本报记者胡金华上海报道');
    expect(doc.entitiesOf('person').map((e) => e.name)).toEqual(['胡金华']);
    expect(doc.entitiesOf('place').map((e) => e.name)).toEqual(['上海市']);
  });
});

describe('acronyms are no people', () => {
  it.each([
    ['手术医疗床和LED新型手术光源', 'LED', true],
    ['奥特斯CEO葛思迈', 'CEO', true],
    ['球员Messi进球', 'Messi', false],
    ['葛思迈(A.Gerstenmayer)', 'A.Gerstenmayer', false],
    ['TH000夺冠', 'TH000', false],
    ['A股上涨', 'A', false],
  ])('%s: %s is an acronym: %s', (text, name, expected) => {
    expect(isAcronym(text, ...at(text, name))).toBe(expected);
  });

  it('analyze() reports no acronym as a person', () => {
    const people = analyze('该公司专业生产高端手术医疗床和LED新型手术光源等手术室设备。').entitiesOf('person');
    expect(people.map((e) => e.name)).toEqual([]);
  });
});

describe('the model vetoes a rule body it reads as a place or a scene', () => {
  const text = '盖蒂中心是游客必去之处,鱼复工业园区在两江新区';
  const body = (name: string, source: 'rule' | 'model' = 'rule', type: 'organization' | 'government' = 'organization', priority = 2): Candidate => {
    const [start, end] = at(text, name);
    return { start, end, type, source, confidence: 0.7, priority };
  };
  const seen = (entries: [string, 'address' | 'other'][]) => new Map(entries.map(([name, type]) => [at(text, name).join(':'), type] as const));
  it.each<[string, Candidate, Map<string, 'address' | 'other'>, boolean]>([
    ['a rule body the model reads as a scene', body('盖蒂中心'), seen([['盖蒂中心', 'other']]), true],
    ['a rule body the model reads as an address', body('盖蒂中心'), seen([['盖蒂中心', 'address']]), true],
    ['a park the model reads as an address', body('鱼复工业园区'), seen([['鱼复工业园区', 'address']]), false],
    ['a park the model reads as a scene', body('鱼复工业园区'), seen([['鱼复工业园区', 'other']]), true],
    ['another span', body('盖蒂中心'), seen([['盖蒂', 'address']]), false],
    ['a model body', body('盖蒂中心', 'model'), seen([['盖蒂中心', 'other']]), false],
    ['a government pattern', body('盖蒂中心', 'rule', 'government'), seen([['盖蒂中心', 'other']]), false],
    // 入驻上海凌鹊卫星等8家企业: the list says its items are firms, whatever the model makes of one of them
    ['an item of a list closed by 等N家企业', body('盖蒂中心', 'rule', 'organization', 3), seen([['盖蒂中心', 'address']]), false],
  ])('%s: vetoed %s', (_, candidate, notBodies, expected) => {
    expect(isVetoedByModel(text, candidate, notBodies)).toBe(expected);
  });
});

describe('names without stray brackets', () => {
  it.each([
    ['葛思迈(A.Gerstenmayer)告诉', 'A.Gerstenmayer)', 'A.Gerstenmayer'],
    ['葛思迈(A.Gerstenmayer)告诉', '(A.Gerstenmayer', 'A.Gerstenmayer'],
    ['溯徕科技(上海)有限公司', '溯徕科技(上海)有限公司', '溯徕科技(上海)有限公司'],
    ['奥特斯(AT&S)在重庆', '奥特斯(AT&S)', '奥特斯(AT&S)'],
  ])('%s: %s → %s', (text, found, name) => {
    const [start, end] = withoutStrayBrackets(text, ...at(text, found));
    expect(text.slice(start, end)).toBe(name);
  });
});

describe('the jieba word at an edge', () => {
  // 上海|发布|(gap at 4)|公告: a gap where the segmenter gave nothing, and the end of the tokens at 7
  const tokens = [
    { start: 0, end: 2, pos: 'ns' },
    { start: 2, end: 4, pos: 'v' },
    { start: 5, end: 7, pos: 'n' },
  ];
  it.each([
    [2, 'ns'],
    [4, 'v'],
    [3, undefined], // inside 发布
    [5, undefined], // the gap's end: no word ends there
    [7, 'n'],
    [8, undefined], // past the last word
  ])('the word ending at %i is %s', (end, pos) => {
    expect(tokenEndingAt(tokens, end)?.pos).toBe(pos);
  });

  it.each([
    [0, 2, 'ns'],
    [0, 4, undefined], // two words
    [2, 3, undefined], // part of one
    [4, 5, undefined], // the gap
    [5, 7, 'n'],
  ])('the word spanning [%i, %i) is %s', (start, end, pos) => {
    expect(tokenSpanning(tokens, start, end)?.pos).toBe(pos);
  });

  it.each([
    [0, true],
    [1, false],
    [4, false], // the gap starts no word
    [5, true],
    [7, false],
  ])('a word starts at %i: %s', (position, expected) => {
    expect(tokenStartingAt(tokens, position) !== undefined).toBe(expected);
  });
});

describe('a person opening with a place word', () => {
  it.each<[string, [string, string][], boolean]>([
    ['黄河水', [['黄河', 'ns'], ['水', 'n']], true],
    ['黄河', [['黄河', 'ns']], true],
    ['黄石', [['黄', 'nr'], ['石', 'n']], false],
    ['王建国', [['王建国', 'nr']], false],
    ['京东', [['京', 'ns'], ['东', 'f']], false], // one character is a surname or an abbreviation as often as a place
  ])('%s is %s', (name, words, expected) => {
    expect(opensWithPlaceWord(tokensOf(words), 0, name.length)).toBe(expected);
  });
});
