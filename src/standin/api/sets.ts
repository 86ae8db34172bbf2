/**
 * The requirement set of every member the stand-in implements, as @types/office-js tags it
 * (test/standin/sets.test.ts holds this table to the tags). A member whose set the host lacks
 * fails the sync with ApiNotFound, as Excel does: methods and navigation when called, scalar
 * properties when loaded or set.
 */
import { ApiObject, setMemberSets } from "./base";
import {
  ApplicationApi,
  NamedItemApi,
  NamedItemCollectionApi,
  WorkbookProtectionApi,
} from "./bookParts";
import { RangeBorderApi, RangeBorderCollectionApi } from "./borders";
import { HeaderFooterApi, HeaderFooterGroupApi } from "./headersFooters";
import { RangeFillApi, RangeFontApi, RangeFormatApi } from "./format";
import {
  CommentApi,
  CommentCollectionApi,
  CommentReplyApi,
  CommentReplyCollectionApi,
  NoteApi,
  NoteCollectionApi,
} from "./notes";
import { RangeApi } from "./range";
import { RangeAreasApi, RangeCollectionApi } from "./rangeAreas";
import {
  AutoFilterApi,
  PageLayoutApi,
  WorksheetFreezePanesApi,
  WorksheetProtectionApi,
} from "./sheetParts";
import { DataValidationApi } from "./validation";
import { SettingApi, SettingCollectionApi, WorkbookApi } from "./workbook";
import { WorksheetApi, WorksheetCollectionApi } from "./worksheet";

type Members = Record<string, string>;
type ApiClass = abstract new (...args: never[]) => ApiObject;

/** A collection's items come with the collection's own set. */
const collection = (version: string): Members => ({ items: version, load: version });

/** [stand-in class, Office.js class, member → ExcelApi version]. */
export const API_SETS: [ApiClass, string, Members][] = [
  [
    WorkbookApi,
    "Workbook",
    {
      worksheets: "1.1",
      settings: "1.4",
      notes: "1.18",
      comments: "1.10",
      application: "1.1",
      protection: "1.7",
      names: "1.1",
      getSelectedRange: "1.1",
      getActiveCell: "1.7",
    },
  ],
  [ApplicationApi, "Application", { calculationMode: "1.1", calculate: "1.1" }],
  [
    WorkbookProtectionApi,
    "WorkbookProtection",
    { protected: "1.7", protect: "1.7", unprotect: "1.7" },
  ],
  [
    WorksheetCollectionApi,
    "WorksheetCollection",
    {
      ...collection("1.1"),
      getActiveWorksheet: "1.1",
      getItem: "1.1",
      getItemOrNullObject: "1.4",
      add: "1.1",
      getCount: "1.4",
    },
  ],
  [
    WorksheetApi,
    "Worksheet",
    {
      name: "1.1",
      id: "1.1",
      position: "1.1",
      visibility: "1.1",
      protection: "1.2",
      pageLayout: "1.9",
      freezePanes: "1.7",
      autoFilter: "1.9",
      notes: "1.18",
      comments: "1.10",
      getRange: "1.1",
      getRangeByIndexes: "1.7",
      getCell: "1.1",
      getUsedRange: "1.2",
      getUsedRangeOrNullObject: "1.4",
      activate: "1.1",
      delete: "1.1",
    },
  ],
  [
    WorksheetProtectionApi,
    "WorksheetProtection",
    { protected: "1.2", protect: "1.2", unprotect: "1.7" },
  ],
  [
    RangeApi,
    "Range",
    {
      address: "1.1",
      addressLocal: "1.1",
      rowIndex: "1.1",
      columnIndex: "1.1",
      rowCount: "1.1",
      columnCount: "1.1",
      cellCount: "1.1",
      values: "1.1",
      text: "1.1",
      numberFormat: "1.1",
      formulas: "1.1",
      valueTypes: "1.1",
      format: "1.1",
      dataValidation: "1.8",
      worksheet: "1.1",
      getCell: "1.1",
      getCellProperties: "1.9",
      getMergedAreasOrNullObject: "1.13",
      merge: "1.2",
      unmerge: "1.2",
      select: "1.1",
    },
  ],
  [RangeAreasApi, "RangeAreas", { address: "1.9", areaCount: "1.9", areas: "1.9" }],
  [RangeCollectionApi, "RangeCollection", collection("1.9")],
  [
    RangeFormatApi,
    "RangeFormat",
    {
      fill: "1.1",
      font: "1.1",
      borders: "1.1",
      columnWidth: "1.2",
      rowHeight: "1.2",
      wrapText: "1.1",
      horizontalAlignment: "1.1",
      verticalAlignment: "1.1",
      autofitRows: "1.2",
      autofitColumns: "1.2",
    },
  ],
  [
    RangeFillApi,
    "RangeFill",
    {
      color: "1.1",
      pattern: "1.9",
      patternColor: "1.9",
      tintAndShade: "1.9",
      patternTintAndShade: "1.9",
      clear: "1.1",
    },
  ],
  [RangeFontApi, "RangeFont", { bold: "1.1", color: "1.1", underline: "1.1" }],
  [RangeBorderCollectionApi, "RangeBorderCollection", { getItem: "1.1" }],
  [RangeBorderApi, "RangeBorder", { style: "1.1", weight: "1.1", color: "1.1" }],
  [
    DataValidationApi,
    "DataValidation",
    { rule: "1.8", prompt: "1.8", errorAlert: "1.8", clear: "1.8" },
  ],
  [
    SettingCollectionApi,
    "SettingCollection",
    { ...collection("1.4"), add: "1.4", getItem: "1.4", getItemOrNullObject: "1.4" },
  ],
  [SettingApi, "Setting", { key: "1.4", value: "1.4", delete: "1.4" }],
  [
    NoteCollectionApi,
    "NoteCollection",
    { ...collection("1.18"), add: "1.18", getItem: "1.18", getItemOrNullObject: "1.18" },
  ],
  [NoteApi, "Note", { content: "1.18", authorName: "1.18", delete: "1.18", getLocation: "1.18" }],
  [
    CommentCollectionApi,
    "CommentCollection",
    {
      ...collection("1.10"),
      add: "1.10",
      getItem: "1.10",
      getItemByCell: "1.10",
      getItemOrNullObject: "1.14",
    },
  ],
  [
    CommentApi,
    "Comment",
    {
      content: "1.10",
      authorName: "1.10",
      id: "1.10",
      resolved: "1.11",
      replies: "1.10",
      delete: "1.10",
      getLocation: "1.10",
    },
  ],
  [CommentReplyCollectionApi, "CommentReplyCollection", collection("1.10")],
  [CommentReplyApi, "CommentReply", { content: "1.10", authorName: "1.10" }],
  [
    NamedItemCollectionApi,
    "NamedItemCollection",
    { ...collection("1.1"), add: "1.4", getItem: "1.1", getItemOrNullObject: "1.4" },
  ],
  [
    NamedItemApi,
    "NamedItem",
    {
      name: "1.1",
      visible: "1.1",
      formula: "1.7",
      value: "1.1",
      type: "1.1",
      delete: "1.4",
      getRangeOrNullObject: "1.4",
    },
  ],
  [
    PageLayoutApi,
    "PageLayout",
    { setPrintArea: "1.9", setPrintTitleRows: "1.9", headersFooters: "1.9" },
  ],
  [HeaderFooterGroupApi, "HeaderFooterGroup", { defaultForAllPages: "1.9" }],
  [
    HeaderFooterApi,
    "HeaderFooter",
    {
      leftHeader: "1.9",
      centerHeader: "1.9",
      rightHeader: "1.9",
      leftFooter: "1.9",
      centerFooter: "1.9",
      rightFooter: "1.9",
    },
  ],
  [WorksheetFreezePanesApi, "WorksheetFreezePanes", { freezeRows: "1.7", unfreeze: "1.7" }],
  [AutoFilterApi, "AutoFilter", { apply: "1.9", remove: "1.9" }],
];

/** Members of the proxies that Office.js does not have: the stand-in's own plumbing. */
export const INTERNAL = new Set([
  "constructor",
  "isNullObject",
  "loadNow",
  "toJSON",
  "getCount",
  "asOrNull",
  "asStrict",
  "must",
  "target",
  "resolve",
  "rangeAt",
  "change",
  "at",
  "worksheetApi",
  "apiClass",
  "readScalar",
  "scalarNames",
  "child",
  "exists",
  "current",
  "make",
  "addAt",
  "byCell",
  "byId",
  "byKey",
  "entry",
  "merged",
  "setTint",
  "writeInputs",
  "rangeByIndexes",
]);

const lookup = new Map<string, string>();

/** Wraps each gated method and navigation property so that a missing set fails the sync. */
function gate(klass: ApiClass, office: string, members: Members): void {
  const proto = klass.prototype as Record<string, unknown>;
  Object.defineProperty(proto, "apiClass", { value: office, configurable: true });
  for (const [member, version] of Object.entries(members)) {
    lookup.set(`${office}.${member}`, version);
    if (version === "1.1") continue;
    let owner: object | null = proto;
    let descriptor: PropertyDescriptor | undefined;
    while (owner && !(descriptor = Object.getOwnPropertyDescriptor(owner, member)))
      owner = Object.getPrototypeOf(owner);
    if (!descriptor) continue;
    const what = `${office}.${member}`;
    const need = (self: ApiObject): void => self.context.requireApi(version, what);
    if (typeof descriptor.value === "function" && member !== "load") {
      const method = descriptor.value as (...args: unknown[]) => unknown;
      Object.defineProperty(proto, member, {
        ...descriptor,
        value(this: ApiObject, ...args: unknown[]) {
          need(this);
          return method.apply(this, args);
        },
      });
    } else if (descriptor.get) {
      const { get, set } = descriptor;
      Object.defineProperty(proto, member, {
        ...descriptor,
        get(this: ApiObject) {
          const value = get.call(this);
          // Navigation (an object) is a request of its own; a loaded scalar was checked at load.
          if (value instanceof ApiObject) need(this);
          return value;
        },
        set: set
          ? function (this: ApiObject, value: unknown) {
              need(this);
              set.call(this, value);
            }
          : undefined,
      });
    }
  }
}

for (const [klass, office, members] of API_SETS) gate(klass, office, members);
setMemberSets((key) => lookup.get(key));
