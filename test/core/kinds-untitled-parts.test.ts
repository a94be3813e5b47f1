/**
 * Non-project tables that come several to a sheet with one title over them all, built as the
 * provinces publish them (issue #11): every table after the first is named with the first one's
 * kind and gets nothing but that info. Forms we wrote: consistency, not accuracy.
 */
import { checkSheet } from '../../src/core/engine';
import { parseA1 } from '../../src/core/engine/grid';
import { textRows } from '../helpers/text-grid';

const check = (lines: string[], merges: string[] = [], name = 'Sheet1') => checkSheet({ name, values: textRows(lines), merges: merges.map((m) => parseA1(m)) });
const kinds = (r: ReturnType<typeof checkSheet>) => r.tables.map((t) => t.table.kind ?? 'project');
const notInfo = (r: ReturnType<typeof checkSheet>) => r.tables.flatMap((t) => t.findings).filter((f) => f.severity !== 'info').map((f) => `${f.cell} ${f.rule}`);

describe('a second table under a kind’s title, named by its own 专项名称 (not a 项目名称)', () => {
  it('专项转移支付绩效目标表 over two 专项: both are transfer tables', () => {
    const r = check(
      [
        '专项转移支付绩效目标表|||',
        '专项名称|农村综合改革转移支付||',
        '年度金额|5000||',
        '年度总体目标|支持美丽乡村建设。||',
        '一级指标|二级指标|三级指标|指标值',
        '产出指标|数量指标|支持村数量|≥50个',
        '|||',
        '专项名称|农村公益事业财政奖补||',
        '年度金额|3000||',
        '年度总体目标|支持村级公益事业建设。||',
        '一级指标|二级指标|三级指标|指标值',
        '产出指标|数量指标|奖补项目数量|≥100个',
        '满意度指标|服务对象满意度指标|村民满意度|≥90%',
      ],
      ['A1:D1'],
    );
    expect(kinds(r)).toEqual(['transfer', 'transfer']);
    expect(notInfo(r)).toEqual([]);
  });
  it('政策绩效目标表 over two 政策: both are policy tables', () => {
    const r = check(
      [
        '政策绩效目标表|||',
        '政策名称|中小企业发展政策||',
        '年度资金|3000||',
        '政策目标|支持企业数字化转型。||',
        '一级指标|二级指标|三级指标|指标值',
        '产出指标|数量指标|支持企业数量|≥100家',
        '|||',
        '政策名称|科技创新券政策||',
        '年度资金|500||',
        '政策目标|支持企业研发。||',
        '一级指标|二级指标|三级指标|指标值',
        '产出指标|数量指标|发放创新券企业数|≥50家',
      ],
      ['A1:D1'],
    );
    expect(kinds(r)).toEqual(['policy', 'policy']);
    expect(notInfo(r)).toEqual([]);
  });
  it('a project table after it, under its own 项目名称, is still a project’s', () => {
    const r = check(
      [
        '专项转移支付绩效目标表|||',
        '专项名称|农村综合改革转移支付||',
        '年度金额|5000||',
        '年度总体目标|支持美丽乡村建设。||',
        '一级指标|二级指标|三级指标|指标值',
        '产出指标|数量指标|支持村数量|≥50个',
        '|||',
        '项目名称|村道维修||',
        '预算数|30||',
        '年度绩效目标|维修村道。||',
        '一级指标|二级指标|三级指标|指标值',
        '产出指标|数量指标|维修里程|≥5公里',
        '|质量指标|验收合格率|100%',
      ],
      ['A1:D1'],
    );
    expect(kinds(r)).toEqual(['transfer', 'project']);
    expect(notInfo(r)).toContain('D13 value/missing-sign');
  });
});

describe('a 专项名称 table after a department’s table', () => {
  it('is a project’s (a department’s tables are not named by a fund)', () => {
    const r = check(
      [
        '部门整体支出绩效目标表|||',
        '部门名称|某某县农业农村局||',
        '年度总体目标|完成农业农村工作。||',
        '一级指标|二级指标|三级指标|指标值',
        '产出指标|数量指标|推广新技术|≥10项',
        '满意度指标|服务对象满意度指标|农户满意度|≥90%',
        '|||',
        '专项名称|农村人居环境整治专项资金||',
        '预算数（万元）|300||',
        '年度绩效目标|完成10个村人居环境整治。||',
        '一级指标|二级指标|三级指标|指标值',
        '产出指标|数量指标|整治村数量|≥10个',
        '|质量指标|验收合格率|100%',
      ],
      ['A1:D1'],
    );
    expect(kinds(r)).toEqual(['department', 'project']);
    expect(notInfo(r)).toContain('D13 value/missing-sign');
  });
});

describe('a list with 项目名称 as one of its columns and no indicators, under another kind’s table', () => {
  const IND = ['一级指标|二级指标|三级指标|指标值', '产出指标|数量指标|培训人数|≥500人次', '效益指标|社会效益指标|服务能力|有所提升', '满意度指标|服务对象满意度指标|学员满意度|≥90%'];
  it('a department’s projects (项目名称 | 预算数 | 项目绩效目标) are no project form missing its grid', () => {
    const r = check(
      ['部门整体支出绩效目标表|||', '部门名称|某某局||', '年度总体目标|完成年度工作。||', ...IND, '|||', '部门项目支出情况|||', '项目名称|预算数（万元）|项目绩效目标|', '培训项目|50|完成培训500人次|', '运维项目|30|保障系统运行|'],
      ['A1:D1'],
    );
    expect(kinds(r)).toEqual(['department']);
    expect(notInfo(r)).toEqual([]);
  });
  it('a transfer’s allocation (项目名称 | 实施单位 | 金额) likewise', () => {
    const r = check(
      ['转移支付绩效目标表|||', '转移支付名称|某某补助资金||', '年度金额（万元）|1000||', '年度总体目标|完成年度任务。||', ...IND, '|||', '资金分配明细|||', '项目名称|实施单位|金额（万元）|', '项目甲|甲县|500|', '项目乙|乙县|500|'],
      ['A1:D1'],
    );
    expect(kinds(r)).toEqual(['transfer']);
    expect(notInfo(r)).toEqual([]);
  });
  it('a project’s own form without its grid still gets “no indicators”', () => {
    const r = check(['项目支出绩效目标表|||', '项目名称|某某项目||', '预算数（万元）|50||', '年度绩效目标|完成年度任务。||']);
    expect(kinds(r)).toEqual(['project']);
    expect(r.tables[0].findings.map((f) => f.rule)).toContain('structure/no-indicators');
  });
});

describe('a transfer’s or region’s form without its title, named by its 专项 and its authorities', () => {
  it.each(['地方主管部门', '区级林业主管部门', '市级业务主管部门', '分配区域'])('%s: a transfer’s table', (label) => {
    const r = check(['专项名称|某某补助资金||', `${label}|某某||`, '年度总体目标|完成年度工作。||', '一级指标|二级指标|三级指标|指标值', '产出指标|数量指标|补助人数|≥100人', '效益指标|社会效益指标|服务能力|有所提升', '满意度指标|服务对象满意度指标|满意度|≥90%']);
    expect(kinds(r)).toEqual(['transfer']);
    expect(notInfo(r)).toEqual([]);
  });
  it('a project’s 主管部门 is no authority of a transfer', () => {
    const r = check(['项目名称|某某项目||', '主管部门|某某局||', '预算数|50||', '年度绩效目标|完成。||', '一级指标|二级指标|三级指标|指标值', '产出指标|数量指标|补助人数|100%']);
    expect(kinds(r)).toEqual(['project']);
  });
});
