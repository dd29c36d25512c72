import { IsOptional, MaxLength } from "class-validator";
import { Arg, Args, Ctx, Field, FieldResolver, InputType, Query, Resolver, Root } from "type-graphql";
import { connectionComplexity, listComplexity } from "../graphql/complexity";
import { connectionFromArray } from "../query/array-connection";
import { ConnectionArgs } from "../graphql/args";
import type { YhdyspintaContext } from "../context/request-context";
import { ConnectionType } from "../graphql/graphql-types";
import { pickLanguage } from "../graphql/localized";
import type { OrderItem } from "../query/ordering";
import type { Ordering } from "../query/pagination";
import type { LanguageValue } from "../vocabulary/vocabulary";
import { Municipality } from "./municipality.entity";
import { MunicipalityOrder } from "./municipality.inputs";
import { WellbeingRegion } from "./wellbeing-region.entity";

export const MunicipalityConnection = ConnectionType(Municipality, "Municipality");
/** Without orderBy: the reference list's own order (Finnish name as stored); the cursor is the code. */
const AS_STORED: Ordering = { name: "municipality", keys: [{ sql: "code", type: "text" }] };
const COLLATORS: Record<string, Intl.Collator> = { FI: new Intl.Collator("fi"), SV: new Intl.Collator("sv"), EN: new Intl.Collator("en") };

/**
 * Reference data is in memory, so its orderings are sorts in JS: names as each language sorts them,
 * the code as the last tie-breaker (in the direction of the last key). The cursor stays the code,
 * its ordering name tying it to the sort.
 */
export function sortMunicipalities(items: readonly Municipality[], orderBy: readonly OrderItem[] | null | undefined): { items: Municipality[]; ordering: Ordering } {
  if (!orderBy?.length) return { items: [...items], ordering: AS_STORED };
  const seen = new Set<string>();
  const keys = orderBy.filter((k) => !seen.has(k.field) && Boolean(seen.add(k.field)));
  const byCode = (a: Municipality, b: Municipality) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
  const comparators = keys.map((k) => {
    const sign = k.direction === "DESC" ? -1 : 1;
    if (k.field !== "NAME") return (a: Municipality, b: Municipality) => sign * byCode(a, b);
    const language = (k.language ?? "FI") as LanguageValue;
    const collator = COLLATORS[language] ?? COLLATORS.FI!;
    return (a: Municipality, b: Municipality) => sign * collator.compare(pickLanguage(a, "name", language), pickLanguage(b, "name", language));
  });
  const lastSign = keys[keys.length - 1]!.direction === "DESC" ? -1 : 1;
  comparators.push((a, b) => lastSign * byCode(a, b));
  const sorted = [...items].sort((a, b) => {
    for (const compare of comparators) {
      const c = compare(a, b);
      if (c !== 0) return c;
    }
    return 0;
  });
  const name = keys.map((k) => `${k.field}${k.field === "NAME" ? `.${k.language ?? "FI"}` : ""}:${k.direction === "DESC" ? "DESC" : "ASC"}`).join(",");
  return { items: sorted, ordering: { name: `municipality|${name}`, keys: AS_STORED.keys } };
}

@InputType()
export class MunicipalityFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2)
  regionCode?: string | null;

  @Field(() => String, { nullable: true, description: "Case-insensitive prefix of the Finnish or Swedish name." })
  @IsOptional()
  @MaxLength(100)
  namePrefix?: string | null;
}

@Resolver(() => WellbeingRegion)
export class WellbeingRegionResolver {
  @Query(() => [WellbeingRegion], {
    complexity: listComplexity(23),
    description: "The 21 wellbeing services counties, Helsinki (90) and Åland (91), by code. A fixed classification, so a plain list.",
  })
  regions(
    @Ctx() ctx: YhdyspintaContext,
    @Arg("inReformOnly", { defaultValue: false, description: "Leave out Åland, which is outside the reform." }) inReformOnly: boolean,
  ): WellbeingRegion[] {
    return inReformOnly ? ctx.reference.regions.filter((r) => r.inReform) : ctx.reference.regions;
  }

  @Query(() => WellbeingRegion, { nullable: true })
  region(@Ctx() ctx: YhdyspintaContext, @Arg("code") code: string): WellbeingRegion | null {
    return ctx.reference.region(code) ?? null;
  }

  @FieldResolver(() => [Municipality], { complexity: listComplexity(40), description: "Municipalities of the region, by Finnish name." })
  municipalities(@Root() region: WellbeingRegion, @Ctx() ctx: YhdyspintaContext): Municipality[] {
    return ctx.reference.municipalitiesOf(region.code);
  }
}

@Resolver(() => Municipality)
export class MunicipalityResolver {
  @Query(() => MunicipalityConnection, { complexity: connectionComplexity, description: "Municipalities, by Finnish name unless orderBy says otherwise." })
  municipalities(
    @Ctx() ctx: YhdyspintaContext,
    @Args() page: ConnectionArgs,
    @Arg("filter", () => MunicipalityFilter, { nullable: true }) filter?: MunicipalityFilter | null,
    @Arg("orderBy", () => [MunicipalityOrder], { nullable: true, description: "Sort keys, first the most significant; ties are broken by code." }) orderBy?: OrderItem[] | null,
  ) {
    let items = ctx.reference.municipalities;
    if (filter?.regionCode != null) items = ctx.reference.municipalitiesOf(ctx.reference.requireRegion(filter.regionCode, "filter.regionCode").code);
    if (filter?.namePrefix) {
      const prefix = filter.namePrefix.toLocaleLowerCase("fi");
      items = items.filter((m) => m.nameFi.toLocaleLowerCase("fi").startsWith(prefix) || m.nameSv.toLocaleLowerCase("sv").startsWith(prefix));
    }
    const sorted = sortMunicipalities(items, orderBy);
    return connectionFromArray(sorted.items, page, sorted.ordering, (m) => m.code);
  }

  @Query(() => Municipality, { nullable: true })
  municipality(@Ctx() ctx: YhdyspintaContext, @Arg("code") code: string): Municipality | null {
    return ctx.reference.municipality(code) ?? null;
  }

  @FieldResolver(() => WellbeingRegion)
  region(@Root() municipality: Municipality, @Ctx() ctx: YhdyspintaContext): WellbeingRegion {
    return ctx.reference.region(municipality.regionCode)!;
  }
}
