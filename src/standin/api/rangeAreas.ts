/** The merged areas of a range (ExcelApi 1.13), as a RangeAreas with its areas collection. */
import { Area, areaToA1 } from "../../core/grid";
import { ApiObject, CollectionApi, RequestContext } from "./base";
import { qualifiedName } from "./cells";
import { RangeApi } from "./range";

class RangeCollectionApi extends CollectionApi<RangeApi> {
  constructor(
    context: RequestContext,
    private readonly list: () => RangeApi[]
  ) {
    super(context);
  }

  protected current(): RangeApi[] {
    return this.list();
  }
}

/** Like Excel: only the areas whose top-left cell lies in the range (office-js issue 3611). */
const startsIn = (m: Area, a: Area): boolean =>
  m.top >= a.top && m.top <= a.bottom && m.left >= a.left && m.left <= a.right;

export class RangeAreasApi extends ApiObject {
  private found?: Area[];
  readonly areas: RangeCollectionApi;

  constructor(
    context: RequestContext,
    private readonly range: RangeApi
  ) {
    super(context);
    this.areas = new RangeCollectionApi(context, () =>
      this.merged().map((area) => new RangeApi(context, range.worksheetApi, () => area))
    );
  }

  asOrNull(): this {
    return this.orNull();
  }

  private merged(): Area[] {
    if (!this.found) {
      const at = this.range.resolve();
      this.found = at ? at.sheet.merges.filter((m) => startsIn(m, at.area)) : [];
    }
    return this.found;
  }

  protected exists(): boolean {
    return this.merged().length > 0;
  }

  protected scalarNames(): string[] {
    return ["address", "areaCount"];
  }

  protected child(name: string): ApiObject | undefined {
    return name === "areas" ? this.areas : undefined;
  }

  protected readScalar(name: string): unknown {
    const sheet = this.range.must().sheet;
    if (name === "areaCount") return this.merged().length;
    return this.merged()
      .map((area) => `${qualifiedName(sheet.name)}!${areaToA1(area)}`)
      .join(", ");
  }

  get address(): string {
    return this.prop("address");
  }
  get areaCount(): number {
    return this.prop("areaCount");
  }
}
