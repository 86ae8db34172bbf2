/**
 * The 25 forms of the seed text 000_c103a7c0d5a8ffdc.txt (2022, 上海市宝山区, from a
 * published PDF), transcribed cell by cell with their real mistakes left in. Cells the PDF
 * wrapped onto several lines are joined; nothing is corrected. The comment above each form
 * names the mistakes noticed while transcribing. Not repeated there: the national default
 * split 产出 50 / 效益 30 holds only in s04, s05 and s15–s19; the others give 产出 40 / 效益 40,
 * 45 / 35 (s10, s13, s14) or 30 / 50 (s21), a warning rather than an error; and blank 二级指标
 * rows (all-null lines) in s04, s05, s09, s10, s13–s19 and s21.
 */
import {
  FormData,
  FundLine,
  IndicatorLine,
  INDICATOR_SLOTS,
  Typed,
  emptyLine,
} from "../core/template";

export type { FormData, FundLine, IndicatorLine, Typed } from "../core/template";

export const SEED_FORM_COUNT = 25;

const TITLE = "财政项目支出绩效自评表";
const YEAR_TEXT = "（2022 年度）";
const COMMISSION = "上海市宝山区信息化委员会";
const DATA_CENTER = "上海市宝山区大数据中心";

/** The 年度资金总额 row, the only one with a weight and a score. */
function total(
  initialBudget: Typed,
  annualBudget: Typed,
  executed: Typed,
  weight: Typed,
  rate: Typed,
  score: Typed
): FundLine {
  return { initialBudget, annualBudget, executed, weight, rate, score };
}

/** A part row: its 分值 and 得分 are printed as —. */
function part(initialBudget: Typed, annualBudget: Typed, executed: Typed, rate: Typed): FundLine {
  return { initialBudget, annualBudget, executed, weight: "—", rate, score: "—" };
}

const zero = (): FundLine => part(0, 0, 0, 0);
/** A row printed as `— —` only: amounts and rate blank. */
const dashes = (): FundLine => part(null, null, null, null);

type Row = [name: Typed, target: Typed, actual: Typed, weight: Typed, score: Typed];

/** One row per 二级指标 of the 2020 form, in its order; null where nothing is filled in. */
function lines(rows: (Row | null)[]): IndicatorLine[] {
  const slots = INDICATOR_SLOTS["2020"];
  if (rows.length !== slots.length)
    throw new Error(`expected ${slots.length} rows, got ${rows.length}`);
  return slots.map((slot, i) => {
    const row = rows[i];
    if (!row) return emptyLine(slot);
    const [name, target, actual, weight, score] = row;
    return { ...slot, name, target, actual, weight, score, deviationNote: null };
  });
}

interface Spec {
  id: string;
  project: string;
  unit: string;
  funds: [total: FundLine, current: FundLine, carryover: FundLine, other: FundLine];
  /** One text where 预期目标 and 实际完成情况 are printed alike. */
  goals: string | [expected: string, actual: string];
  rows: (Row | null)[];
  score: Typed;
}

function form(spec: Spec): FormData {
  const [expected, actual] = typeof spec.goals === "string" ? [spec.goals, spec.goals] : spec.goals;
  const [totalLine, current, carryover, other] = spec.funds;
  return {
    id: spec.id,
    title: TITLE,
    yearText: YEAR_TEXT,
    project: spec.project,
    department: COMMISSION,
    unit: spec.unit,
    amountUnit: "万元",
    funds: { total: totalLine, current, carryover, other },
    goals: { expected, actual },
    indicators: lines(spec.rows),
    total: { weight: 100, score: spec.score },
  };
}

export const SEED_FORMS: FormData[] = [
  // 结转 rate 55.47% but 88.56/159.72 = 55.45%; 执行数 parts sum to 181.55 vs 181.54 (rounding); 其他资金 row left blank; score 5.3 truncates 5.338
  form({
    id: "s01",
    project: "信息化项目管理第三方技术服务费",
    unit: COMMISSION,
    funds: [
      total(270, 340.08, 181.54, 10, 0.5338, 5.3),
      part(270, 180.36, 92.99, 0.5156),
      part(0, 159.72, 88.56, 0.5547),
      dashes(),
    ],
    goals: "按时完成区信息化项目评审的全年计划。",
    rows: [
      ["按计划评审", "按计划", "按计划", 10, 10],
      ["评审内容全面合规", "合规", "合规", 10, 10],
      ["评审及时高效", "高效", "高效", 10, 10],
      ["提高信息化项目应用效率", "提高", "提高", 10, 10],
      ["统一建设统一部署", "统一", "统一", 10, 10],
      ["归口管理", "归口", "归口", 10, 10],
      ["节约资源", "环保", "环保", 10, 10],
      ["加强审核", "审核", "审核", 10, 10],
      ["评审满意度", "高", "高", 10, 10],
    ],
    score: 95.3,
  }),
  // part rows print no rate (blank); 其他资金 row left blank; no arithmetic error
  form({
    id: "s02",
    project: "信息化项目专家咨询评审",
    unit: COMMISSION,
    funds: [total(10, 3, 3, 10, 1, 10), part(10, 3, 3, null), part(0, 0, 0, null), dashes()],
    goals: "完成项目咨询和评审工作。",
    rows: [
      ["按实际需要评审", "按实", "按实", 10, 10],
      ["符合市区政策", "符合", "符合", 10, 10],
      ["结合区实际和发展重点", "结合", "结合", 10, 10],
      ["集约性", "集约", "集约", 10, 10],
      ["信息资源共享", "共享", "共享", 10, 10],
      ["信息化标准建设", "符合", "符合", 10, 10],
      ["优化资源配置", "优化", "优化", 10, 10],
      ["统一化建设调配", "统一", "统一", 10, 10],
      ["评审满意度", "高", "高", 10, 10],
    ],
    score: 100,
  }),
  // correct; 0.00% printed on the zero-budget rows
  form({
    id: "s03",
    project: "退休人员体检费",
    unit: COMMISSION,
    funds: [total(0.2, 0.2, 0.2, 10, 1, 10), part(0.2, 0.2, 0.2, 1), zero(), zero()],
    goals: "完成 2022 年度单位退休职工年度体检工作。",
    rows: [
      // PDF run `人员全覆盖 2 名 2名 10 10`: target keeps the space the PDF prints, actual does not
      ["人员全覆盖", "2 名", "2名", 10, 10],
      ["早发现早治疗早管理", "预防", "预防", 10, 10],
      ["定期体检", "定期", "定期", 10, 10],
      ["减少不必要的医疗费用", "减少", "减少", 10, 10],
      ["有效预防", "预防", "预防", 10, 10],
      ["提升生活质量", "提升", "提升", 10, 10],
      ["提升健康水平", "提升", "提升", 10, 10],
      ["随访管理", "随访", "随访", 10, 10],
      ["退休人员满意", "满意", "满意", 10, 10],
    ],
    score: 100,
  }),
  // correct arithmetic
  form({
    id: "s04",
    project: "跨年 BX21-D-1 城运云扩容运营（系统上云）项目（资金拨付审批 21008 号）",
    unit: DATA_CENTER,
    funds: [total(0, 440, 440, 10, 1, 10), part(0, 290, 290, 1), part(0, 150, 150, 1), zero()],
    goals: "加强区电子政务云平台建设，实现市区政务云对接，提升区电子政务云管理能力和服务水平。",
    rows: [
      ["信息系统上云应迁尽迁", "尽迁", "尽迁", 15, 15],
      ["提供安全隔离保障", "提供", "提供", 15, 15],
      ["实时安全报警", "实时", "实时", 20, 20],
      null,
      ["提升数据价值", "提升", "提升", 10, 10],
      ["绿色环保节能", "环保", "环保", 10, 10],
      null,
      ["落实长效管理机制", "落实", "落实", 10, 10],
      ["用户满意度高", "满意", "满意", 10, 10],
    ],
    score: 100,
  }),
  // budget score 9.99 rounds 9.988 to 2 decimals (others truncate to 1)
  form({
    id: "s05",
    project: "区公务网接入网运维费（宝财行签[2022]3 号）",
    unit: DATA_CENTER,
    funds: [total(0, 165, 164.8, 10, 0.9988, 9.99), part(0, 165, 164.8, 0.9988), zero(), zero()],
    goals: "完成 2022 年宝山区公务网接入网运维、软件续保及安全设备采购。",
    rows: [
      ["按合同数量运维", "按合同", "按合同", 20, 20],
      ["确保运维的安全性", "确保", "确保", 15, 15],
      ["运维及时高效", "及时", "及时", 15, 15],
      null,
      ["统筹节约", "节约", "节约", 15, 15],
      null,
      null,
      ["落实长效管理机制", "落实", "落实", 15, 15],
      ["用户满意", "满意", "满意", 10, 10],
    ],
    score: 99.99,
  }),
  // correct
  form({
    id: "s06",
    project: "退休人员体检费",
    unit: DATA_CENTER,
    funds: [total(0.8, 0.8, 0.8, 10, 1, 10), part(0.8, 0.8, 0.8, 1), zero(), zero()],
    goals: "完成 2022 年度单位退休职工年度体检工作。",
    rows: [
      // PDF run `人员全覆盖 8 名 8名 10 10`, split as in s03
      ["人员全覆盖", "8 名", "8名", 10, 10],
      ["早发现早治疗早管理", "预防", "预防", 10, 10],
      ["定期体检", "定期", "定期", 10, 10],
      ["减少不必要的医疗费用", "减少", "减少", 10, 10],
      ["有效预防", "预防", "预防", 10, 10],
      ["提升生活质量", "提升", "提升", 10, 10],
      ["提升健康水平", "提升", "提升", 10, 10],
      ["随访管理", "随访", "随访", 10, 10],
      ["服务对象满意", "满意", "满意", 10, 10],
    ],
    score: 100,
  }),
  // correct arithmetic; typo 发浑 (发挥) and a cut name 发挥社保卡作(用)
  form({
    id: "s07",
    project: "社保卡管理经费",
    unit: DATA_CENTER,
    funds: [total(10, 8.46, 8.46, 10, 1, 10), part(10, 8.46, 8.46, 1), zero(), zero()],
    goals: "确保区社会保障卡业务顺利开展。",
    rows: [
      ["按实完成申领换发", "按实", "按实", 10, 10],
      ["卡面信息完整", "完整", "完整", 10, 10],
      ["符合规定时限", "符合", "符合", 10, 10],
      ["公共服务应用", "拓展", "拓展", 10, 10],
      ["全市通办", "通办", "通办", 10, 10],
      ["发挥社保卡作", "发浑", "发浑", 10, 10],
      ["保障民生", "保障", "保障", 10, 10],
      ["落实长效管理", "落实", "落实", 10, 10],
      ["服务对象满意", "满意", "满意", 10, 10],
    ],
    score: 100,
  }),
  // budget 分值 0, so weights sum to 90 while 总分 says 100; 0% executed yet every indicator full marks; 满意度 indicator is no satisfaction measure; typo 发浑
  form({
    id: "s08",
    project: "社保卡专项经费",
    unit: DATA_CENTER,
    funds: [total(10, 7, 0, 0, 0, 0), part(10, 7, 0, 0), zero(), zero()],
    goals: "完成年度社保卡采集费的发放。",
    rows: [
      ["按实完成申领换发", "按实", "按实", 10, 10],
      ["卡面信息完整", "完整", "完整", 10, 10],
      ["符合规定时限", "符合", "符合", 10, 10],
      ["公共服务应用", "拓展", "拓展", 10, 10],
      ["全市通办", "通办", "通办", 10, 10],
      ["发挥社保卡作", "发浑", "发浑", 10, 10],
      ["保障民生", "保障", "保障", 10, 10],
      ["落实长效管理", "落实", "落实", 10, 10],
      ["确保功能运用", "确保", "确保", 10, 10],
    ],
    score: 90,
  }),
  // 执行数 parts 899.47 + 100.35 = 999.82 vs 999.83 (rounding); 56.89% executed yet outputs full marks
  form({
    id: "s09",
    project: "区电子政务平台运维费",
    unit: DATA_CENTER,
    funds: [
      total(1919.58, 1757.34, 999.83, 10, 0.5689, 5.6),
      part(1919.58, 1626.45, 899.47, 0.553),
      part(0, 130.89, 100.35, 0.7667),
      zero(),
    ],
    goals: "保障区电子政务平台设施设备及系统的正常高效使用。",
    rows: [
      ["完成平台运维工作", "完成", "完成", 15, 15],
      ["系统及网络稳定", "稳定", "稳定", 15, 15],
      ["维护维修及时", "及时", "及时", 10, 10],
      null,
      ["提高机房设备保障水平", "提高", "提高", 10, 10],
      ["提高政务服务水平", "提高", "提高", 10, 10],
      ["落实资源节约", "落实", "落实", 10, 10],
      ["落实长效管理机制", "落实", "落实", 10, 10],
      ["服务对象满意", "满意", "满意", 10, 10],
    ],
    score: 95.6,
  }),
  // budget score 7 but 10 × 72.59% = 7.259 (7.2 truncated, 7.26 rounded); 总分 97 follows the 7
  form({
    id: "s10",
    project: "机柜租赁",
    unit: DATA_CENTER,
    funds: [
      total(1206.33, 1324.4, 961.44, 10, 0.7259, 7),
      part(1206.33, 1174.33, 811.37, 0.6909),
      part(0, 150.07, 150.07, 1),
      zero(),
    ],
    goals: "为全区电子政务业务应用系统提供安全可靠的物理环境。",
    rows: [
      ["按需租赁机柜", "按需", "按需", 15, 15],
      ["保证系统运行稳定", "保证", "保证", 15, 15],
      ["机柜维护及时", "及时", "及时", 15, 15],
      null,
      ["提升政务办公效率", "提升", "提升", 15, 15],
      ["提升政务服务水平", "提升", "提升", 10, 10],
      null,
      ["落实长效管理机制", "落实", "落实", 10, 10],
      ["服务对象满意", "满意", "满意", 10, 10],
    ],
    score: 97,
  }),
  // correct arithmetic; 83.79% executed yet outputs full marks, no deviation note
  form({
    id: "s11",
    project: "市政务云租赁费",
    unit: DATA_CENTER,
    funds: [total(14, 14, 11.73, 10, 0.8379, 8.3), part(14, 14, 11.73, 0.8379), zero(), zero()],
    goals: "根据实际使用情况按实结算上云费用。",
    rows: [
      ["按实际合同上云", "按实", "按实", 10, 10],
      ["统一标准管理", "统一", "统一", 10, 10],
      ["高效集约建设", "高效", "高效", 10, 10],
      ["统筹资源利用", "统筹", "统筹", 10, 10],
      ["提升资金使用效率", "提升", "提升", 10, 10],
      ["建设标准化政务云", "标准", "标准", 10, 10],
      ["避免重复建设", "避免", "避免", 10, 10],
      ["落实长效管理机制", "落实", "落实", 10, 10],
      ["上云用户满意", "满意", "满意", 10, 10],
    ],
    score: 98.3,
  }),
  // correct arithmetic; 47.86% executed yet outputs full marks, no deviation note
  form({
    id: "s12",
    project: "城运中心信息化建设项目（宝府便函[2022]10 号）",
    unit: DATA_CENTER,
    funds: [
      total(0, 2011.2, 962.65, 10, 0.4786, 4.7),
      part(0, 2011.2, 962.65, 0.4786),
      zero(),
      zero(),
    ],
    goals: "完成城运中心信息化建设。",
    rows: [
      ["协同联动业务要求", "满足", "满足", 10, 10],
      ["整体服务能力管理水平", "提升", "提升", 10, 10],
      ["应急处理水平", "高效", "高效", 10, 10],
      ["信息服务体系渠道方式", "综合", "综合", 10, 10],
      ["信息全面化", "满足", "满足", 10, 10],
      ["城市安全社会稳定", "保障", "保障", 10, 10],
      ["运行管理协同能力", "提升", "提升", 10, 10],
      ["城运中心创新发展", "推动", "推动", 10, 10],
      ["系统使用人员满意", "满意", "满意", 10, 10],
    ],
    score: 94.7,
  }),
  // quantitative targets (<5 秒, >1 千小时) answered with a word (小于, 大于)
  form({
    id: "s13",
    project: "宝山区智慧办公系统软件开发费",
    unit: DATA_CENTER,
    funds: [total(0, 13.95, 13.95, 10, 1, 10), part(0, 13.95, 13.95, 1), zero(), zero()],
    goals: "完成移动办公 APP 建设、完成区协同办公系统优化升级、完成移动终端设备租赁。",
    rows: [
      ["系统响应时间", "<5 秒", "小于", 15, 15],
      ["系统平均无故障时间", ">1 千小时", "大于", 15, 15],
      // PDF run `连续运行 7*24 小时 连续 连续 15 15`: the name carries 7*24 小时, target and actual are 连续
      ["连续运行 7*24 小时", "连续", "连续", 15, 15],
      null,
      ["时空局限", "打破", "打破", 15, 15],
      ["提升执行力", "提升", "提升", 10, 10],
      null,
      ["落实长效管理机制", "落实", "落实", 10, 10],
      ["系统用户满意", "满意", "满意", 10, 10],
    ],
    score: 100,
  }),
  // rates swapped: 当年 row 0/0 shows 100.00%, 结转 row 17.53/17.53 shows 0.00%; word actuals 小于/大于 for quantitative targets
  form({
    id: "s14",
    project: "BX19-D-13 宝山区统一身份认证与授权系统升级改造（宝财行签[16]号）",
    unit: DATA_CENTER,
    funds: [total(0, 17.53, 17.53, 10, 1, 10), part(0, 0, 0, 1), part(0, 17.53, 17.53, 0), zero()],
    goals: "加快推动我区智慧政务建设，提升区内办公自动化、便捷化、高效化水平。",
    rows: [
      ["系统响应时间", "<5 秒", "小于", 15, 15],
      ["系统平均无故障时间", ">1 千小时", "大于", 15, 15],
      // PDF run `支持运行 7*24 小时 支持 支持 15 15`, split as in s13
      ["支持运行 7*24 小时", "支持", "支持", 15, 15],
      null,
      ["提高办公效能", "提高", "提高", 15, 15],
      ["降低风险", "降低", "降低", 10, 10],
      null,
      ["落实长效管理机制", "落实", "落实", 10, 10],
      ["系统用户满意", "满意", "满意", 10, 10],
    ],
    score: 100,
  }),
  // budget score 8 (8.022 truncated to 8.0) is fine; 80.22% executed yet outputs full marks
  form({
    id: "s15",
    project: "跨年 BX20-D-97 宝山区城运云建设（资金审批表 20005 号）",
    unit: DATA_CENTER,
    funds: [
      total(0, 368.31, 295.44, 10, 0.8022, 8),
      part(0, 368.31, 295.44, 0.8022),
      zero(),
      zero(),
    ],
    goals: "进一步推进区“一网统管”智慧应用项目，提升区综合管控能力和公共服务能力。",
    rows: [
      ["数据服务多维化", "多维化", "多维化", 10, 10],
      ["确保云安全", "确保", "确保", 10, 10],
      ["兼顾大数据离线服务", "兼顾", "兼顾", 15, 15],
      ["专有云统一管理运维", "统一", "统一", 15, 15],
      ["统一服务", "统一", "统一", 10, 10],
      ["流式大数据分析", "分析", "分析", 10, 10],
      null,
      ["落实长效管理", "落实", "落实", 10, 10],
      ["系统使用用户满意", "满意", "满意", 10, 10],
    ],
    score: 98,
  }),
  // correct arithmetic; 实际完成情况 repeats only the last clause of 预期目标
  form({
    id: "s16",
    project: "跨年 BX20-D-3 宝山区视频物联感知数据共享平台（资金拨付审批 21008 号）",
    unit: DATA_CENTER,
    funds: [
      total(0, 456.41, 432.4, 10, 0.9474, 9.4),
      part(0, 456.41, 432.4, 0.9474),
      zero(),
      zero(),
    ],
    goals: [
      "购置链接各委办局、街镇园区的视频监控、物联感知等数据所需的对接设备；建立数据传输和使用的安全体系；根据市大数据中心制定的统一规范进行数据标准化治理。",
      "根据市大数据中心制定的统一规范进行数据标准化治理。",
    ],
    rows: [
      ["汇聚相关数据流", "汇聚", "汇聚", 15, 15],
      ["政务数据资源共享", "共享", "共享", 15, 15],
      ["实时数据资源调度使用", "实时", "实时", 20, 20],
      null,
      ["节约资源", "节约", "节约", 10, 10],
      ["提高办公效率", "提高", "提高", 10, 10],
      null,
      ["落实长效管理", "落实", "落实", 10, 10],
      ["系统使用用户满意", "满意", "满意", 10, 10],
    ],
    score: 99.4,
  }),
  // 执行数 parts 31.68 + 2.95 = 34.63 vs 34.64 (rounding); 当年 93.17% vs 93.18% and 结转 11.67% vs 11.66% both inside the shown-amount range; 58.40% executed yet outputs full marks
  form({
    id: "s17",
    project: "跨年 BX20-D-1 宝山区城运平台区、街镇两级平台部署（资金拨付审批 21008 号）",
    unit: DATA_CENTER,
    funds: [
      total(0, 59.31, 34.64, 10, 0.584, 5.8),
      part(0, 34, 31.68, 0.9317),
      part(0, 25.31, 2.95, 0.1167),
      zero(),
    ],
    goals: [
      "建立区级城市运行“一网统管”大平台、大系统，参照市城运2.0 版系统，以观管防为主题，整合并入市明确要求接入的系统、整合并入宝山社会治理系统及解决问题和需求的系统。",
      "建立区级城市运行“一网统管”大平台、大系统，以观管防为主题，整合并入市明确要求接入的系统。",
    ],
    rows: [
      ["接入各类数据", "接入", "接入", 15, 15],
      ["观管防明确", "明确", "明确", 15, 15],
      ["系统响应及时", "及时", "及时", 20, 20],
      null,
      null,
      ["提高办公效率", "提高", "提高", 15, 15],
      null,
      ["落实长效管理", "落实", "落实", 15, 15],
      ["用户使用满意", "满意", "满意", 10, 10],
    ],
    score: 95.8,
  }),
  // correct arithmetic (总分 100 printed cut as 10 / 0); target >=30 sits in the name, target and actual are 达标
  form({
    id: "s18",
    project: "跨年 BX21-D-17 区企业云平台运营服务（资金拨付审批 21008 号）",
    unit: DATA_CENTER,
    funds: [total(0, 240, 227.32, 10, 0.9472, 9.4), part(0, 240, 227.32, 0.9472), zero(), zero()],
    goals: "助力宝山区科创小微企业发展，提升宝山区招商引资吸引力和企业服务管理能力。",
    rows: [
      ["助力小微企业上云>=30", "达标", "达标", 10, 10],
      ["提供便捷免费上云服务", "提供", "提供", 10, 10],
      ["提升企业发展效能", "提升", "提升", 15, 15],
      ["降低小微企业上云成本", "降低", "降低", 15, 15],
      ["避免重复建设", "避免", "避免", 10, 10],
      ["提升信息化应用水平", "提升", "提升", 10, 10],
      null,
      ["落实长效管理", "落实", "落实", 10, 10],
      ["用户使用满意", "满意", "满意", 10, 10],
    ],
    score: 99.4,
  }),
  // correct arithmetic; 77.28% on 当年 yet outputs full marks
  form({
    id: "s19",
    project: "跨年 BX21-D-4 区视频图像与物联平台扩容和运营接入项目（资金拨付审批 21008 号）",
    unit: DATA_CENTER,
    funds: [
      total(0, 452, 383.4, 10, 0.8482, 8.4),
      part(0, 302, 233.4, 0.7728),
      part(0, 150, 150, 1),
      zero(),
    ],
    goals:
      "通过项目建设，使平台满足向市级共享平台转发，区内各委办局、街镇用户按需调阅视频资源的需求。",
    rows: [
      ["提升视频数据推送并发", "提升", "提升", 10, 10],
      ["提高平台运营管理效率", "提高", "提高", 10, 10],
      ["满足实时调阅视频资源", "满足", "满足", 15, 15],
      ["降低运营成本", "降低", "降低", 15, 15],
      ["高效处置一件事", "高效", "高效", 10, 10],
      ["提高政务效率", "提高", "提高", 10, 10],
      null,
      ["落实长效管理", "落实", "落实", 10, 10],
      ["系统用户满意", "满意", "满意", 10, 10],
    ],
    score: 98.4,
  }),
  // rate 98.52% vs 57.60/58.47 = 98.51%, inside the shown-amount range; typo 助务 (服务)
  form({
    id: "s20",
    project: "跨年 BX21-D-2 电子地图共享应用系统（资金拨付审批 21008 号）",
    unit: DATA_CENTER,
    funds: [total(0, 58.47, 57.6, 10, 0.9852, 9.8), part(0, 58.47, 57.6, 0.9852), zero(), zero()],
    goals: [
      "推动全区一张图并不断向数字孪生城市衍进，实现对基层空间大数据的应用赋能，助务全区各级政府部门系统建设。",
      "实现对基层空间大数据的应用赋能，助务全区各级政府部门系统建设。",
    ],
    rows: [
      ["提供高性能数字化服务", "提供", "提供", 10, 10],
      ["全面满足应用需求", "满足", "满足", 10, 10],
      ["数据更新及时", "及时", "及时", 10, 10],
      ["节约数据建设成本", "节约", "节约", 10, 10],
      ["城市管理资源集约化", "集约", "集约", 10, 10],
      ["支撑各类城市运行应用", "支撑", "支撑", 10, 10],
      ["保障城市安全有序干净", "保障", "保障", 10, 10],
      ["落实长效管理", "落实", "落实", 10, 10],
      ["用户使用满意", "满意", "满意", 10, 10],
    ],
    score: 99.8,
  }),
  // correct arithmetic
  form({
    id: "s21",
    project: "新冠疫情信息委防疫资金 20%预拨款",
    unit: DATA_CENTER,
    funds: [total(0, 637, 619.85, 10, 0.9731, 9.7), part(0, 637, 619.85, 0.9731), zero(), zero()],
    goals: "为打好“动态清零”疫情防控保卫战，发挥数字赋能疫情防控作用。",
    rows: [
      ["按需求及计划实施", "按需", "按需", 10, 10],
      ["系统运行可靠稳定", "可靠", "可靠", 10, 10],
      ["系统运行高效", "高效", "高效", 10, 10],
      null,
      ["统一建设统一部署", "统一", "统一", 10, 10],
      ["数字赋能防疫", "赋能", "赋能", 20, 20],
      ["节约资源", "节约", "节约", 10, 10],
      ["统一管理机制", "统一", "统一", 10, 10],
      ["系统用户满意", "满意", "满意", 10, 10],
    ],
    score: 99.7,
  }),
  // rates swapped: 当年 row 0/0 shows 83.40%, 结转 row 33.36/40.00 shows 0.00%
  form({
    id: "s22",
    project: "BX21-D-3 区城市部件二维码系统（资金拨付审批 21008 号）",
    unit: DATA_CENTER,
    funds: [
      total(0, 40, 33.36, 10, 0.834, 8.3),
      part(0, 0, 0, 0.834),
      part(0, 40, 33.36, 0),
      zero(),
    ],
    goals: [
      "统筹推进全区城市部件的二维码部署，建设统一的二维码应用共享平台，打通二维码数据共享通道；加快二维码应用统筹部署，推动跨部门、跨领域的二维码数据交互和共享应用。",
      "建设跨部门、全覆盖的宝山区城市部件管理系统。",
    ],
    rows: [
      ["按实际需求", "按实", "按实", 10, 10],
      ["推动城运数据标准化", "推动", "推动", 10, 10],
      ["实时定时按需交换数据", "交换", "交换", 10, 10],
      ["综合应用数据", "综合", "综合", 10, 10],
      ["提供数据融合服务", "提供", "提供", 10, 10],
      ["促进信息资源共享", "促进", "促进", 10, 10],
      ["提高整体计算能力", "提高", "提高", 10, 10],
      ["监控数据服务", "监控", "监控", 10, 10],
      ["系统用户满意", "满意", "满意", 10, 10],
    ],
    score: 98.3,
  }),
  // nothing executed (0.00%) yet every indicator full marks, no deviation note
  form({
    id: "s23",
    project: "BX21-D-20 街镇级卫生防疫等实战化应用系统（资金拨付审批 21008 号）",
    unit: DATA_CENTER,
    funds: [total(0, 30, 0, 10, 0, 0), part(0, 0, 0, 0), part(0, 30, 0, 0), zero()],
    goals: [
      "积极响应中央和上海关于疫情防控的各项工作要求，在疫情监测分析、病毒溯源、防控救治、资源调配等方面更好发挥支撑作用。",
      "依托疫情防控信息化平台形成科学的防控体系,防输入、防传播、防扩散,进一步落实全市联防联控机制。",
    ],
    rows: [
      ["支撑资源调配", "支撑", "支撑", 10, 10],
      ["防控体系科学", "科学", "科学", 10, 10],
      ["支撑监测分析", "支撑", "支撑", 10, 10],
      ["落实联防联控", "落实", "落实", 10, 10],
      ["运用数字技术", "运用", "运用", 10, 10],
      ["依托网络化系统", "依托", "依托", 10, 10],
      ["支撑防控救治", "支撑", "支撑", 10, 10],
      ["监控数据服务", "监控", "监控", 10, 10],
      ["系统用户满意", "满意", "满意", 10, 10],
    ],
    score: 90,
  }),
  // 结转 row executed 50.00 but 年度资金总额 executed 0.00; 结转 rate 0.00% vs 50.00/50.00 = 100%; total rate/score follow the 0; full marks everywhere
  form({
    id: "s24",
    project: "BX21-D-21 区“一网通办”数据镜像分析系统（资金拨付审批 21008 号）",
    unit: DATA_CENTER,
    funds: [total(0, 50, 0, 10, 0, 0), part(0, 0, 0, 0), part(0, 50, 50, 0), zero()],
    goals:
      "对“一网通办”中审核管理与服务环节的数据进行镜像分析，简化“一网通办”办理环节，促进服务流程再造。",
    rows: [
      ["按实际需求", "按实", "按实", 10, 10],
      ["项目功能覆盖", "覆盖", "覆盖", 10, 10],
      ["提供数据分析", "提供", "提供", 10, 10],
      ["成本控制", "有效", "有效", 10, 10],
      ["节约运行成本", "节约", "节约", 10, 10],
      ["提升工作效率", "提升", "提升", 10, 10],
      ["降低能耗", "符合", "符合", 10, 10],
      ["落实安全保障", "落实", "落实", 10, 10],
      ["系统用户满意", "满意", "满意", 10, 10],
    ],
    score: 90,
  }),
  // nothing executed (0.00%) yet every indicator full marks; goal text has an unclosed “ and a half-width period
  form({
    id: "s25",
    project: "跨年 DX20-D-98 宝山区移动协同政务平台运维服务（资金审批表 20005）",
    unit: DATA_CENTER,
    funds: [total(0, 16.3, 0, 10, 0, 0), part(0, 0, 0, 0), part(0, 16.3, 0, 0), zero()],
    goals: "建设及运营宝山区移动协同政务平台，实现“作为基层管理的移动端业务入口.",
    rows: [
      ["拓展线上信息流", "拓展", "拓展", 10, 10],
      ["提高通信保障能力", "提高", "提高", 10, 10],
      ["支持移动化办公应用", "支持", "支持", 10, 10],
      ["提供运行保障", "提供", "提供", 10, 10],
      ["避免重复建设", "避免", "避免", 10, 10],
      ["降低社会成本", "降低", "降低", 10, 10],
      ["实现联勤联动", "实现", "实现", 10, 10],
      ["提高事件处置效率", "提高", "提高", 10, 10],
      ["系统用户满意", "满意", "满意", 10, 10],
    ],
    score: 90,
  }),
];
