import { placeholderText } from '../../../src/core/engine/rules/content/placeholder-text';
import { ruleTester, spec, withRow } from '../../helpers/rule-tester';

ruleTester(placeholderText, {
  valid: [
    spec(),
    { name: '无 inside a name', spec: withRow({ l3: '书籍报刊无破损、缺页', value: '0%' }) },
    { name: 'a description of / may mean none needed', spec: withRow({ l3: '次数', desc: '/', value: '≥1次' }) },
    { name: 'values are the value rules’', spec: withRow({ l3: '次数', value: 'XX次' }) },
    { name: '社会成本指标 | 无 | 无: the 二级 does not apply (value/placeholder notes it)', spec: withRow({ l1: '成本指标', l2: '社会成本指标', l3: '无', value: '无' }) },
    { name: '生态效益指标 | / | (blank): the 二级 does not apply', spec: withRow({ l1: '效益指标', l2: '生态效益指标', l3: '/', value: '' }) },
    { name: 'goals are placeholder-goal’s', spec: spec({ goals: 'XXX' }) },
    { name: 'Latin words', spec: spec({ use: '用于XXL-Job调度平台运维' }) },
  ],
  invalid: [
    { name: 'XX in the project name', spec: spec({ project: 'XX项目-2025中央' }), errors: [{ messageId: 'projectName', cell: 'B3', severity: 'warning' }] },
    { name: 'a project name of 无', spec: spec({ project: '无' }), errors: [{ messageId: 'projectName', cell: 'B3' }] },
    { name: '待定 in the use of funds', spec: spec({ use: '待定' }), errors: [{ messageId: 'use', cell: 'B5' }] },
    { name: 'a 三级 name of /', spec: withRow({ l3: '/', value: '≥1次' }), errors: [{ messageId: 'level3', cell: 'C8' }] },
    { name: 'the form’s slot `指标2：` given a target: the name is not written yet', spec: withRow({ l3: '指标2：', value: '≥90%' }), errors: [{ messageId: 'level3', cell: 'C8' }] },
    { name: '社会成本指标 | 无 with a target: the name is a placeholder', spec: withRow({ l1: '成本指标', l2: '社会成本指标', l3: '无', value: '≥5人' }), errors: [{ messageId: 'level3', cell: 'C8' }] },
    { name: 'an instruction in a description', spec: withRow({ l3: '次数', desc: '请输入指标描述', value: '≥1次' }), errors: [{ messageId: 'description', cell: 'D8' }] },
    { name: 'XXXX年 in the title', spec: spec({ title: 'XXXX年项目绩效目标表' }), errors: [{ messageId: 'title', cell: 'A1' }] },
  ],
});
