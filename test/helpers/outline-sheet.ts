/**
 * The top of 宁夏's outline export (L5) as nx-shizuishan-jkzx-2020 lays it out: title, unit line,
 * the `项目 | 指标值 | 绩效金额` header, the unit, one project with its amount, then 产出指标 with two
 * 二级 and an indicator under each (each level indented one space further). Names and values are ours:
 * consistency, not accuracy. Tests add the rows their case needs below it.
 */
import type { CellValue } from '../../src/core/engine/grid';

export const OUTLINE_HEAD: readonly (readonly CellValue[])[] = [
  ['石嘴山市疾病预防控制中心2020年项目绩效目标批复表', null, null],
  ['单位:元', null, null],
  ['项目', '指标值', '绩效金额'],
  [' 石嘴山市疾病预防控制中心', null, null],
  ['  疫苗及美沙酮药物', null, 3000000],
  ['   产出指标', null, null],
  ['    成本指标', null, null],
  ['     疫苗采购单价', '≤20元/支', null],
  ['    数量指标', null, null],
  ['     疫苗使用率', '≥95%', null],
];

/** OUTLINE_HEAD as rows a test may change. */
export const outlineHead = (): CellValue[][] => OUTLINE_HEAD.map((r) => [...r]);
