/**
 * The 部门预算项目支出绩效自评表 exported by the provinces' 预算管理一体化 systems: the
 * same arithmetic under other labels (调整后预算数, 预算执行数, 权重), fund rows by source
 * (财政资金, 财政专户管理资金, 单位资金, 其他资金), and an indicator's comparison in its
 * own 指标性质 column with the 度量单位 beside the 指标值.
 */
import { Layout } from "../layout";

export const YITIHUA_LAYOUT: Layout = {
  id: "yitihua",
  anchor: { exact: ["项目名称"] },
  title: { contains: ["绩效自评表", "绩效自评"] },
  department: { exact: ["主管部门", "主管单位"] },
  unit: { exact: ["实施单位", "项目实施单位"] },
  fundBlock: { contains: ["预算执行情况"] },
  fundColumns: {
    initialBudget: { exact: ["年初预算", "年初预算数"] },
    annualBudget: { exact: ["调整后预算数", "调整后预算", "全年预算数"] },
    executed: { exact: ["预算执行数", "执行数"] },
    rate: { exact: ["预算执行率", "执行率"] },
    weight: { exact: ["权重", "分值"] },
    score: { exact: ["得分"] },
    reason: { exact: ["原因", "偏差原因", "未完成原因"] },
  },
  fundHeaderNeeds: ["annualBudget", "executed", "rate"],
  fundRows: {
    total: { exact: ["总额", "合计", "年度资金总额", "资金总额"] },
    fiscal: { exact: ["财政资金", "财政拨款"] },
    specialAccount: { exact: ["财政专户管理资金", "财政专户资金"] },
    unitFunds: { exact: ["单位资金", "单位自有资金"] },
    other: { exact: ["其他资金", "其它资金"] },
  },
  goals: {
    block: { contains: ["项目基本情况", "年度目标"] },
    expected: { exact: ["项目年度目标", "年度目标"] },
    actual: { exact: ["年度目标完成情况", "目标完成情况"] },
  },
  indicatorColumns: {
    level1: { exact: ["一级指标"] },
    level2: { exact: ["二级指标"] },
    name: { exact: ["三级指标"] },
    nature: { exact: ["指标性质"] },
    target: { exact: ["指标值", "年度指标值"] },
    measureUnit: { exact: ["度量单位", "计量单位", "单位"] },
    actual: { exact: ["完成值", "实际完成值"] },
    weight: { exact: ["权重", "分值"] },
    score: { exact: ["得分"] },
    deviationNote: { contains: ["未完成原因", "偏差原因", "原因分析"] },
  },
  indicatorHeaderNeeds: ["level1", "name", "nature", "weight", "score"],
  indicatorBlock: { exact: ["绩效指标"] },
  total: { exact: ["合计", "总分"] },
  marks: { exact: ["调整后预算数", "项目基本情况"] },
};
