/** Browser builds of libraries the desk's worker imports by path; their types are the packages'. */
declare module "exceljs/dist/exceljs.min.js" {
  import ExcelJS from "exceljs";
  export default ExcelJS;
}
declare module "@e965/xlsx/dist/cpexcel.full.mjs";
