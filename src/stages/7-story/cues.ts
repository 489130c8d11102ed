/**
 * The story stage's cue words as editable tables: tune the summary here rather than in the logic. Each table is
 * read as a set of literal strings (no regular expressions), matched longest first.
 */

/** Words that make a clause about cooperation: X与Y合作, 与X共建, X和Y签署 … */
export const COOPERATION_WORDS: readonly string[] = [
  '合作', '共建', '对接', '协同', '结对', '对口', '携手', '联手', '牵手', '协作', '联合', '联动', '共享', '共赢',
  '签约', '签署', '签订', '达成', '缔结', '结为', '友好城市', '共同', '互认', '互通', '一体化', '帮扶', '支援',
  '交流', '共商', '共推', '共创', '协议',
];

/** Verbs directly followed by the partner: 对接上海, 携手松江区, 对口支援新疆, 融入长三角. */
export const DIRECT_PARTNER_CUES: readonly string[] = [
  '对接', '携手', '联手', '牵手', '协同', '结对', '对口支援', '对口帮扶', '对口协作', '对口合作', '帮扶', '支援',
  '融入', '联合', '援建', '结对帮扶', '深化与', '加强与', '链接',
];

/** Characters allowed between a party and a direct cue after it: 上海市将对口支援喀什, 天津还携手… */
export const MAX_GAP_BEFORE_CUE = 2;

/** Conjunctions that join two parties of a cooperation: 上饶与松江区合作, 与上海共建. */
export const PARTY_CONJUNCTIONS: readonly string[] = ['与', '和', '同', '跟'];

/** Separators inside a list of parties or items: 松江区、徐汇区, 光伏和锂电. */
export const LIST_SEPARATORS: readonly string[] = ['、', '和', '及', '以及', '与', '同'];

/** Words allowed between two listed parties without ending the list: 上海市松江区、徐汇区等地. */
export const LIST_FILLERS: readonly string[] = ['等地', '等', '地区', '方面', '两地', '三地', '多地', '两省', '三省', '双方', '三方', '两市', '三省一市'];

/**
 * Endings of named platforms: centres, parks, alliances, enclaves. A platform is a name that ends in one of these
 * and has a proper-name part before it (a place, a Latin or numbered name, an organisation).
 */
export const PLATFORM_SUFFIXES: readonly string[] = [
  '协同创新中心', '创新协同中心', '科技合作产业园', '合作产业园', '产业园', '产业园区', '工业园', '工业园区',
  '科技园', '科创园', '创新园', '产业联盟', '创新联盟', '技术联盟', '联盟', '飞地', '科创飞地', '孵化器',
  '加速器', '孵化基地', '创新中心', '离岸创新中心', '科创中心', '研发中心', '转化中心', '合作区', '示范区',
  '先行区', '先导区', '实验区', '试验区', '产业基地', '合作基地', '共同体', '服务平台', '合作平台',
  '创新平台',
];

/** Words that end a platform name when read backwards (verbs jieba may tag as nouns). */
export const PLATFORM_NAME_STOPS: readonly string[] = [
  '建设', '打造', '建立', '成立', '组建', '设立', '入驻', '落户', '加入', '依托', '参与', '培育', '引导', '推进',
  '推动', '加快', '共建', '搭建', '签约', '启动', '揭牌', '运营', '位于', '开展', '通过', '作为', '的', '是',
];

/** Verbs that introduce a list of industries: 聚焦A、B等领域, 培育A产业, 推动A、B、C等重点产业. */
export const INDUSTRY_CUES: readonly string[] = [
  '聚焦', '培育', '推动', '发展', '壮大', '打造', '围绕', '布局', '深耕', '引进', '招引', '做强', '做大', '做优',
  '主攻', '瞄准', '涵盖', '覆盖', '涉及', '包括', '重点发展', '大力发展', '加快发展', '培育壮大', '发力',
];

/** Separators inside a list of industries (与/同 join parties more often than sectors: 同时, 与X合作). */
export const INDUSTRY_SEPARATORS: readonly string[] = ['、', '和', '及', '以及', '/'];

/** Heads that close a list of industries: …等产业, …等领域, …三大产业. */
export const INDUSTRY_HEADS: readonly string[] = ['产业集群', '产业链', '产业', '领域', '行业', '赛道'];

/** Qualifiers allowed between 等 and the head: 等重点产业, 等战略性新兴产业. */
export const INDUSTRY_QUALIFIERS: readonly string[] = [
  '重点', '新兴', '战略性新兴', '优势', '特色', '主导', '支柱', '未来', '传统', '现代', '高新技术', '先进',
  '前沿', '重点优势', '优势特色', '新兴产业和未来',
];

/** Endings of policy titles: 《…暂行办法》, 《…实施意见》, 《…发展规划》. Trailing (试行) etc. are ignored. */
export const POLICY_SUFFIXES: readonly string[] = [
  '办法', '意见', '规划', '方案', '条例', '规定', '通知', '决定', '纲要', '计划', '措施', '细则', '政策', '法',
  '指引', '指南', '行动', '协议', '备忘录', '规则', '清单', '框架', '若干规定', '实施意见', '指导意见',
];

/** Endings of quoted models and mechanisms: “飞地经济”模式, “1+M+N”体系. */
export const MECHANISM_HEADS: readonly string[] = ['模式', '机制', '体系'];
