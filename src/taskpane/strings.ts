/**
 * Every sentence the pane says, in Chinese and in English, under the same keys. The pane
 * speaks the language Office is shown in (English for any English, else Chinese). Findings'
 * messages come from the core (src/core/messages); the adapter's refusals from
 * src/excel/texts.ts.
 */
import type { Lang } from "../core/messages";
import type { Grade, Severity } from "../core/findings";

/** A word that does not change with the number before it, as in Chinese. */
const same =
  (word: string): ((n: number) => string) =>
  () =>
    word;

const zh = {
  lang: "zh" as Lang,
  start: {
    notExcelTitle: "请在 Excel 里打开",
    notExcelText:
      "绩效自评助手是 Excel 加载项。请在 Excel 的「开始」选项卡点「绩效自评检查」打开它。",
    oldExcelTitle: "这个版本的 Excel 太旧",
    oldExcelText:
      "绩效自评助手需要 Microsoft 365 的 Excel、Excel 2019 或更新的版本，也可以用网页版 Excel。请更新 Office 后再打开。",
    noOfficeTitle: "没能加载 Office 组件",
    noOfficeText: "请检查网络连接，然后关闭并重新打开窗格。",
  },
  toolbar: {
    group: "操作",
    checkSheet: "检查当前工作表",
    checkAll: "检查全部工作表",
    clear: "清除标记",
    template: "插入模板",
    report: "生成检查报告",
    settings: "设置",
  },
  busy: {
    checkSheet: "正在检查当前工作表…",
    checkAll: "正在检查全部工作表…",
    clear: "正在清除标记…",
    fix: "正在改正并重新检查…",
    template: "正在插入模板…",
    accept: "正在记下并重新检查…",
    report: "正在生成检查报告…",
    settings: "正在保存设置…",
  },
  progress: {
    read: (sheet: number, sheets: number, name: string, rows: number, total: number) =>
      `正在读取第 ${sheet}/${sheets} 个工作表「${name}」：${rows}/${total} 行`,
    check: (sheets: number) => `已读取 ${sheets} 个工作表，正在检查…`,
    mark: (forms: number, sheets: number) =>
      `已检查 ${sheets} 个工作表中的 ${forms} 张自评表，正在标记…`,
    label: "进度",
    cancel: "取消",
  },
  status: {
    failedTitle: "没有完成",
    dismiss: "关闭提示",
    cleared: (n: number) => `已清除 ${n} 个单元格的标记，表格恢复原样。`,
    nothingToClear: "表中没有助手加的标记。",
    fixed: (cell: string, value: string, sheet: string) =>
      `已把 ${cell} 改为 ${value}，并重新检查了「${sheet}」。`,
    inserted: (sheet: string) => `已插入空白自评表「${sheet}」。填好后点「检查当前工作表」。`,
    accepted: (cell: string) => `已接受 ${cell} 的提示，理由记在了工作簿里。`,
    unaccepted: (cell: string) => `已取消接受 ${cell} 的提示，它重新标在了表中。`,
    reported: (summary: string, findings: string, forms: number, count: number) =>
      `已生成检查报告：「${summary}」和「${findings}」，共 ${forms} 张表、${count} 条提示。`,
    reportNoForms: "这个工作簿里没有找到绩效自评表，没有生成报告。",
    earlierReport: (sheets: string[]) =>
      `这个工作簿里已有检查报告（${sheets.map((n) => `「${n}」`).join("")}）。要删除它们，换成新的报告吗？`,
    replaceReport: "替换",
    keepReport: "保留旧报告",
    noPrintSetup:
      "这个版本的 Excel 不能由助手设置打印格式（需要 Excel 2019 或更新版本）；打印前请在「页面布局」中选 A4、调整为 1 页宽。",
    formFindings: (sheet: string, count: number) =>
      `已生成问题清单「${sheet}」，共 ${count} 条提示，可直接打印或发回填报单位。`,
    profileSaved: (name: string) => `已保存：这个工作簿按「${name}」检查。重新检查后生效。`,
    profileAuto: "已保存：每张表按它的样式选用规则。重新检查后生效。",
    genericFailure:
      "出了点问题，这一步没有完成。请保存文件后再试一次；如果反复出现，请关闭并重新打开窗格。",
  },
  notices: {
    noMergedAreas: "这个版本的 Excel 读不出合并单元格，检查结果可能不全。建议更新 Office。",
    fillsOnly: "这个版本的 Excel 不能添加批注，只用颜色标出了有问题的单元格。",
    commentsRefused: "有的单元格已有备注，没能加上说明；问题已用颜色标出，说明见任务窗格。",
    recordIgnored: "工作簿里保存的标记记录有一部分读不懂（不是本助手写的或已损坏），已略过这部分。",
    protectedSkipped: (sheets: string[]) =>
      `工作表「${sheets.join("」「")}」受保护，其中的标记没有写入也没有清除；取消保护后再点一次即可。`,
    notesKept: "有的说明里您已写入自己的文字，助手没有改动或删除这些说明。",
    threadsKept: "有的批注已有同事回复，助手没有改动或删除这些批注。",
    gradientsUnpainted: "有的单元格是渐变填充，助手没有改它的颜色（无法原样恢复），只加了说明。",
  },
  welcome: {
    title: "检查项目支出绩效自评表",
    text: "打开填好的自评表，点「检查当前工作表」。助手会重算执行率、资金合计、各项得分和总分，核对等级，把有问题的单元格在表中标出来。",
    red: "红色：算错或填错，需要改",
    yellow: "黄色：提醒，请核对",
    noForm: "还没有表？点「插入模板」新建一张。",
  },
  noForms: {
    title: (scope: "sheet" | "workbook") =>
      `${scope === "sheet" ? "此工作表上" : "这个工作簿里"}没有找到绩效自评表`,
    text: "助手按「项目名称」「项目资金」「绩效指标」「总分」这些栏目找表。请切换到自评表所在的工作表再检查，或插入一张空白模板。",
  },
  results: {
    region: "检查结果",
    title: (where: string) => `检查结果 · ${where}`,
    sheet: (name: string) => `「${name}」`,
    allSheets: "全部工作表",
    allSheetsCount: (n: number) => `全部 ${n} 个工作表`,
    none: "没有发现问题",
    /** The word after a bold number. */
    errors: same("处错误"),
    warnings: same("处提醒"),
    marked: (n: number) => `已在表中标出 ${n} 个单元格`,
    forms: (forms: number, withErrors: number, withWarnings: number, fine: number) =>
      `${forms} 张表：${withErrors} 张有错误，${withWarnings} 张只有提醒，${fine} 张没有问题`,
    onlyErrors: "只看错误",
    profile: (name: string) => `规则：${name}`,
    summaryNone: (where: string) => `${where}里没有找到绩效自评表。`,
    summaryFine: (where: string, forms: number) => `检查了${where}的 ${forms} 张表，没有发现问题。`,
    summary: (where: string, forms: number, parts: string[], marked: number) =>
      `检查了${where}的 ${forms} 张表：发现 ${parts.join("、")}${marked > 0 ? `，已在表中标出 ${marked} 个单元格` : ""}。`,
    count: (n: number, what: "errors" | "warnings") =>
      `${n} ${what === "errors" ? "处错误" : "处提醒"}`,
  },
  form: {
    noProject: "（未填项目名称）",
    print: "打印问题清单",
    total: "重算总分",
    accepted: (n: number) => `${n} 处已接受`,
    targetSetting: (n: number) => `目标设置：${n} 条建议`,
    targetSettingHint:
      "年度指标值和分值在绩效目标申报时已经确定，自评时一般不能更改，供以后设置目标时参考。",
    grade: { 优: "优", 良: "良", 中: "中", 差: "差" } as Record<Grade, string>,
    gradeTitle: {
      优: "优：90 分及以上",
      良: "良：80 至 90 分",
      中: "中：60 至 80 分",
      差: "差：60 分以下",
    } as Record<Grade, string>,
  },
  finding: {
    severity: { error: "错误", warning: "提醒", info: "说明" } as Record<Severity, string>,
    acceptedLabel: (severity: string) => `已接受的${severity}`,
    label: (severity: string, cell: string, message: string) => `${severity}，${cell}：${message}`,
    select: (cell: string) => `在表中选中 ${cell}`,
    expected: (value: string) => `应为 ${value}`,
    acceptedBecause: (reason: string, date: string) => `已接受：${reason}（${date}）`,
    fix: (value: string) => `改为 ${value}`,
    accept: "接受",
    unaccept: "取消接受",
    reason: "理由",
    reasonHint: "例如：财政局已同意调整分值",
    reasonMissing: "请写明接受的理由。",
    confirm: "确定接受",
    cancel: "取消",
  },
  template: {
    region: "插入模板",
    title: "插入空白自评表",
    year: "年度",
    yearOption: (y: number) => `${y} 年度`,
    variant: "样式",
    insert: "插入",
    cancel: "取消",
  },
  settings: {
    region: "检查规则",
    title: "检查规则",
    intro: "各地的评分口径略有不同。选定后，这个工作簿的每次检查都按它，别人打开这个文件也一样。",
    auto: "按表格样式自动选择",
    autoHint: "一体化表按「预算管理一体化」，其他表按「全国通用」",
    budgetWeight: "预算执行分值",
    rounding: "得分取舍",
    overshoot: "偏差说明门槛",
    reasonBelow: "执行率说明门槛",
    points: (n: number) => `${n} 分`,
    round: (decimals: number) => `四舍五入到 ${decimals} 位小数`,
    trunc: (decimals: number) => `截取 ${decimals} 位小数（不四舍五入）`,
    overshootValue: (percent: number) => `完成值达到指标值的 ${100 + percent}% 及以上须说明`,
    reasonBelowValue: (percent: number) => `低于 ${percent}% 须说明原因`,
    reasonNotRequired: "不要求",
    paintTargetSetting: "在表中也标出目标设置建议",
    paintTargetSettingHint:
      "指标值只有文字、分值不是通常分配等，是申报绩效目标时定下的，默认只在结果中列出，不涂黄色。",
    save: "保存",
    cancel: "取消",
  },
  footer: "全部检查在本机完成，表格内容不会发送到任何地方。",
};

export type Strings = typeof zh;

const en: Strings = {
  lang: "en",
  start: {
    notExcelTitle: "Please open this in Excel",
    notExcelText:
      "The Self-Evaluation Checker is an Excel add-in. Open it from Excel's Home tab with “Check Self-Evaluation”.",
    oldExcelTitle: "This version of Excel is too old",
    oldExcelText:
      "The checker needs Excel for Microsoft 365, Excel 2019 or newer, or Excel on the web. Please update Office and open it again.",
    noOfficeTitle: "Office could not be loaded",
    noOfficeText: "Please check the network connection, then close and reopen the pane.",
  },
  toolbar: {
    group: "Actions",
    checkSheet: "Check sheet",
    checkAll: "Check all",
    clear: "Clear marks",
    template: "Template",
    report: "Create report",
    settings: "Settings",
  },
  busy: {
    checkSheet: "Checking this sheet…",
    checkAll: "Checking all sheets…",
    clear: "Clearing marks…",
    fix: "Correcting and checking again…",
    template: "Inserting the template…",
    accept: "Recording and checking again…",
    report: "Creating the report…",
    settings: "Saving the setting…",
  },
  progress: {
    read: (sheet: number, sheets: number, name: string, rows: number, total: number) =>
      `Reading sheet ${sheet} of ${sheets} (“${name}”): ${rows} of ${total} rows`,
    check: (sheets) => `Read ${sheets} sheet${sheets === 1 ? "" : "s"}; checking…`,
    mark: (forms: number, sheets: number) =>
      `Checked ${forms} form${forms === 1 ? "" : "s"} on ${sheets} sheet${sheets === 1 ? "" : "s"}; marking…`,
    label: "Progress",
    cancel: "Cancel",
  },

  status: {
    failedTitle: "Not completed",
    dismiss: "Close message",
    cleared: (n) => `Cleared the marks of ${n} cells; the sheet is as it was.`,
    nothingToClear: "There are no marks of the checker in the workbook.",
    fixed: (cell, value, sheet) => `Changed ${cell} to ${value} and checked “${sheet}” again.`,
    inserted: (sheet) => `Inserted a blank form “${sheet}”. Fill it in, then click “Check sheet”.`,
    accepted: (cell) => `Accepted the finding at ${cell}; the reason is kept in the workbook.`,
    unaccepted: (cell) => `The finding at ${cell} is no longer accepted and is marked again.`,
    reported: (summary, findings, forms, count) =>
      `Created the report: “${summary}” and “${findings}”, ${forms} forms, ${count} findings.`,
    reportNoForms: "No self-evaluation form was found in this workbook, so no report was created.",
    earlierReport: (sheets) =>
      `This workbook already holds a report (${sheets.map((n) => `“${n}”`).join(", ")}). Delete it and create a new one?`,
    replaceReport: "Replace",
    keepReport: "Keep the old one",
    noPrintSetup:
      "This Excel cannot take the page setup (it needs Excel 2019 or later); before printing, choose A4 and fit to 1 page wide in Page Layout.",
    formFindings: (sheet, count) =>
      `Created the findings sheet “${sheet}” with ${count} findings, ready to print or send back.`,
    profileSaved: (name) =>
      `Saved: this workbook is checked by “${name}”. It applies from the next check.`,
    profileAuto: "Saved: each form gets the rules of its layout. It applies from the next check.",
    genericFailure:
      "Something went wrong and this step was not completed. Please save the file and try again; if it keeps happening, close and reopen the pane.",
  },
  notices: {
    noMergedAreas:
      "This version of Excel cannot read merged cells, so the results may be incomplete. Please update Office.",
    fillsOnly: "This version of Excel cannot add notes, so problem cells are only coloured.",
    commentsRefused:
      "Some cells already hold a note, so no explanation was added there; the cells are coloured and the pane explains them.",
    recordIgnored:
      "Part of the record of marks saved in this workbook could not be read (not written by this add-in, or damaged) and was skipped.",
    protectedSkipped: (sheets: string[]) =>
      `The sheet${sheets.length > 1 ? "s" : ""} “${sheets.join("”, “")}” ${sheets.length > 1 ? "are" : "is"} protected: marks there were neither written nor removed. Unprotect and click again.`,
    notesKept:
      "Some notes hold text you typed into them; the checker left those notes as they are.",
    threadsKept:
      "Some comments have replies from colleagues; the checker left those threads as they are.",
    gradientsUnpainted:
      "Some cells have a gradient fill; the checker did not recolour them (it could not put the gradient back) and only added the note.",
  },
  welcome: {
    title: "Check project expenditure self-evaluation forms",
    text: "Open a filled-in form and click “Check sheet”. The checker recomputes execution rates, fund totals, every score and the total, checks the grade, and marks the cells that are wrong.",
    red: "Red: a wrong sum or entry, to be corrected",
    yellow: "Yellow: a warning, please check",
    noForm: "No form yet? Click “Template” to start one.",
  },
  noForms: {
    title: (scope) =>
      `No self-evaluation form found ${scope === "sheet" ? "on this sheet" : "in this workbook"}`,
    text: "The checker finds a form by its headings 项目名称, 项目资金, 绩效指标 and 总分. Switch to the sheet that holds the form and check again, or insert a blank template.",
  },
  results: {
    region: "Results",
    title: (where) => `Results · ${where}`,
    sheet: (name) => `“${name}”`,
    allSheets: "all sheets",
    allSheetsCount: (n) => `all ${n} sheets`,
    none: "No problems found",
    errors: (n) => (n === 1 ? "error" : "errors"),
    warnings: (n) => (n === 1 ? "warning" : "warnings"),
    marked: (n) => `${n} cells marked in the sheet`,
    forms: (forms, withErrors, withWarnings, fine) =>
      `${forms} forms: ${withErrors} with errors, ${withWarnings} with warnings only, ${fine} without problems`,
    onlyErrors: "Errors only",
    profile: (name) => `Rules: ${name}`,
    summaryNone: (where) => `No self-evaluation form found in ${where}.`,
    summaryFine: (where, forms) => `Checked ${forms} forms in ${where}: no problems found.`,
    summary: (where, forms, parts, marked) =>
      `Checked ${forms} forms in ${where}: found ${parts.join(" and ")}${marked > 0 ? `; ${marked} cells marked in the sheet` : ""}.`,
    count: (n, what) => `${n} ${what === "errors" ? "error" : "warning"}${n === 1 ? "" : "s"}`,
  },
  form: {
    noProject: "(project name not filled in)",
    print: "Printable findings",
    total: "Recomputed total",
    accepted: (n) => `${n} accepted`,
    targetSetting: (n) => `Target setting: ${n} suggestion${n === 1 ? "" : "s"}`,
    targetSettingHint:
      "Targets and weights were fixed when the performance targets were filed and usually cannot change at self-evaluation; these are for setting next year's targets.",
    grade: { 优: "Excellent", 良: "Good", 中: "Fair", 差: "Poor" },
    gradeTitle: {
      优: "Excellent: 90 points or more",
      良: "Good: 80 to 90 points",
      中: "Fair: 60 to 80 points",
      差: "Poor: below 60 points",
    },
  },
  finding: {
    severity: { error: "Error", warning: "Warning", info: "Note" },
    acceptedLabel: (severity) => `Accepted ${severity.toLowerCase()}`,
    label: (severity, cell, message) => `${severity}, ${cell}: ${message}`,
    select: (cell) => `Select ${cell} in the sheet`,
    expected: (value) => `Should be ${value}`,
    acceptedBecause: (reason, date) => `Accepted: ${reason} (${date})`,
    fix: (value) => `Change to ${value}`,
    accept: "Accept",
    unaccept: "Undo accept",
    reason: "Reason",
    reasonHint: "e.g. the finance bureau approved the weights",
    reasonMissing: "Please give the reason for accepting.",
    confirm: "Accept",
    cancel: "Cancel",
  },
  template: {
    region: "Insert template",
    title: "Insert a blank form",
    year: "Year",
    yearOption: (y) => `${y}`,
    variant: "Layout",
    insert: "Insert",
    cancel: "Cancel",
  },
  settings: {
    region: "Rules",
    title: "Rules",
    intro:
      "Regions score a little differently. The rules chosen here are used for every check of this workbook, also when others open the file.",
    auto: "Choose by the form's layout",
    autoHint: "一体化 forms get “Budget integration”, all others “National”",
    budgetWeight: "Budget execution weight",
    rounding: "Score rounding",
    overshoot: "Deviation note",
    reasonBelow: "Low execution note",
    points: (n) => `${n} points`,
    round: (decimals) => `rounded to ${decimals} decimals`,
    trunc: (decimals) => `cut to ${decimals} decimal${decimals === 1 ? "" : "s"} (not rounded)`,
    overshootValue: (percent) =>
      `where the actual value is ${100 + percent}% of the target or more`,
    reasonBelowValue: (percent) => `below ${percent}% needs a reason`,
    reasonNotRequired: "not required",
    paintTargetSetting: "Also mark target-setting suggestions in the sheet",
    paintTargetSettingHint:
      "Word-only targets and unusual weights were set when the targets were filed; by default they are listed in the results, not painted yellow.",
    save: "Save",
    cancel: "Cancel",
  },
  footer: "Every check runs on this computer; nothing in the workbook is sent anywhere.",
};

export const STRINGS: Record<Lang, Strings> = { zh, en };
