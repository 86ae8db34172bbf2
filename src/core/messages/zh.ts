/** The core's sentences in Chinese, the default. */
import { Messages } from "./catalog";

export const zh: Messages = {
  words: {
    indicator: ({ level, name }) => `${level}「${name}」`,
    indicatorAtRow: ({ level, row }) => `${level}「第 ${row} 行」`,
    levelPair: ({ first, second }) => `${first}与${second}`,
    weight: "分值",
    score: "得分",
  },
  check: {
    ruleFailed: ({ description }) => `这一项检查（${description}）没能完成，请人工核对。`,
  },
  formHeader: {
    description: "表头须有年度、项目名称、主管部门和实施单位",
    missingYear: ({ example }) => `表头没有写明年度，如「${example}」。`,
    missingProject: "项目名称未填写。",
    missingDepartment: "主管部门未填写。",
    missingUnit: "实施单位未填写。",
  },
  notANumber: {
    description: "需要数字的单元格里是文字或 Excel 错误值",
    errorValue: ({ error }) => `单元格显示错误值 ${error}，无法核对；请检查公式引用的单元格。`,
    text: ({ text }) => `这里应填数字，表中为「${text}」，无法核对。`,
  },
  fundBlank: {
    description: "年度资金总额行的全年预算数、全年执行数、分值、得分必须填写",
    noTotalRow: ({ row }) => `找不到「${row}」行，无法核对预算执行情况。`,
    blank: ({ row, column }) => `${row}的${column}未填写。`,
  },
  negativeAmount: {
    description: "金额不能为负数",
    negative: ({ row, column, shown }) => `${row}的${column}为负数（${shown}），金额不能为负。`,
  },
  fundSum: {
    description: "各项资金之和等于年度资金总额（三列分别核对，相差 0.01 为四舍五入提示）",
    blank: ({ row, column, sum, breakdown }) =>
      `${row}的${column}未填写，各项之和为 ${sum}（${breakdown}）。`,
    wrong: ({ row, column, printed, sum, breakdown, gap }) =>
      `${row}的${column}为 ${printed}，各项之和为 ${sum}（${breakdown}），相差 ${gap}。`,
    rounding: ({ row, column, printed, sum, breakdown }) =>
      `${row}的${column}为 ${printed}，各项之和为 ${sum}（${breakdown}），相差 0.01，多为四舍五入所致，请核对。`,
  },
  executionRate: {
    description: "每行执行率 = 全年执行数 ÷ 全年预算数（在显示精度内）；预算为 0 时不应有执行率",
    notApplicable: ({ row, budgetColumn, budget, printed }) =>
      `${row}的${budgetColumn}${budget === "zero" ? "为 0" : "未填写"}，执行率不适用，表中却为 ${printed}；应为空白或「—」。`,
    blank: ({ row, expected, formula }) => `${row}的执行率未填写，应为 ${expected}（${formula}）。`,
    wrong: ({ row, expected, formula, printed }) =>
      `${row}的执行率应为 ${expected}（${formula}），表中为 ${printed}。`,
  },
  executedOverBudget: {
    description: "全年执行数不得超过全年预算数；预算为 0 时不应有执行数",
    noBudget: ({ row, budgetColumn, spent }) =>
      `${row}没有${budgetColumn}（为 0 或空白），却有执行数 ${spent}。`,
    over: ({ row, executedColumn, spent, budgetColumn, budget }) =>
      `${row}的${executedColumn} ${spent} 超过${budgetColumn} ${budget}。`,
  },
  budgetScore: {
    description: "预算执行得分 = 分值 × 执行率（最高 100%），可四舍五入或截取到 1 或 2 位小数",
    wrong: ({ expected, weight, rate, truncated, printed, exceedsWeight }) =>
      `预算执行得分应为 ${expected}（${weight} × ${rate}` +
      `${truncated === undefined ? "" : `；按一位小数截取为 ${truncated}`}），表中为 ${printed}` +
      `${exceedsWeight ? `，且超过分值 ${weight}` : ""}。`,
  },
  executionReason: {
    description: "执行率低于规定比例（如 90%）时，必须在预算执行情况的「原因」栏说明",
    missing: ({ rate, threshold }) =>
      `预算执行率 ${rate} 低于 ${threshold}，须在「原因」栏说明未执行的原因。`,
  },
  indicatorBlank: {
    description: "已填写的指标行，三级指标、年度指标值、实际完成值、分值、得分都必须填写",
    fields: {
      name: "三级指标",
      target: "年度指标值",
      actual: "实际完成值",
      weight: "分值",
      score: "得分",
    },
    blank: ({ indicator, field }) => `${indicator}的${field}未填写。`,
  },
  indicatorScoreRange: {
    description: "每项指标 0 ≤ 得分 ≤ 分值",
    negative: ({ indicator, score }) => `${indicator}的得分为负数（${score}）。`,
    overWeight: ({ indicator, score, weight }) =>
      `${indicator}的得分 ${score} 超过分值 ${weight}。`,
    atMost: ({ weight }) => `不超过 ${weight}`,
  },
  quantitativeScore: {
    description: "定量指标（带 ≥、≤ 等符号和数值的目标）按实际完成值计算得分",
    actualNotANumber: ({ indicator, target, actual, labels }) =>
      `${indicator}的目标是数值（${target}），${labels.actual}「${actual}」却不是数值，无法核对得分；请填写实际数值。`,
    over: ({ indicator, expected, target, actual, weight, printed, labels }) =>
      `${indicator}按完成情况最多得 ${expected} 分（目标 ${target}，实际 ${actual}，${labels.weight} ${weight}），表中为 ${printed}。`,
    under: ({ indicator, expected, target, actual, weight, printed, labels }) =>
      `${indicator}按完成情况可得 ${expected} 分（目标 ${target}，实际 ${actual}，${labels.weight} ${weight}），表中只有 ${printed}；` +
      "如有扣分理由，请在偏差原因中说明。",
  },
  deviationNote: {
    description: "得分低于分值、或实际值大幅超过目标时，必须填写偏差原因分析及改进措施",
    pointsLost: ({ indicator, score, weight, labels }) =>
      `${indicator}得分 ${score} 低于${labels.weight} ${weight}，须填写${labels.note}。`,
    overshoot: ({ indicator, share, margin }) =>
      `${indicator}实际完成值是目标的 ${share}%，超出目标 ${margin}% 或更多，应说明目标定得偏低的原因。`,
  },
  weightsSum: {
    description: "各项指标分值与预算执行分值之和为 100",
    budgetWeight: ({ standard, printed, sum }) =>
      `预算执行的分值应为 ${standard}，表中为 ${printed}；各项分值合计只有 ${sum}，应为 100。`,
    wrong: ({ sum, budget, indicators }) =>
      `各项分值合计为 ${sum}（预算执行 ${budget} + 指标 ${indicators}），应为 100。`,
  },
  totalWeight: {
    description: "总分的分值为 100",
    wrong: ({ printed }) => `总分的分值应为 100，表中为 ${printed}。`,
    blank: "总分的分值应为 100，表中未填写。",
  },
  totalScore: {
    description: "总分得分 = 预算执行得分 + 各项指标得分之和",
    blank: ({ sum }) => `总分得分未填写，各项得分之和为 ${sum}。`,
    wrong: ({ expected, printed }) =>
      `总分得分应为 ${expected}（预算执行得分与各项指标得分之和），表中为 ${printed}。`,
    wrongParts: ({ expected, sum, printed }) =>
      `总分得分应为 ${expected}（改正本表其他错误得分后的合计；按表中各项得分相加为 ${sum}），表中为 ${printed}。`,
  },
  defaultWeights: {
    description: "一级指标分值与通常分配（预算执行 10、产出 50、效益 30、满意度 10）不同时提示",
    budget: ({ printed, usual }) =>
      `预算执行分值为 ${printed}，通常为 ${usual}；如经批准调整，可忽略。`,
    level: ({ level, sum, usual, labels }) =>
      `${level}${labels.weight}合计为 ${sum}，通常为 ${usual}；如属特殊情况调整，可忽略。`,
  },
  lowExecutionFullOutput: {
    description: "执行率很低（低于 60% 或为 0）而产出指标全部满分，不合常理",
    nothingSpent: "资金全年未执行（执行率 0%），产出指标却全部满分，请核实产出的实际完成情况。",
    lowRate: ({ rate }) => `执行率仅 ${rate}，产出指标却全部满分，请核实产出的实际完成情况。`,
  },
  vagueTarget: {
    description: "数量、时效、成本指标的年度指标值只有文字（如 提高、满意）而无数值",
    wordsOnly: ({ level, target }) =>
      `${level}的年度指标值「${target}」只有文字，无法衡量是否完成；宜写成数值，如「≥95%」「10 个」「12 月底前」。`,
  },
  emptySlot: {
    description: "二级指标下没有填写任何指标（提示）",
    empty: ({ level }) => `${level}下没有填写指标；如本项目不涉及，可不填。`,
  },
  profiles: {
    names: {
      national: "全国通用（财预〔2020〕10号）",
      shanghai: "上海（得分截取一位小数）",
      yitihua: "预算管理一体化（执行率低于 90% 须说明原因）",
      provincial: "省级 20/80 表（预算执行 20 分，绩效目标 80 分）",
    },
    notJson: "规则配置不是有效的 JSON",
    notObject: "规则配置应是一个 JSON 对象",
    unknownSetting: ({ key }) => `规则配置中有不认识的设置「${key}」`,
    badSetting: ({ key, problem }) => `规则配置的「${key}」${problem}`,
    oneOf: ({ ids }) => `应是 ${ids.join("、")} 之一`,
    text: "应是文字",
    rate: "应是 0 到 2 之间的小数，如 0.9",
    budgetWeight: "应是 0 到 100 之间的数，如 10 或 20",
    scoreRounding: '应形如 {"mode": "round" 或 "trunc", "decimals": 1 或 2}',
    levelWeights: ({ example }) => `应形如 ${example}`,
    boolean: "应是 true 或 false",
    overshootRatio: "应是 1 到 3 之间的数，如 1.2 或 1.3",
  },
  regional: {
    unreadDescription: "表中认出了但没能读出的部分，以及像自评表却读不出的表",
    unreadPart: ({ part, expected }) =>
      `没能读出${part}：没有找到含「${expected.join("」「")}」的表头行。这一部分未检查，也不计入重算总分。`,
    unreadForm: ({ missing }) =>
      `这张表像是绩效自评表，但没能读出：${missing.join("、")}。请核对表头文字是否与标准表一致。`,
    parts: {
      anchor: "「项目名称」行",
      fundHeader: "预算执行的表头（全年预算数、全年执行数）",
      indicatorHeader: "绩效指标的表头（一级指标、三级指标、得分）",
    },
    formulaDescription: "公式没有保存的结果、也无法计算（每个文件提示一次）",
    formulaNoResult: ({ cell, formula, count }) =>
      `公式没有保存的结果，请在 Excel 中打开并保存后再检查（${cell}：=${formula}${count > 1 ? `，共 ${count} 处` : ""}）。这些单元格未当作空白。`,
    pointsDescription: "表中标明的分数：各一级指标分值之和等于标明的分数，各部分之和等于 100",
    levelPoints: ({ level, points, sum, labels }) =>
      `${level}标明 ${points} 分，其下各指标的${labels.weight}合计 ${sum}。`,
    blockPoints: ({ block, points, sum }) =>
      `${block}标明 ${points} 分，其下各部分合计 ${sum} 分。`,
    levelScores: ({ level, points, sum }) =>
      `${level}的得分合计 ${sum}，超过该级标明的 ${points} 分。`,
    slotDescription: "模板中未使用的空行（指标1:、……、全为 / 的行），不当作指标检查（提示）",
    slots: ({ count, examples }) =>
      `有 ${count} 行是模板的空行（${examples.join("、")}），未当作指标检查；如不需要可删去。`,
    formNote: ({ note, score, weight }) =>
      `各项指标得分合计 ${score}，未得满分 ${weight}，「${note}」应说明原因。`,
  },
};
