/** A file that cannot be read, with a one-line reason an accountant understands. */
export class UnreadableFile extends Error {}

/** What a damaged workbook is called, whatever part of it is broken. */
export const DAMAGED = "文件不完整或已损坏，Excel 也可能打不开它；请向报送单位重新索取";
