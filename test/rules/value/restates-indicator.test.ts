import { restatesIndicator } from '../../../src/core/engine/rules/value/restates-indicator';
import { ruleTester, spec, valueCell, withRow } from '../../helpers/rule-tester';

const benefit = (l3: string, desc: string, value: string) => withRow({ l2: '社会效益指标', l3, desc, value });

ruleTester(restatesIndicator, {
  valid: [
    spec(),
    { name: 'seed table 6: similar but not equal', spec: benefit('保障网络安全性', '保障网络安全性', '保障网络安全') },
    { name: 'seed table 6: a different text', spec: benefit('网络符合商用密码安全性评估', '网络符合商用密码安全性评估要求', '提高商用密码安全性') },
    { name: 'seed table 1', spec: benefit('保障办案正常进行', '保障办案正常进行', '促进依法治区') },
    { name: 'a number equal to the name is not text', spec: benefit('100%', '100%', '100%') },
    { name: 'empty name and value', spec: benefit('', '', '') },
  ],
  invalid: [
    {
      name: 'seed table 3: three times the same',
      spec: benefit('提高法律监督水平', '提高法律监督水平', '提高法律监督水平'),
      errors: [{ messageId: 'name', cell: valueCell(4), suggestion: null, severity: 'warning' }],
    },
    { name: 'seed table 4', spec: benefit('提高网络安全性', '提高网络安全性', '提高网络安全性'), errors: [{ messageId: 'name' }] },
    {
      name: 'seed table 5',
      spec: withRow({ l2: '可持续影响指标', l3: '业务工作保障建立长效机制', desc: '业务工作保障建立长效机制', value: '业务工作保障建立长效机制' }),
      errors: [{ messageId: 'name' }],
    },
    {
      name: 'seed table 7: the description repeated',
      spec: benefit('困难群众生活状况改善情况', '通过拨付救助金额改善群众生活', '通过拨付救助金额改善群众生活'),
      errors: [{ messageId: 'description', cell: valueCell(4) }],
    },
    { name: 'equal after spaces and punctuation', spec: benefit('提高法律监督水平', '', ' 提高法律 监督水平。'), errors: [{ messageId: 'name' }] },
  ],
});
