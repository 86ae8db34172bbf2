/** The 2020 standard form of 财预〔2020〕10号, with the label variants met in real files. */
import { Layout } from "../layout";

export const STANDARD_LAYOUT: Layout = {
  id: "standard",
  anchor: { exact: ["项目名称"] },
  title: { contains: ["绩效自评表", "绩效自评"] },
  department: { exact: ["主管部门", "主管单位"] },
  unit: { exact: ["实施单位", "项目实施单位"] },
  fundBlock: { contains: ["项目资金", "资金情况", "预算执行情况", "年度预算数"] },
  fundColumns: {
    initialBudget: { exact: ["年初预算数", "年初预算"] },
    annualBudget: { exact: ["全年预算数", "全年预算", "调整后预算数", "预算数"] },
    executed: { exact: ["全年执行数", "全年执行", "实际执行数", "预算执行数", "执行数"] },
    weight: { exact: ["分值", "权重"] },
    rate: { exact: ["执行率", "预算执行率"] },
    score: { exact: ["得分"] },
  },
  fundHeaderNeeds: ["annualBudget", "executed"],
  fundRows: {
    total: { exact: ["年度资金总额", "年度财政资金总额", "资金总额"] },
    current: {
      exact: ["当年财政拨款", "本年财政拨款", "当年财政资金", "本年财政资金", "财政拨款"],
    },
    carryover: { exact: ["上年结转资金", "上年结转", "结转资金"] },
    other: { exact: ["其他资金", "其它资金"] },
  },
  goals: {
    block: { contains: ["总体目标"] },
    expected: { exact: ["预期目标"] },
    actual: { exact: ["实际完成情况"] },
  },
  indicatorColumns: {
    level1: { exact: ["一级指标"] },
    level2: { exact: ["二级指标"] },
    name: { exact: ["三级指标"] },
    nature: { exact: ["指标性质"] },
    target: { exact: ["年度指标值", "指标值", "年度目标值", "目标值"] },
    measureUnit: { exact: ["度量单位", "计量单位"] },
    actual: { exact: ["实际完成值", "完成值", "全年实际值", "实际值"] },
    weight: { exact: ["分值", "权重", "指标分值"] },
    score: { exact: ["得分", "自评得分"] },
    deviationNote: { contains: ["偏差原因", "原因分析", "未完成原因"] },
  },
  indicatorHeaderNeeds: ["level1", "name", "score"],
  indicatorBlock: { exact: ["绩效指标"] },
  total: { exact: ["总分", "合计"] },
};
