/**
 * Forms of other regions written cell by cell (issue 8): a standard-shaped form as an Anhui
 * county prints it, with annotations in its labels, amounts in 元. Each test copies the rows
 * and changes what its point is about. Rows (Excel numbering): 5 fund header, 6 年度资金总额,
 * 7 当年, 8 结转, 9 其他, 12 indicator header, 13..16 indicators, 17 总分.
 */
import { Grid } from "../../../src/core/grid";
import { SheetValue, sheetOf } from "../../fixtures/sheet";

export interface Rows {
  rows: SheetValue[][];
  merges: string[];
}

const pct = (v: number, fmt = "0.00%") => ({ v, fmt });

export function anhuiForm(): Rows {
  return {
    rows: [
      ["项目支出绩效自评表"],
      ["（2022年度）"],
      ["项目名称：", "乡村道路养护"],
      ["主管部门：", "某县交通运输局", null, null, "实施单位：", "某县公路管理站"],
      [
        "项目资金\n(元)",
        null,
        "年初预算数",
        "全年预算数(A)",
        "全年执行数(B)",
        "分值",
        "执行率(B/A)",
        "得分(10分*执行率)",
      ],
      [null, "年度资金总额:", 1000000, 1000000, 980000, 10, pct(0.98), 9.8],
      [null, "其中:当年财政\n拨款", 1000000, 1000000, 980000, "—", pct(0.98), "—"],
      [null, "上年结转资金", 0, 0, 0, "—", "—", "—"],
      [null, "其他资金", 0, 0, 0, "—", "—", "—"],
      ["年度总体目标", "预期目标", null, null, null, "实际完成情况"],
      [null, "完成乡村道路养护 50 公里", null, null, null, "完成 52 公里"],
      [
        "绩效指标",
        "一级指标",
        "二级指标",
        "三级指标",
        "年度指标值",
        "实际完成值",
        "分值",
        "得分",
        "偏差原因分析及改进措施",
      ],
      [null, "产出指标(50分)", "数量指标", "养护里程", "≥50公里", "52公里", 30, 30, null],
      [null, null, "质量指标", "养护合格率", "≥95%", "98%", 20, 20, null],
      [null, "效益指标\n（30分）", "社会效益指标", "群众出行条件", "改善", "改善", 30, 30, null],
      [null, "满意度指标\n(10分)", "服务对象满意度指标", "群众满意度", "≥90%", "95%", 10, 10, null],
      ["总分", null, null, null, null, null, 100, 99.8, null],
    ],
    merges: [
      "A1:I1",
      "A2:I2",
      "B3:I3",
      "B4:D4",
      "F4:I4",
      "A5:A9",
      "H5:I5",
      "H6:I6",
      "H7:I7",
      "H8:I8",
      "H9:I9",
      "A10:A11",
      "B10:E10",
      "F10:I10",
      "B11:E11",
      "F11:I11",
      "A12:A16",
      "B13:B14",
      "A17:F17",
    ],
  };
}

export function copyRows(form: Rows): Rows {
  return JSON.parse(JSON.stringify(form)) as Rows;
}

/** Sets a cell by its A1 address (Excel numbering), growing the row as needed. */
export function put(form: Rows, address: string, value: SheetValue): void {
  const match = /^([A-Z])(\d+)$/.exec(address)!;
  const col = match[1].charCodeAt(0) - 65;
  const row = Number(match[2]) - 1;
  while (form.rows.length <= row) form.rows.push([]);
  const line = form.rows[row];
  while (line.length <= col) line.push(null);
  line[col] = value;
}

export function gridOfRows(form: Rows, name = "表1"): Grid {
  return sheetOf(name, form.rows, form.merges);
}

export { pct };
