/** The merged areas of a range (ExcelApi 1.13), as a RangeAreas with its areas collection. */
import { Area, areaToA1 } from "../../core/grid";
import { ErrorCodes, StandInError } from "../errors";
import { MERGED_AREAS_PER_REQUEST } from "../limits";
import { ApiObject, CollectionApi, RangeHandle, RequestContext } from "./base";
import { qualifiedName } from "./cells";

export class RangeCollectionApi extends CollectionApi<RangeHandle> {
  constructor(
    context: RequestContext,
    private readonly list: () => RangeHandle[]
  ) {
    super(context);
  }

  protected current(): RangeHandle[] {
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
    private readonly range: RangeHandle
  ) {
    super(context);
    this.areas = new RangeCollectionApi(context, () =>
      this.merged().map((area) => range.worksheetApi.rangeAt(() => area))
    );
  }

  asOrNull(): this {
    return this.orNull();
  }

  /** Fails above 512 areas, as the Range.getMergedAreasOrNullObject reference says Excel does. */
  private merged(): Area[] {
    if (!this.found) {
      const at = this.range.resolve();
      const found = at ? at.sheet.merges.filter((m) => startsIn(m, at.area)) : [];
      if (found.length > MERGED_AREAS_PER_REQUEST) {
        throw new StandInError(
          ErrorCodes.generalException,
          `The range holds ${found.length} merged areas; more than ${MERGED_AREAS_PER_REQUEST} cannot be returned.`
        );
      }
      const book = this.context.book;
      book.mostMergedAreas = Math.max(book.mostMergedAreas, found.length);
      this.found = found;
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
