/**
 * The pane's look: Fluent UI's light theme in Excel's green, with the font stack Office uses
 * for Chinese (Segoe UI for Latin, 微软雅黑 for Chinese, then the Mac and Linux equivalents).
 */
import { BrandVariants, Theme, createLightTheme } from "@fluentui/react-components";

export const FONT_STACK =
  '"Segoe UI", "Microsoft YaHei UI", "Microsoft YaHei", "微软雅黑", "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Noto Sans SC", sans-serif';

/** Excel's green (#107C41) at 80, the shade Fluent uses for primary buttons and links. */
const excelGreen: BrandVariants = {
  10: "#020D07",
  20: "#05200F",
  30: "#073218",
  40: "#094220",
  50: "#0B5229",
  60: "#0C6131",
  70: "#0E6F39",
  80: "#107C41",
  90: "#218A4F",
  100: "#37975E",
  110: "#4DA46E",
  120: "#65B17F",
  130: "#7EBE91",
  140: "#98CBA4",
  150: "#B3D8BA",
  160: "#CFE6D2",
};

export const paneTheme: Theme = {
  ...createLightTheme(excelGreen),
  fontFamilyBase: FONT_STACK,
};
