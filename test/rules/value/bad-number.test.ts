import { badNumber } from '../../../src/core/engine/rules/value/bad-number';
import { ruleTester, spec, valueCell, withRow } from '../../helpers/rule-tester';

const quantity = (value: string) => withRow({ l2: '数量指标', l3: '软件维护次数', desc: '软件维护次数', value });
const quality = (value: string) => withRow({ l2: '质量指标', l3: '运维服务质量', desc: '运维服务质量', value });
const satisfaction = (value: string) => withRow({ l2: '服务对象满意度指标', l3: '单位干警满意度', desc: '检察干警满意度', value });

ruleTester(badNumber, {
  valid: [
    spec(),
    { name: 'thousands separators', spec: quantity('≥1,000份') },
    {
      name: 'split: a date in the number column is a deadline, as ≤2025.12.31 in one cell (was an unreadable number)',
      spec: spec({
        rows: [
          { l1: '产出指标', l2: '时效指标', l3: '完成时间', sign: '≤', value: '2025.12.31', unit: '' },
          { l2: '质量指标', l3: '设备完好率', sign: '≥', value: '95', unit: '%' },
        ],
      }),
    },
    { name: 'decimals', spec: quantity('≥2.5次') },
    { name: '共同推进 and 每人一册: a lead word with no count after it stays text', spec: quantity('共同推进') },
    { name: 'a date with dots is no malformed number', spec: withRow({ l2: '时效指标', l3: '完成时间', desc: '完成时间', value: '2025.12.31' }) },
    { name: 'full-width digits read fine', spec: quantity('≥２０次') },
    { name: '百分百 is value/malformed-unit’s finding', spec: satisfaction('百分百') },
    { name: 'digits inside a text', spec: quality('11月底之前') },
    // A grade is named in Chinese (二级资质, 三星级): compared as a grade, as ≥良好 is (was: write ≥2级).
    { name: '≥二级: a grade’s name, not a number of grades', spec: withRow({ l2: '质量指标', l3: '施工单位资质等级', desc: '施工单位资质等级', value: '≥二级' }) },
    { name: '二级及以上', spec: withRow({ l2: '质量指标', l3: '施工单位资质等级', desc: '施工单位资质等级', value: '二级及以上' }) },
    { name: '≥三星级', spec: withRow({ l2: '质量指标', l3: '酒店评定等级', desc: '酒店评定等级', value: '≥三星级' }) },
  ],
  invalid: [
    {
      name: 'a letter O for a zero',
      spec: quantity('≥2O次'),
      errors: [{ messageId: 'badNumber', cell: valueCell(0), suggestion: '≥20次', severity: 'error' }],
    },
    { name: 'a doubled decimal point, sign inferred', spec: quality('9..5'), errors: [{ messageId: 'badNumber', cell: valueCell(1), suggestion: '≥9.5' }] },
    { name: 'a Chinese full stop as decimal point', spec: satisfaction('≥9。5%'), errors: [{ messageId: 'badNumber', suggestion: '≥9.5%' }] },
    { name: 'a letter l for a one', spec: quantity('≥1l0次'), errors: [{ messageId: 'badNumber', suggestion: '≥110次' }] },
    { name: 'bad grouping cannot be repaired', spec: quantity('≥1,2次'), errors: [{ messageId: 'badNumberNoFix', cell: valueCell(0), suggestion: null }] },
    {
      name: 'a Chinese numeral with its decimal point (二十六点五): read, a warning (was not a number)',
      spec: withRow({ l2: '成本指标', l3: '项目总成本', desc: '项目总成本', value: '≤二十六点五万元' }),
      errors: [{ messageId: 'chineseNumeral', cell: valueCell(3), suggestion: '≤26.5万元', severity: 'warning' }],
    },
    { name: '九十五点五 per cent', spec: satisfaction('≥九十五点五%'), errors: [{ messageId: 'chineseNumeral', cell: valueCell(5), suggestion: '≥95.5%', severity: 'warning' }] },
    // 国家林业局's 样例 wrote `各 1 次`; `各一次` is the same count in a Chinese numeral (was: "没有写明数量").
    { name: 'a Chinese numeral after a lead word (各一次): the fix keeps 各', spec: quantity('各一次'), errors: [{ messageId: 'chineseNumeral', cell: valueCell(0), suggestion: '各≥1次', severity: 'warning' }] },
    { name: '每年两次', spec: quantity('每年两次'), errors: [{ messageId: 'chineseNumeral', cell: valueCell(0), suggestion: '每年≥2次', severity: 'warning' }] },
    { name: '共计 before a numeral is one lead, not 共 and 计', spec: quantity('共计十二次'), errors: [{ messageId: 'chineseNumeral', cell: valueCell(0), suggestion: '共计≥12次', severity: 'warning' }] },
    { name: '五点 is five points (监测点), not a decimal', spec: quantity('≥五点'), errors: [{ messageId: 'chineseNumeral', cell: valueCell(0), suggestion: '≥5点', severity: 'warning' }] },
    {
      name: 'Chinese numerals: readable, a warning',
      spec: quantity('≥两次'),
      errors: [{ messageId: 'chineseNumeral', cell: valueCell(0), suggestion: '≥2次', severity: 'warning' }],
    },
    {
      name: 'split: the number cell alone is repaired',
      spec: spec({ rows: [{ l1: '产出指标', l2: '数量指标', l3: '软件维护次数', sign: '≥', value: '2O', unit: '次' }] }),
      errors: [{ messageId: 'badNumber', cell: valueCell(0), suggestion: '20' }],
    },
  ],
});
