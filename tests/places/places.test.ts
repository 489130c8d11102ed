import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import type { Entity } from '../../src/types.js';
import { misplacedSpans } from '../helpers.js';

const places = (text: string): Entity[] => analyze(text).entities.filter((e) => e.type === 'place');
/** `text→name code resolvedBy` for compact tables. */
const brief = (e: Entity): string => `${e.text}→${e.name} ${e.code} ${e.resolvedBy}`;

describe('places: same-named districts', () => {
  it.each([
    // explicit parent, full or short form
    ['南京市鼓楼区的企业', '鼓楼区→鼓楼区 320106 explicit-parent'],
    ['福州鼓楼区的企业', '鼓楼区→鼓楼区 350102 explicit-parent'],
    ['开封鼓楼区的企业', '鼓楼区→鼓楼区 410204 explicit-parent'],
    ['北京朝阳区的企业', '朝阳区→朝阳区 110105 explicit-parent'],
    ['长春市朝阳区的企业', '朝阳区→朝阳区 220104 explicit-parent'],
    ['天津市和平区与企业', '和平区→和平区 120101 explicit-parent'],
    ['沈阳市和平区与企业', '和平区→和平区 210102 explicit-parent'],
    ['宁波市江北区的港口', '江北区→江北区 330205 explicit-parent'],
    ['重庆江北区的港口', '江北区→江北区 500105 explicit-parent'],
    ['舟山市普陀区渔港', '普陀区→普陀区 330903 explicit-parent'],
    ['南昌市西湖区的街道', '西湖区→西湖区 360103 explicit-parent'],
    ['天津滨海-中关村科技园', '滨海→滨海新区 120116 explicit-parent'],
    ['兰州市城关区', '城关区→城关区 620102 explicit-parent'],
    ['拉萨城关区', '城关区→城关区 540102 explicit-parent'],
    ['深圳南山区', '南山区→南山区 440305 explicit-parent'],
    ['鹤岗市南山区', '南山区→南山区 230404 explicit-parent'],
    ['南通市通州区', '通州区→通州区 320612 explicit-parent'],
    // document context: the other places of the article
    ['长春一汽所在的朝阳区，是吉林省的老城区。', '朝阳区→朝阳区 220104 document-context'],
    ['鼓楼区位于江苏省徐州市北部。', '鼓楼区→鼓楼区 320302 document-context'],
    ['杭州市余杭区与西湖区合作。', '西湖区→西湖区 330106 document-context'],
    ['江北区在重庆。', '江北区→江北区 500105 document-context'],
    // a bare short form: the city, not its same-named county; the province, not a county far away
    ['长沙市政府与长沙县', '长沙→长沙市 430100 document-context'],
    ['河南广东两省公安', '河南→河南省 410000 prominence'],
    // prominence: nothing else to go on
    ['朝阳区发布通知。', '朝阳区→朝阳区 110105 prominence'],
    ['普陀区发布通知。', '普陀区→普陀区 310107 prominence'],
    ['通州区发布通知。', '通州区→通州区 110112 prominence'],
    ['南山区发布通知。', '南山区→南山区 440305 prominence'],
  ])('%s', (text, expected) => {
    expect(places(text).map(brief)).toContain(expected);
  });
});

describe('places: forms', () => {
  it.each([
    ['吉林长春', ['吉林→吉林省 220000 explicit-parent', '长春→长春市 220100 unique']],
    ['吉林市丰满区', ['吉林市→吉林市 220200 unique', '丰满区→丰满区 220211 unique']],
    ['吉林省出台政策', ['吉林省→吉林省 220000 unique']],
    ['吉林市丰满区的企业。吉林的发展。', ['吉林市→吉林市 220200 unique', '丰满区→丰满区 220211 unique', '吉林→吉林市 220200 document-context']],
    ['长春和延边州。吉林的发展。', ['长春→长春市 220100 unique', '延边州→延边朝鲜族自治州 222400 unique', '吉林→吉林省 220000 document-context']],
    ['吉林的发展', ['吉林→吉林省 220000 prominence']],
    // a county's short form that jieba tags as a plain word needs a related place in the article
    ['北京市发布通知。房山的农民增收。', ['北京市→北京市 110000 unique', '房山→房山区 110111 document-context']],
    ['房山的农民增收。', []],
    ['苏州常熟的企业', ['苏州→苏州市 320500 unique', '常熟→常熟市 320581 unique']],
    ['上饶与海宁合作', ['上饶→上饶市 361100 unique', '海宁→海宁市 330481 unique']],
    ['浙江海宁与上海松江', ['浙江→浙江省 330000 unique', '海宁→海宁市 330481 unique', '上海→上海市 310000 unique', '松江→松江区 310117 unique']],
    ['内蒙古、广西、新疆、西藏、宁夏', ['内蒙古→内蒙古自治区 150000 unique', '广西→广西壮族自治区 450000 unique', '新疆→新疆维吾尔自治区 650000 unique', '西藏→西藏自治区 540000 unique', '宁夏→宁夏回族自治区 640000 unique']],
    ['延边州和前郭县', ['延边州→延边朝鲜族自治州 222400 unique', '前郭县→前郭尔罗斯蒙古族自治县 220721 unique']],
    ['五大连池市的矿泉', ['五大连池市→五大连池市 231182 unique']],
    ['上饒市與松江區、廣州合作', ['上饒市→上饶市 361100 unique', '松江區→松江区 310117 unique', '廣州→广州市 440100 unique']],
    ['香港和澳门', ['香港→香港特别行政区 810000 unique', '澳门→澳门特别行政区 820000 unique']],
    ['臺北市與高雄合作', ['臺北市→台北市 null unique', '高雄→高雄市 null unique']],
    ['香港九龍和新界', ['香港→香港特别行政区 810000 unique', '九龍→九龙 null unique', '新界→新界 null unique']],
    ['金門縣', ['金門縣→金门县 350527 unique']],
    // former names in older articles: mergers and upgrades
    ['在邹平县进行农商行试点', ['邹平县→邹平市 371681 unique']],
    ['闸北区和江干区', ['闸北区→静安区 310106 unique', '江干区→上城区 330102 unique']],
    ['襄樊市和吴江市', ['襄樊市→襄阳市 420600 unique', '吴江市→吴江区 320509 unique']],
    // runs of one-character province abbreviations
    ['沪苏浙皖三省一市', ['沪→上海市 310000 unique', '苏→江苏省 320000 unique', '浙→浙江省 330000 unique', '皖→安徽省 340000 unique']],
    ['京冀两地合作', ['京→北京市 110000 unique', '冀→河北省 130000 unique']],
    ['云贵川等地', ['云→云南省 530000 unique', '贵→贵州省 520000 unique', '川→四川省 510000 unique']],
    ['京津冀和川渝', ['京津冀→京津冀 null unique', '川渝→川渝地区 null unique']],
    ['新青年的宁静，云计算', []],
  ])('%s', (text, expected) => {
    expect(places(text).map(brief)).toEqual(expected);
  });
});

describe('places: not places (cpca failures and ordinary words)', () => {
  it.each([
    ['中山大学的学生', []],
    ['大连湾海域', []],
    ['五大连池市', ['五大连池市']],
    ['前郭县', ['前郭尔罗斯蒙古族自治县']],
    ['长三角和三角洲', ['长三角']],
    ['合作共赢，和平发展', []],
    ['朱长岭说', []],
    ['环太湖地区', []],
    ['从三江源到崇明岛', []],
    ['城区常住人口', []],
    ['在吉林市场', []], // jieba cuts 吉林市/场: we skip 吉林市 rather than guess
    ['东盟与欧盟', []],
    ['资源整合', []],
    ['大城市和新城市', []],
    ['摩根大通等大银行', []],
    ['索维拉的老城区', []],
  ])('%s', (text, names) => {
    expect(places(text).map((e) => e.name)).toEqual(names);
  });
});

describe('places: macro-regions, zones, countries, towns', () => {
  it.each([
    ['长三角一体化', '长三角', null, 'macro-region', []],
    ['长江三角洲地区', '长三角', null, 'macro-region', []],
    ['珠三角', '珠三角', null, 'macro-region', []],
    ['京津冀协同发展', '京津冀', null, 'macro-region', []],
    ['粤港澳大湾区建设', '粤港澳大湾区', null, 'macro-region', []],
    ['成渝地区双城经济圈建设', '成渝地区双城经济圈', null, 'macro-region', []],
    ['长江经济带发展', '长江经济带', null, 'macro-region', []],
    ['中西部地区承接产业', '中西部地区', null, 'macro-region', []],
    ['两江新区的企业', '两江新区', null, 'zone', ['重庆市', '两江新区']],
    ['雄安新区建设', '雄安新区', null, 'zone', ['河北省', '保定市', '雄安新区']],
    ['深汕特别合作区', '深汕特别合作区', null, 'zone', ['广东省', '汕尾市', '深汕特别合作区']],
    ['临港新片区', '临港新片区', null, 'zone', ['上海市', '浦东新区', '临港新片区']],
    ['苏州高新区的企业', '苏州高新区', null, 'zone', ['江苏省', '苏州市', '虎丘区', '苏州高新区']],
    ['苏州工业园区', '苏州工业园区', null, 'zone', ['江苏省', '苏州市', '苏州工业园区']],
    ['上饶经开区的企业', '上饶经开区', null, 'zone', ['江西省', '上饶市', '上饶经开区']],
    ['美国和日本', '美国', null, 'country', ['美国']],
    ['上饶市广丰区洋口镇', '洋口镇', null, 'town', ['江西省', '上饶市', '广丰区', '洋口镇']],
  ])('%s → %s', (text, name, code, level, path) => {
    const found = places(text).find((e) => e.name === name);
    expect(found).toMatchObject({ name, code, level });
    if (path.length) expect(found?.path).toEqual(path);
  });

  it('reports a town only after its county or city', () => {
    expect(places('洋口镇的企业').map((e) => e.name)).toEqual([]);
    expect(places('景山街道').map((e) => e.name)).toEqual([]);
  });

  it.each([
    ['苏州高新区投资120亿。高新区重点项目开工', ['苏州高新区', '苏州高新区']],
    ['苏州高新区与上饶经开区。高新区和开发区', ['苏州高新区', '上饶经开区', '苏州高新区']],
    ['高新区重点项目开工', []],
  ])('reads a bare zone word as the article’s one zone of that kind: %s', (text, names) => {
    expect(places(text).map((e) => e.name)).toEqual(names);
  });

  it('does not read 建设示范区 after a city as a zone', () => {
    expect(places('在上饶建设示范区').map((e) => e.name)).toEqual(['上饶市']);
  });
});

describe('places: entity shape', () => {
  it('keeps offsets into the input, Traditional and pinyin-annotated text included', () => {
    const input = '上饒市與上海市松江區合作，進(jìn)入長三角';
    const found = places(input);
    expect(misplacedSpans(input, found)).toEqual([]);
    expect(found.map((e) => e.text)).toEqual(['上饒市', '上海市', '松江區', '長三角']);
    expect(found[2]).toMatchObject({ source: 'gazetteer', level: 'district', path: ['上海市', '松江区'] });
    for (const e of found) expect(e.confidence).toBeGreaterThan(0);
  });

  it('finishes on long runs of odd characters', () => {
    const odd = '镇乡街道区市县省'.repeat(12_500) + '上'.repeat(100_000);
    expect(places(odd)).toEqual([]);
  });
});
