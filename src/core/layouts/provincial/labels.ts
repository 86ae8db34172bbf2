/**
 * The 20/80 provincial form (Hubei's cities and districts, Yunnan's counties, …): budget
 * execution 20 points with 预算数(A) | 执行数(B) | 执行率(B/A) on one 年度财政资金总额 row,
 * 年度绩效目标 80 points with the points only in the 一级指标 labels, no 分值 column, and one
 * note for the whole form below 总分 (偏差大或目标未完成原因分析).
 */
import { Layout } from "../layout";

export const PROVINCIAL_LAYOUT: Layout = {
  id: "provincial",
  anchor: { exact: ["项目名称"] },
  title: { contains: ["绩效自评表", "绩效自评"] },
  department: { exact: ["主管部门", "主管单位"] },
  unit: { exact: ["实施单位", "项目实施单位"] },
  fundBlock: { contains: ["预算执行情况", "项目资金", "资金情况"] },
  fundColumns: {
    initialBudget: { exact: ["年初预算数", "年初预算"] },
    annualBudget: { exact: ["预算数", "全年预算数", "调整后预算数"] },
    executed: { exact: ["执行数", "全年执行数", "预算执行数"] },
    weight: { exact: ["分值", "权重"] },
    rate: { exact: ["执行率", "预算执行率"] },
    score: { exact: ["得分"] },
  },
  fundHeaderNeeds: ["annualBudget", "executed"],
  fundRows: {
    total: { exact: ["年度财政资金总额", "年度资金总额", "资金总额"] },
    current: { exact: ["当年财政拨款", "本年财政拨款", "当年财政资金", "财政拨款"] },
    carryover: { exact: ["上年结转资金", "上年结转", "结转资金"] },
    other: { exact: ["其他资金", "其它资金"] },
  },
  goals: {
    block: { contains: ["总体目标"] },
    expected: { exact: ["预期目标", "年初设定目标"] },
    actual: { exact: ["实际完成情况", "目标完成情况"] },
  },
  indicatorColumns: {
    level1: { exact: ["一级指标"] },
    level2: { exact: ["二级指标"] },
    name: { exact: ["三级指标"] },
    target: { exact: ["年初目标值", "年度指标值", "指标值", "目标值"] },
    actual: { exact: ["实际完成值", "完成值", "实际值"] },
    weight: { exact: ["分值", "权重"] },
    score: { exact: ["得分", "自评得分"] },
    deviationNote: { contains: ["偏差原因", "原因分析"] },
  },
  indicatorHeaderNeeds: ["level1", "name", "score"],
  indicatorBlock: { exact: ["年度绩效目标", "绩效指标"] },
  total: { exact: ["总分", "合计"] },
  marks: { exact: ["年度绩效目标", "年初目标值"] },
  formNote: { contains: ["偏差大或目标未完成原因", "目标未完成原因"] },
};
