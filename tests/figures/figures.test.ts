import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { misplacedSpans } from '../helpers.js';

const figures = (text: string, publishedAt?: string) => {
  const doc = analyze(text, publishedAt ? { publishedAt } : undefined);
  expect(misplacedSpans(doc.text, doc.figures)).toEqual([]);
  return doc.figures;
};

describe('doc.figures', () => {
  it.each([
    ['转化率达33.24%。', { text: '33.24%', kind: 'percent', value: 33.24, unit: '%', subject: '转化率' }],
    ['汽车产量占全国11%。', { text: '11%', kind: 'percent', value: 11, subject: '汽车产量' }],
    ['数据中心规模约占全国70%。', { text: '70%', kind: 'percent', value: 70, subject: '数据中心规模' }],
    ['出口额占全省总量的35%。', { text: '35%', kind: 'percent', value: 35, subject: '出口额' }],
    ['其中外资企业占比达到40%。', { text: '40%', kind: 'percent', value: 40, subject: '外资企业' }],
    ['全国约四成新能源汽车产自这里。', { text: '四成', kind: 'percent', value: 40, subject: '新能源汽车' }],
    ['增速为5%左右。', { text: '5%', kind: 'percent', value: 5, subject: '增速' }],
    ['规划年产上亿台苹果iPad平板电脑。', { kind: 'count', subject: '苹果iPad平板电脑' }],
    ['比去年提高2.2个百分点。', { text: '2.2个百分点', kind: 'percentage-points', value: 2.2, unit: 'pp' }],
    ['利润下降负40%。', { text: '负40%', kind: 'percent', value: -40 }],
    ['全国约五成企业参与。', { text: '五成', kind: 'percent', value: 50, approx: 'about' }],
    ['占比百分之五十。', { text: '百分之五十', kind: 'percent', value: 50 }],
    ['地区生产总值为53.9万亿元。', { text: '53.9万亿元', kind: 'money', value: 53900000000000, unit: 'CNY', subject: '地区生产总值' }],
    ['成交额约为2000万元。', { text: '2000万元', kind: 'money', value: 20000000, approx: 'about', subject: '成交额' }],
    ['募资16.4亿港元。', { text: '16.4亿港元', kind: 'money', value: 1640000000, unit: 'HKD' }],
    ['引进1000余名高端人才来创业。', { text: '1000余名', kind: 'count', value: 1000, unit: '名', approx: 'over', min: 1000, subject: '高端人才' }],
    ['入驻8家企业。', { text: '8家', kind: 'count', value: 8, unit: '家', subject: '企业' }],
    ['开展21项原创性颠覆性技术攻关项目。', { text: '21项', kind: 'count', value: 21, subject: '原创性颠覆性技术攻关项目' }],
    ['培育2家专精特新企业。', { text: '2家', kind: 'count', value: 2, subject: '专精特新企业' }],
    ['工厂占地180亩。', { text: '180亩', kind: 'measure', value: 180, unit: '亩' }],
    ['年产60万千升。', { text: '60万千升', kind: 'measure', value: 600000, unit: '千升' }],
    ['日产6200t/d熟料。', { text: '6200t/d', kind: 'measure', value: 6200, unit: 't/d' }],
    ['第六届拍卖会举行。', { text: '第六届', kind: 'ordinal', value: 6 }],
    ['展示用户15天血糖曲线。', { text: '15天', kind: 'duration', value: 15, unit: '天' }],
    ['十年间增长很快。', { text: '十年间', kind: 'duration', value: 10, unit: '年' }],
    ['2023年,经济增长。', { text: '2023年', kind: 'date', value: '2023' }],
    ['2025年上半年,经济增长。', { text: '2025年上半年', kind: 'date', value: '2025' }],
    ['2024年7月11日开幕。', { text: '2024年7月11日', kind: 'date', value: '2024-07-11' }],
    ['新签约10至20家企业。', { text: '10至20家', kind: 'range', min: 10, max: 20, unit: '家' }],
    ['每年招收3-5个学生。', { text: '3-5个', kind: 'range', min: 3, max: 5, unit: '个' }],
    ['增速20%—30%之间。', { text: '20%—30%', kind: 'range', min: 20, max: 30, unit: '%' }],
    ['来了两三个人。', { text: '两三个', kind: 'range', min: 2, max: 3, unit: '个' }],
    ['吸引十几家企业。', { text: '十几家', kind: 'range', min: 11, max: 19, unit: '家' }],
    ['投资10-20亿元。', { text: '10-20亿元', kind: 'range', min: 1000000000, max: 2000000000, unit: 'CNY' }],
    ['接近一吨货物。', { text: '一吨', kind: 'measure', value: 1, approx: 'nearly', max: 1 }],
    ['约2000万元。', { text: '2000万元', kind: 'money', value: 20000000, approx: 'about' }],
    ['吸引上千家企业。', { text: '千家', kind: 'count', value: 1000, approx: 'over', subject: '企业' }],
    ['近千名学生参加。', { text: '千名', kind: 'count', value: 1000, approx: 'nearly' }],
    ['约合人民币20亿元。', { text: '人民币20亿元', kind: 'money', value: 2000000000, unit: 'CNY', approx: 'about' }],
    ['签约33个项目。', { text: '33个', kind: 'count', value: 33, approx: null, subject: '项目' }],
    ['耗时2个多月。', { text: '2个多月', kind: 'duration', value: 2, unit: '月', approx: 'over' }],
    ['用时一个半小时。', { text: '一个半小时', kind: 'duration', value: 1.5, unit: '小时' }],
    ['今年1-6月,出口增长。', { text: '1-6月', kind: 'range', min: 1, max: 6, unit: '月' }],
    ['CPI同比上涨0.2%。', { text: '0.2%', kind: 'percent', value: 0.2, subject: 'CPI' }],
    ['GDP增速为百分之五点二。', { text: '百分之五点二', kind: 'percent', value: 5.2, subject: 'GDP增速' }],
    ['常住人口约800万人。', { text: '800万人', kind: 'count', value: 8000000, approx: 'about', subject: '常住人口' }],
    ['收入不足3万元。', { text: '3万元', kind: 'money', value: 30000, approx: 'under', max: 30000 }],
  ] as const)('%s', (text, want) => {
    expect(figures(text)).toContainEqual(expect.objectContaining(want));
  });

  it('reads both amounts of 2.97亿美元(约合20亿元人民币)', () => {
    const found = figures('投资为2.97亿美元(约合20亿元人民币)。');
    expect(found.map((f) => [f.text, f.value, f.unit, f.approx ?? null])).toEqual([
      ['2.97亿美元', 297000000, 'USD', null],
      ['20亿元人民币', 2000000000, 'CNY', 'about'],
    ]);
  });

  it('keeps a full-width comma after half-width digits as punctuation, also after characters outside the BMP', () => {
    const found = figures('𠮷价格$20，300美元。');
    expect(found.map((f) => [f.text, f.value, f.unit])).toEqual([
      ['$20', 20, 'USD'],
      ['300美元', 300, 'USD'],
    ]);
  });

  it('reads noun-first lists', () => {
    const found = figures('设立人才工作站19家、人才飞地15个,成效明显。');
    expect(found.map((f) => [f.text, f.subject])).toEqual([
      ['19家', '人才工作站'],
      ['15个', '人才飞地'],
    ]);
  });

  it('resolves dates without a year against the publication date', () => {
    const found = figures('7月4日,记者来到上饶。', '2024-07-11');
    expect(found[0]).toMatchObject({ kind: 'date', text: '7月4日', value: '2024-07-04' });
    expect(figures('自去年8月起实施。', '2011-04-25')[0]).toMatchObject({ text: '8月', value: '2010-08' });
    expect(figures('今年12月完工。', '2024-01-05')[0]).toMatchObject({ text: '12月', value: '2024-12' });
  });

  it.each(['长三角G60科创走廊', '5G基站', '4K内窥镜', '“1+M+N”体系', '十四五规划', '一带一路', '一方面', '一系列', '第一时间', '电话13912345678', '支持4K', '零部件厂商', '党的二十届三中全会', '二三线城市', '访问https://a.cn/30%25'])(
    'finds no figure in %s',
    (text) => {
      expect(figures(text)).toEqual([]);
    },
  );
});
