/**
 * Whether the page draws Chinese characters as glyphs. Without a CJK font Chromium draws every
 * one as the same box (.notdef), so the screenshots cannot be read and nothing else says so.
 */
import type { Page } from "playwright-core";

export interface GlyphCheck {
  /** 检 and 查 drawn differently from each other and from a character no font has. */
  renders: boolean;
  /** The font the pane asks for, as the page resolved it. */
  font: string;
  widths: { chinese: number; box: number };
}

export async function checkChineseGlyphs(page: Page): Promise<GlyphCheck> {
  return page.evaluate(() => {
    const font = `32px ${getComputedStyle(document.body).fontFamily}`;
    const draw = (text: string): string => {
      const canvas = document.createElement("canvas");
      canvas.width = 48;
      canvas.height = 48;
      const context = canvas.getContext("2d")!;
      context.font = font;
      context.fillStyle = "#000";
      context.fillText(text, 4, 38);
      return canvas.toDataURL();
    };
    const measure = (text: string): number => {
      const context = document.createElement("canvas").getContext("2d")!;
      context.font = font;
      return context.measureText(text).width;
    };
    // U+E000 is a private-use character: no font has it, every browser draws a box.
    const box = draw("\ue000");
    const jian = draw("检");
    const cha = draw("查");
    return {
      renders: jian !== cha && jian !== box && cha !== box,
      font,
      widths: { chinese: measure("检查"), box: measure("\ue000\ue000") },
    };
  });
}

export const NO_CJK_FONT =
  "浏览器里的中文显示成方框：这台机器没有中文（CJK）字体，截图无法阅读。请安装字体后再运行，" +
  "例如 apt-get install fonts-noto-cjk（或 fonts-wqy-microhei）。/ Chinese text renders as boxes: " +
  "no CJK font is installed; install fonts-noto-cjk (or fonts-wqy-microhei) and run again.";
