import { UserInputError } from "../errors/errors";
import type { Queryable, SqlParams } from "../query/sql";
import { uniq } from "../graphql/uniq";
import { Municipality } from "./municipality.entity";
import { WellbeingRegion } from "./wellbeing-region.entity";
import { Reason } from "../errors/error-reasons";

/**
 * Regions and municipalities are a fixed classification (331 rows): read once at start-up and
 * served from memory, so they never cost a query per request.
 */
export class ReferenceData {
  readonly regions: WellbeingRegion[];
  readonly municipalities: Municipality[];
  private readonly regionByCode: Map<string, WellbeingRegion>;
  private readonly municipalityByCode: Map<string, Municipality>;
  private readonly municipalitiesByRegion = new Map<string, Municipality[]>();

  constructor(regions: WellbeingRegion[], municipalities: Municipality[]) {
    this.regions = regions;
    this.municipalities = municipalities;
    this.regionByCode = new Map(regions.map((r) => [r.code, r]));
    this.municipalityByCode = new Map(municipalities.map((m) => [m.code, m]));
    for (const m of municipalities) {
      const list = this.municipalitiesByRegion.get(m.regionCode) ?? [];
      list.push(m);
      this.municipalitiesByRegion.set(m.regionCode, list);
    }
  }

  static async load(db: Queryable): Promise<ReferenceData> {
    const regions: WellbeingRegion[] = (
      await db.query(`SELECT code, name_fi AS "nameFi", name_sv AS "nameSv", name_en AS "nameEn", kind FROM wellbeing_region ORDER BY code`)
    ).map((r: object) => Object.assign(new WellbeingRegion(), r));
    const municipalities: Municipality[] = (
      await db.query(`SELECT code, name_fi AS "nameFi", name_sv AS "nameSv", region_code AS "regionCode",
              centre_latitude AS "centreLatitude", centre_longitude AS "centreLongitude" FROM municipality ORDER BY name_fi, code`)
    ).map((m: object) => Object.assign(new Municipality(), m));
    return new ReferenceData(regions, municipalities);
  }

  region(code: string): WellbeingRegion | undefined {
    return this.regionByCode.get(code);
  }

  municipality(code: string): Municipality | undefined {
    return this.municipalityByCode.get(code);
  }

  municipalitiesOf(regionCode: string): Municipality[] {
    return this.municipalitiesByRegion.get(regionCode) ?? [];
  }

  /** Display names of a municipality (a facet label); undefined for an unknown code. */
  municipalityLabel(code: string): { fi: string; sv: string | null } | undefined {
    const m = this.municipalityByCode.get(code);
    return m && { fi: m.nameFi, sv: m.nameSv };
  }

  regionLabel(code: string): { fi: string; sv: string | null; en: string | null } | undefined {
    const r = this.regionByCode.get(code);
    return r && { fi: r.nameFi, sv: r.nameSv, en: r.nameEn };
  }

  requireRegion(code: string, field = "regionCode"): WellbeingRegion {
    const region = this.regionByCode.get(code);
    if (!region) throw new UserInputError(`Unknown wellbeing region code "${code.slice(0, 20)}"`, { field, reason: Reason.UNKNOWN_REGION });
    return region;
  }

  requireMunicipality(code: string, field = "municipalityCode"): Municipality {
    const municipality = this.municipalityByCode.get(code);
    if (!municipality) throw new UserInputError(`Unknown municipality code "${code.slice(0, 20)}"`, { field, reason: Reason.UNKNOWN_MUNICIPALITY });
    return municipality;
  }
}

declare module "../context/request-context" {
  interface YhdyspintaContext {
    /** Regions and municipalities, loaded once at start-up. */
    reference: ReferenceData;
  }
}

/** How a list reaches the codes of a scope filter: SQL over alias `t` for a bound `ANY($n)` of codes. */
export interface ScopeConditions {
  regions(anyCodes: string): string;
  municipalities(anyCodes: string): string;
}

/**
 * The `regionCodes` and `municipalityCodes` conditions of a cooperation list's filter (the fields of
 * ScopeFilter): every code checked against the classification (an unknown one is BAD_USER_INPUT at
 * `filter.regionCodes` or `filter.municipalityCodes`), repeats dropped, each list bound once.
 */
export function scopeConditions(
  reference: ReferenceData, filter: { regionCodes?: string[] | null; municipalityCodes?: string[] | null }, params: SqlParams, sql: ScopeConditions,
): string[] {
  const where: string[] = [];
  if (filter.regionCodes != null) {
    const codes = uniq(filter.regionCodes).map((c) => reference.requireRegion(c, "filter.regionCodes").code);
    where.push(sql.regions(`ANY(${params.add(codes, "text[]")})`));
  }
  if (filter.municipalityCodes != null) {
    const codes = uniq(filter.municipalityCodes).map((c) => reference.requireMunicipality(c, "filter.municipalityCodes").code);
    where.push(sql.municipalities(`ANY(${params.add(codes, "text[]")})`));
  }
  return where;
}
