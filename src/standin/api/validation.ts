/** Data validation (ExcelApi 1.8): rules, prompts and alerts kept per area. */
import { Area } from "../../core/grid";
import { StandInSheet, overlaps } from "../model";
import { ApiObject, RangeHandle, RequestContext } from "./base";

type ValidationPatch = { rule?: unknown; prompt?: unknown; errorAlert?: unknown };

function replaceValidation(sheet: StandInSheet, area: Area, patch: ValidationPatch): void {
  const same = sheet.validations.find(
    (v) =>
      v.area.top === area.top &&
      v.area.left === area.left &&
      v.area.bottom === area.bottom &&
      v.area.right === area.right
  );
  if (same) {
    Object.assign(same, patch);
    return;
  }
  sheet.validations = sheet.validations.filter((v) => !overlaps(v.area, area));
  sheet.validations.push({ area: { ...area }, rule: null, ...patch });
}

export class DataValidationApi extends ApiObject {
  constructor(
    context: RequestContext,
    private readonly range: RangeHandle
  ) {
    super(context);
    context.requireApi("1.8", "Range.dataValidation");
  }

  protected scalarNames(): string[] {
    return ["rule", "prompt", "errorAlert"];
  }

  protected readScalar(name: string): unknown {
    const { sheet, area } = this.range.must();
    const found = sheet.validations.find((v) => overlaps(v.area, area));
    return found ? ((found as unknown as Record<string, unknown>)[name] ?? null) : null;
  }

  get rule(): unknown {
    return this.prop("rule");
  }
  set rule(rule: unknown) {
    const copy = JSON.parse(JSON.stringify(rule));
    this.loadedProps.set("rule", rule);
    this.range.change(({ sheet, area }) => replaceValidation(sheet, area, { rule: copy }));
  }

  get prompt(): unknown {
    return this.prop("prompt");
  }
  set prompt(prompt: unknown) {
    const copy = JSON.parse(JSON.stringify(prompt));
    this.loadedProps.set("prompt", prompt);
    this.range.change(({ sheet, area }) => replaceValidation(sheet, area, { prompt: copy }));
  }

  get errorAlert(): unknown {
    return this.prop("errorAlert");
  }
  set errorAlert(errorAlert: unknown) {
    const copy = JSON.parse(JSON.stringify(errorAlert));
    this.loadedProps.set("errorAlert", errorAlert);
    this.range.change(({ sheet, area }) => replaceValidation(sheet, area, { errorAlert: copy }));
  }

  clear(): void {
    this.range.change(({ sheet, area }) => {
      sheet.validations = sheet.validations.filter((v) => !overlaps(v.area, area));
    });
  }
}
