/** An in-memory Excel for tests and the preview page: just the Office.js the adapter uses. */
export { StandInWorkbook, StandInSheet } from "./model";
export type { StandInCell, StandInValidation, Borders, CellInput } from "./model";
export { installStandIn, createContext } from "./install";
export type { StandInOptions } from "./install";
export { StandInError, ErrorCodes } from "./errors";
export { displayText } from "./format";
