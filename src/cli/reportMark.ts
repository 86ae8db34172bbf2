/** Put in the report workbook's properties (keywords), so that a later run knows it (outputs.ts). */
export const REPORT_MARK = "selfeval-report";
