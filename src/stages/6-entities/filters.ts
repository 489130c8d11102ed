/**
 * Guards against names that are not names: a company that is only a place (上海), a place plus a generic noun
 * (上海企业), or a generic word (企业, 集团); and, for rule-built items, the demand that something in them is a
 * proper noun (an unknown word, a person or place name, Latin letters) so 光伏、新能源汽车等企业 lists nothing.
 */
import { isAsciiDigit, isAsciiLetter, isHan } from '../../doc/characters.js';
import { firstEndingAfter } from '../../doc/range-search.js';
import { SURE_RULE, type Candidate, type EntityContext } from './candidate.js';
import type { ModelType } from './labels.js';
import { tokenEndingAt, tokenIndexAt, tokenSpanning, tokenStartingAt } from './tokens.js';

/** Words that name a kind of body, not a body. */
const GENERIC = new Set([
  '企业', '公司', '集团', '银行', '工厂', '厂商', '政府', '机构', '单位', '部门', '中心', '协会', '联盟', '大学', '高校', '学校',
  '医院', '研究院', '研究所', '实验室', '园区', '产业园', '基地', '平台', '项目', '市场', '地区', '当地', '本地', '地方',
  '该公司', '本公司', '该企业', '该院', '该中心', '我国', '全国', '国家', '国内', '国际', '海外', '外资', '民营', '国有', '央企',
  '国企', '外企', '民企', '龙头企业', '上市公司', '子公司', '总部', '分公司', '办事处', '当地政府', '地方政府', '市政府',
  '省政府', '县政府', '区政府', '党委', '政协', '人大', '委员会', '管委会', '研发中心', '工作专班', '领导小组',
  '市委', '省委', '县委', '区委', '市直机关', '机关', '城市', '交通', '民生', '供应商', '厂家', '客户',
  // industries: 光伏新能源 names a sector, not a firm
  '光伏', '锂电', '锂电池', '储能', '风电', '核电', '氢能', '新能源汽车', '集成电路', '芯片', '生物医药', '医疗器械',
  '人工智能', '智能制造', '电子信息', '数字经济', '低空经济', '互联网', '物联网', '大数据', '云计算', '区块链', '纺织',
  '服装', '家具', '建材', '电商', '文旅', '农业', '制造', '科创', '产业', '行业', '高新技术', '新兴产业', '工程机械',
]);

/** Governments of a level, named without their place: the article's own (市政府, 地方政府). */
const LEVEL_GOVERNMENTS = new Set(['市政府', '省政府', '县政府', '区政府', '地方政府']);

/** POS tags of proper nouns and of words jieba does not know (x), which is how unseen names usually look. */
const PROPER = new Set(['x', 'nz', 'nr', 'nrt', 'nrfg', 'ns', 'nt', 'eng', 'j']);

/** POS tags of one-character tokens that, two in a row, mark an unknown word. */
const SINGLE_NOUNS = new Set(['n', 'ng', 'zg', 'nr', 'a', 'ag', 'b', 'g', 't', 'tg', 'j']);

/**
 * Whether text[start, end) is only a place, places plus a generic noun, a generic word, or a sector plus a
 * company ending (光伏新能源). With `type` government, a place and a generic body (武汉市政协) is a body, not generic;
 * so is a bank named after a place or a sector (南京银行, 长沙市商业银行, 交通银行).
 *
 * @example
 * isPlaceOrGeneric(context, '上海企业', 0, 4) // true
 * isPlaceOrGeneric(context, '晶科能源', 0, 4) // false
 * isPlaceOrGeneric(context, '民生银行', 0, 4) // false
 */
export function isPlaceOrGeneric(context: EntityContext, start: number, end: number, type?: string): boolean {
  const { text, lexicons, placeEnds } = context;
  let at = start;
  for (;;) {
    const known = placeEnds.get(at);
    const next = Math.max(known !== undefined && known <= end ? known : at, lexiconPlaceEnd(context, at, end));
    if (next === at) break;
    at = next;
    if (text.startsWith('地区', at) && at + 2 <= end) at += 2; // 长三角地区
  }
  if (at === end) return true;
  // a place and a generic body is a particular body: 武汉市政协, 房山政府, 南京银行, a city's 长沙市商业银行
  if (at > start && (type === 'government' || text.startsWith('银行', at) || text.startsWith('商业银行', at))) return false;
  const rest = text.slice(at, end);
  // 市政府出台…: a level's government standing alone names the one the article is about (CLUENER labels them)
  if (GENERIC.has(rest)) return !(type === 'government' && at === start && LEVEL_GOVERNMENTS.has(rest));
  // a sector and an industry ending (光伏新能源); a place and an ending alone (上海电气) may well be a firm
  const ending = lexicons.suffixes.longestEndingAt(text, end, at + 1);
  if (ending === null || ending.kind !== 0) return false;
  const before = text.slice(at, ending.start);
  // banks take sector names (交通银行, 民生银行, 农业银行); only kinds of banks are generic (外资银行)
  return text.startsWith('银行', ending.start) ? BANK_KINDS.has(before) : GENERIC.has(before);
}

/** First letters of jieba's tags for adjectives, verbs, adverbs, conjunctions, prepositions, pronouns, particles. */
const NOT_PLACE_POS = new Set(['a', 'v', 'd', 'c', 'p', 'r', 'u']);

/**
 * Where the place lexicon's longest name at `at` (ending by `end`) ends, or `at` when there is none — or when it
 * is one word jieba reads as an adjective, verb or function word (平安/a of 平安集团, 比如/v): those short forms of
 * 平安区 and 比如县 are places only where stage 5 found them.
 *
 * @example
 * lexiconPlaceEnd(context, 0, 5) // 2 for 上饶 of 上饶市科技局, 0 for 平安 of 平安集团
 */
export function lexiconPlaceEnd(context: EntityContext, at: number, end: number): number {
  const m = context.lexicons.places.longestAt(context.text, at, end);
  if (m === null) return at;
  const word = tokenSpanning(context.tokens, at, m.end);
  return word !== undefined && NOT_PLACE_POS.has(word.pos[0]) ? at : m.end;
}

/** What makes 银行 a kind of bank rather than a bank's name. */
const BANK_KINDS = new Set(['外资', '中资', '国内', '国外', '海外', '国有', '民营', '商业', '地方', '当地', '各大', '各家', '大型', '中小', '村镇', '政策性', '该', '本']);

/**
 * Whether text[start, end) has a proper-noun token, Latin letters, or a stage-5 place in it.
 *
 * @example
 * looksLikeProperName(context, 0, 6) // true for 江西金丰药业 (江西/ns), false for 新能源汽车
 */
export function looksLikeProperName(context: EntityContext, start: number, end: number): boolean {
  const { text, tokens, placeEnds } = context;
  for (let i = start; i < end; i++) {
    if (isAsciiLetter(text.charCodeAt(i))) return true;
    if (placeEnds.has(i)) return true;
  }
  let singles = 0;
  for (let k = tokenIndexAt(tokens, start); k < tokens.length && tokens[k].start < end; k++) {
    const tok = tokens[k];
    if (PROPER.has(tok.pos)) return true;
    // two one-character nouns in a row: jieba falling apart on a word it does not know (成/n 曜/zg)
    singles = tok.end - tok.start === 1 && SINGLE_NOUNS.has(tok.pos) ? singles + 1 : 0;
    if (singles === 2) return true;
  }
  return false;
}

/**
 * Whether text[start, end) is one common word of at most two characters (交通/n, 民生/n): too little for a name
 * when the model alone proposes it.
 *
 * @example
 * isShortCommonWord(context, 0, 2) // true for 交通
 */
export function isShortCommonWord(context: EntityContext, start: number, end: number): boolean {
  if (end - start > 2) return false;
  const tok = tokenSpanning(context.tokens, start, end);
  return tok !== undefined && !PROPER.has(tok.pos) && tok.pos !== 'eng';
}

/** Whether `char` is one character of `chars` ('' is none: String.includes('') is always true). */
function oneOf(chars: string, char: string): boolean {
  return char.length === 1 && chars.includes(char);
}

/** Numerals of a "the N big …" phrase (五大发电集团, 四大银行). */
const COUNTS = '两二三四五六七八九十百';

/**
 * Whether text[start, end) opens with a point of an enumeration (一是, 三是, 其二是): no name does; the model sometimes
 * runs one into the name after it (三是新能源).
 *
 * @example
 * startsWithEnumeration('三是新能源', 0) // true
 */
export function startsWithEnumeration(text: string, start: number): boolean {
  const at = text[start] === '其' ? start + 1 : start;
  return (oneOf(COUNTS, text.charAt(at)) || text[at] === '一') && text[at + 1] === '是';
}

/** Measure words of a counted noun phrase (3家专业研究所, 两个中心). */
const CLASSIFIERS = '家个所座批项';

/**
 * Whether text[start, end) names bodies by count rather than a body: 五大发电集团, 四大银行, 大发电集团 or 发电集团
 * cut out of one, 家专业研究所 cut out of 3家专业研究所, or a phrase holding a count (建设97家专业研究所).
 *
 * @example
 * isCountedClass('中央企业中五大发电集团', 6, 11) // true: 大发电集团 after 五
 */
export function isCountedClass(text: string, start: number, end: number): boolean {
  if (end - start < 2) return false;
  const before = start > 0 ? text[start - 1] : '';
  const afterNumeral = isAsciiDigit(text.charCodeAt(start - 1)) || oneOf(COUNTS, before) || oneOf('一几多余千万', before);
  if (text[start] === '大') return oneOf(COUNTS, before);
  if (before === '大' && start >= 2 && oneOf(COUNTS, text[start - 2])) return true; // 发电集团 after 五大
  if (oneOf(CLASSIFIERS, text[start]) && afterNumeral) return true;
  if (oneOf(COUNTS, text[start]) && text[start + 1] === '大') return true;
  // a count inside: 布局建设97家专业研究所 is a phrase about institutes, 南京另一家银行 about some bank
  for (let i = start + 1; i < end - 1; i++) {
    if (oneOf(CLASSIFIERS, text[i]) && (isAsciiDigit(text.charCodeAt(i - 1)) || text[i - 1] === '一')) return true;
  }
  return false;
}

/**
 * Words with a body's ending that name no body, and end longer words as safely (经济布局, 英超主队, 国际会议中心):
 * 局 that is no bureau (国家发展大局); 队 of a home or away side; 中心 of a venue (places in CLUENER's labels, which
 * do count 荷兰球队 and 德军部队 as bodies); 部分 (a part: 渝北区部分).
 */
const NOT_BODY_ENDINGS = [
  '布局', '大局', '格局', '结局', '开局', '变局', '僵局', '骗局', '残局', '困局', '破局', '棋局', '赌局', '饭局',
  '主队', '客队', '市中心', '会议中心', '会展中心', '购物中心', '展览中心', '部分',
];
/** Such words only as whole words: 全局 and 时局 (not 安全局), and the verbs of 队 (带队, 离队). */
const NOT_BODY_WORDS = new Set(['全局', '时局', '带队', '离队', '组队', '归队', '入队', '排队', '列队', '梯队']);

/**
 * Whether the name ending at `end` ends in a word like 布局, 主队 or 会议中心, whose ending names no body.
 *
 * @example
 * endsInNonBody(context, 6) // true for 区域经济布局 (区域/n 经济布局/n)
 */
export function endsInNonBody(context: EntityContext, end: number): boolean {
  const { text, tokens } = context;
  const tok = tokenEndingAt(tokens, end);
  if (tok === undefined) return false;
  const word = text.slice(tok.start, tok.end);
  if (NOT_BODY_WORDS.has(word) || NOT_BODY_ENDINGS.some((w) => word.endsWith(w))) return true;
  // an ending jieba cuts in two (阿纳海姆|会议|中心) counts when it starts on a word boundary
  return NOT_BODY_ENDINGS.some((w) => w.length > word.length && text.endsWith(w, end) && tokenStartingAt(tokens, end - w.length) !== undefined);
}

/**
 * Whether text[start, end) is exactly one word of three characters or more that jieba tags as a common noun
 * (热电厂/n, 信托公司/n): a kind of firm. In CLUENER2020's training labels 0.4% of companies look like that.
 *
 * @example
 * isOneCommonNoun(context, 0, 3) // true for 热电厂
 */
export function isOneCommonNoun(context: EntityContext, start: number, end: number): boolean {
  if (end - start < 3) return false; // 网易/n, 育碧/n: short brands jieba knows as nouns
  return tokenSpanning(context.tokens, start, end)?.pos === 'n';
}

/**
 * Whether text[start, end) is Latin right after 型: a type designation (N型TOPCon, P型PERC), not a name. No
 * company, organisation, government body or person of CLUENER2020's training labels follows 型.
 *
 * @example
 * isTypeDesignation('基于N型TOPCon的电池', 4, 10) // true
 */
export function isTypeDesignation(text: string, start: number, end: number): boolean {
  if (start === 0 || text[start - 1] !== '型') return false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!isAsciiLetter(c) && !isAsciiDigit(c) && c !== 0x2d) return false;
  }
  return true;
}

/**
 * Whether text[start, end) is a digit and a capital letter (4K of 4K荧光内窥镜, 5G, 3D): a technical standard, not
 * a name (CLUENER2020's training labels hold three such names, 4K and the game studios 2K and 3DO among them).
 *
 * @example
 * isStandardCode('4K荧光内窥镜', 0, 2) // true
 */
export function isStandardCode(text: string, start: number, end: number): boolean {
  if (end - start !== 2 || !isAsciiDigit(text.charCodeAt(start))) return false;
  const c = text.charCodeAt(start + 1);
  return c >= 0x41 && c <= 0x5a;
}

/**
 * Whether text[start, end) is one character outside a list of one-character items: a body's name of one character
 * is an abbreviation in such a list (工、农、中、建: CLUENER2020's 17 training companies of one character all are),
 * while 布 of 谋长远、布全局 is a verb after a list of phrases.
 *
 * @example
 * isLoneCharacter('谋长远、布全局', 4, 5) // true
 * isLoneCharacter('工、农、中、建四大行', 6, 7) // false
 */
export function isLoneCharacter(text: string, start: number, end: number): boolean {
  if (end - start !== 1) return false;
  // an item's other side: a list's separator, the text's edge or no Han character
  const edge = (i: number) => i < 0 || i >= text.length || text[i] === '、' || !isHan(text.charCodeAt(i));
  const afterItem = text[start - 1] === '、' && edge(start - 3);
  const beforeItem = text[end] === '、' && edge(end + 2);
  return !afterItem && !beforeItem;
}

/**
 * Whether text[start, end) is a product name written in camel case from a lower-case letter (iPhone, iPad, eBay):
 * none of CLUENER2020's 3,661 training names is.
 *
 * @example
 * isProductName('苹果的iPhone和iPad', 3, 9) // true
 */
export function isProductName(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  if (!(first >= 0x61 && first <= 0x7a)) return false;
  let upper = false;
  for (let i = start + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!isAsciiLetter(c)) return false;
    if (c <= 0x5a) upper = true;
  }
  return upper;
}

/**
 * Whether text[start, end) is written in capital Latin letters only (LED, CEO, GDP): an acronym, which Chinese
 * news writes for things, offices and bodies, and a person's romanised name never is. (Of CLUENER2020's training
 * names 17 of 3,373 are, nearly all gamers' handles or BBC.)
 *
 * @example
 * isAcronym('LED新型手术光源', 0, 3) // true
 */
export function isAcronym(text: string, start: number, end: number): boolean {
  if (end - start < 2) return false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x41 || c > 0x5a) return false;
  }
  return true;
}

/**
 * Whether text[start, end) shares characters with a place stage 5 found (雄安 of 雄安新区, 川渝跨 over 川渝): a
 * person's name is never part of a place name nor runs into one. Places are in order and do not overlap.
 *
 * @example
 * overlapsPlace(context, 15, 17) // true when a place 雄安新区 starts at 15
 */
export function overlapsPlace(context: EntityContext, start: number, end: number): boolean {
  const { places } = context;
  const k = firstEndingAfter(places, start);
  return k < places.length && places[k].start < end;
}

/**
 * Whether a name ending at `end` stops inside one of jieba's words (农村居 of 农村居民): the model's unsure spans that
 * do are mostly wrong — on the three folds of CLUENER2020's training split, of those below confidence 0.5, 40 were
 * right and 99 wrong. Not when the word runs on by one character that jieba glues onto a name it does not know, a
 * verb of saying or a particle (周奕说/x, 郭菲称/x, 九鱼的/x): of the people dropped, 19 of 22 right ones were so.
 *
 * @example
 * endsInsideWord(context, 3) // true for 农村居民人均收入 (农村居民/nr); false for 周奕 of 周奕说。
 */
export function endsInsideWord(context: EntityContext, end: number): boolean {
  const tok = context.tokens[tokenIndexAt(context.tokens, end - 1)];
  if (tok === undefined || tok.start >= end || tok.end <= end) return false;
  return !(tok.end === end + 1 && tok.pos === 'x' && GLUED_AFTER_NAMES.includes(context.text[end]));
}

/** One-character verbs and particles jieba glues onto the end of a name it does not know (周奕说, 郭庆祥告). */
const GLUED_AFTER_NAMES = '说称问诉告道的在以用对成共当算难';

/**
 * Whether text[start, end) is a name of three or four characters that opens with a surname and holds the places
 * overlapping it (胡金华, 蒋玉林, 张江舟): stage 5 then read the given name, or the surname and the given name's first
 * character, as a city or district.
 *
 * @example
 * isNameAroundPlace(context, 4, 7) // true for 胡金华 of 本报记者胡金华上海报道 with 金华 found as a place
 */
export function isNameAroundPlace(context: EntityContext, start: number, end: number): boolean {
  const { text, places, lexicons } = context;
  if (end - start < 3 || end - start > 4 || lexicons.surnames.longestAt(text, start, end) === null) return false;
  for (let k = firstEndingAfter(places, start); k < places.length && places[k].start < end; k++) {
    if (places[k].start < start || places[k].end > end) return false;
  }
  return true;
}

/**
 * Whether text[start, end) opens with a word of two or more characters that jieba's dictionary tags as a place (黄河/ns
 * of 黄河水, 古罗马/ns): the model then often reads a river, region or ancient state as a person.
 *
 * @example
 * opensWithPlaceWord(tokens, 0, 3) // true for 黄河水 (黄河/ns 水/n)
 */
export function opensWithPlaceWord(tokens: EntityContext['tokens'], start: number, end: number): boolean {
  const tok = tokenStartingAt(tokens, start);
  return tok !== undefined && tok.end <= end && tok.end - tok.start >= 2 && tok.pos === 'ns';
}

/**
 * Where a person's name found at [start, end) ends: without a glued 说 (吴锦说 → 吴锦). No name in the training
 * data ends in 说; jieba glues it to a name it does not know.
 *
 * @example
 * nameEnd('吴锦说，', 0, 3) // 2
 */
export function nameEnd(text: string, start: number, end: number): number {
  return text[end - 1] === '说' && end - start > 2 ? end - 1 : end;
}

/** Longest person name checked against the firms' names (Chinese names are 2–4 characters). */
const LONGEST_CHECKED_NAME = 4;

/**
 * Every 2–4-character stretch of the given firm names: a "person" that is one of them was read out of a firm's
 * name (协鑫光 of 协鑫光伏). Linear in the names' length.
 *
 * @example
 * firmNameParts(['苏州协鑫光伏科技有限公司']).has('协鑫光') // true
 */
export function firmNameParts(names: Iterable<string>): Set<string> {
  const parts = new Set<string>();
  for (const name of names) {
    for (let i = 0; i < name.length; i++) {
      for (let n = 2; n <= LONGEST_CHECKED_NAME && i + n <= name.length; n++) parts.add(name.slice(i, i + n));
    }
  }
  return parts;
}

/**
 * Whether the model reads a rule's body, to the character, as a place or a scene or work (盖蒂博物馆, 华贸中心 are
 * CLUENER's scenes and addresses): the model learned those from labelled news, the rule only saw an ending.
 * Government patterns know their type and stand; so do the items of a list closed by 等N家企业 and names with a
 * legal form around a bracket (the list or the form says what they are), and parks (鱼复工业园区): CLUENER files
 * parks under addresses, but in regional-cooperation news a park is a body that signs, hosts and is built.
 * `notBodies` maps "start:end" of the model's address and other spans to their type.
 *
 * @example
 * isVetoedByModel(text, ruleCandidate, new Map([['3:8', 'other']])) // true for a rule body at 3–8
 */
export function isVetoedByModel(text: string, c: Candidate, notBodies: ReadonlyMap<string, ModelType>): boolean {
  if (c.source !== 'rule' || c.type === 'government' || c.priority >= SURE_RULE) return false;
  const seen = notBodies.get(`${c.start}:${c.end}`);
  if (seen === undefined) return false;
  return !(seen === 'address' && (text.endsWith('园', c.end) || text.endsWith('园区', c.end)));
}

/**
 * [start, end) without a bracket at an edge that has no partner inside: the model may take the ')' after a Latin
 * name in brackets (A.Gerstenmayer) of 葛思迈(A.Gerstenmayer)) or a '(' before it.
 *
 * @example
 * withoutStrayBrackets('葛思迈(A.Gerstenmayer)', 4, 19) // [4, 18]
 */
export function withoutStrayBrackets(text: string, start: number, end: number): [number, number] {
  let opens = 0;
  let closes = 0;
  for (let i = start; i < end; i++) {
    if (text[i] === '(') opens++;
    else if (text[i] === ')') closes++;
  }
  if (end - start > 1 && text[end - 1] === ')' && closes > opens) end--;
  if (end - start > 1 && text[start] === '(' && opens > closes) start++;
  return [start, end];
}
