/** The grid's merged areas: small ones listed cell by cell, large ones kept whole, one answer. */
import { Area, Grid } from "../../src/core/grid";

const inside = (a: Area, row: number, col: number): boolean =>
  a.top <= row && row <= a.bottom && a.left <= col && col <= a.right;

/** A seeded generator, so that a failure can be run again. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe("merged areas", () => {
  it("are found for every cell inside them and for none outside, whatever their size", () => {
    const next = random(7);
    for (let sheet = 0; sheet < 40; sheet++) {
      const grid = new Grid("Sheet1");
      const areas: Area[] = [];
      // Areas in bands of rows that do not overlap: small ones, and some of whole columns' height.
      for (let band = 0; band < 12; band++) {
        const top = band * 1000 + Math.floor(next() * 10);
        const tall = next() < 0.25;
        const area: Area = {
          top,
          left: Math.floor(next() * 20),
          bottom: top + (tall ? 900 + Math.floor(next() * 99) : Math.floor(next() * 4)),
          right: 0,
        };
        area.right = area.left + (tall ? 80 + Math.floor(next() * 100) : Math.floor(next() * 6));
        areas.push(area);
        grid.addMerge(area);
      }
      grid.set(areas[0].top, areas[0].left, { value: "项目名称" });
      for (let probe = 0; probe < 3000; probe++) {
        const row = Math.floor(next() * 12_500);
        const col = Math.floor(next() * 220);
        const expected = areas.find((a) => inside(a, row, col));
        expect(grid.mergeAt(row, col)).toBe(expected);
      }
      // A cell inside an area shows the area's first cell.
      expect(grid.get(areas[0].bottom, areas[0].right)).toEqual({ value: "项目名称" });
    }
  });

  it("keeps a merged area of the whole sheet without listing its cells", () => {
    const grid = new Grid("Sheet1");
    const whole: Area = { top: 0, left: 10, bottom: 1_048_575, right: 16_383 };
    grid.addMerge({ top: 0, left: 0, bottom: 0, right: 8 });
    grid.addMerge(whole);
    expect(grid.mergeAt(1_048_575, 16_383)).toBe(whole);
    expect(grid.mergeAt(500_000, 10)).toBe(whole);
    expect(grid.mergeAt(500_000, 9)).toBeUndefined();
    expect(grid.mergeAt(0, 4)).toEqual({ top: 0, left: 0, bottom: 0, right: 8 });
    expect(grid.merges).toHaveLength(2);
    expect([grid.rowCount, grid.colCount]).toEqual([1_048_576, 16_384]);
  });

  it("passes over an area whose first cell is already merged, large or small", () => {
    const grid = new Grid("Sheet1");
    const large: Area = { top: 0, left: 0, bottom: 999, right: 99 };
    grid.addMerge(large);
    grid.addMerge({ top: 5, left: 5, bottom: 6, right: 6 });
    grid.addMerge({ top: 0, left: 0, bottom: 1, right: 1 });
    expect(grid.merges).toEqual([large]);
    expect(grid.mergeAt(5, 5)).toBe(large);
  });
});
