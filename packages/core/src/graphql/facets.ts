import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Field, FieldResolver, Info, Int, ObjectType, Resolver, Root, type ClassType } from "type-graphql";
import type { YhdyspintaContext } from "../context/request-context";
import type { FacetCount } from "../query/facets";
import { selectsField } from "../query/projection";
import type { Label } from "../vocabulary/labels";
import type { LanguageValue } from "../vocabulary/vocabulary";
import { Language } from "./enums";
import { ConnectionType } from "./graphql-types";

@ObjectType({ description: "A facet value: how many items of the list, under the current filter without this facet's own condition, have it." })
export class FacetValue {
  @Field({ description: "The value as filters take it: an enum name or a region or municipality code." })
  value: string;

  @Field(() => Int)
  count: number;

  /** Display texts; Finnish always present. */
  labels: { fi: string; sv?: string | null; en?: string | null };

  @Field(() => String, { description: "Display text in the language asked for, Finnish where there is none in it." })
  label(@Arg("language", () => Language, { defaultValue: "FI" }) language: LanguageValue): string {
    return (language === "SV" ? this.labels.sv : language === "EN" ? this.labels.en : null) || this.labels.fi;
  }
}

/** Facet counts as GraphQL values, each with its labels (`labelOf` gives none for an unknown value: the value itself). */
export function facetValues(counts: readonly FacetCount[], labelOf: (value: string) => Label | { fi: string; sv?: string | null; en?: string | null } | undefined): FacetValue[] {
  return counts.map(({ value, count }) => Object.assign(new FacetValue(), { value, count, labels: labelOf(value) ?? { fi: value } }));
}

/** Which of `names` the `facets` field selects, so only those are counted. */
export function selectedFacets(info: GraphQLResolveInfo, names: readonly string[]): string[] {
  return names.filter((name) => selectsField(info, name));
}

/**
 * A root list's connection with facet counts: `<name>Connection` (as ConnectionType), the object
 * `<name>Facets` with one `[FacetValue!]!` field per facet (in the order given, each with its
 * description) and `<name>ListConnection`, the connection with its `facets` field. The feature's
 * resolver answers `facets` from `facetFilter`, the list's filter the connection carries.
 */
export function FacetedConnectionType<T extends object, K extends string, F>(
  nodeType: ClassType<T>, name: string, options: { description: string; facets: Record<K, string> },
) {
  @ObjectType(`${name}Facets`, {
    description: "Counts per value for the list's filter, as a search page shows them next to its checkboxes. Each facet ignores its own filter fields (disjunctive faceting: `municipalities` counts as if `municipalityCodes` were not set); values without a match are left out; most frequent first.",
  })
  class Facets {}
  for (const [facet, description] of Object.entries<string>(options.facets)) Field(() => [FacetValue], { description })(Facets.prototype, facet);

  const Connection = ConnectionType(nodeType, name);

  @ObjectType(`${name}ListConnection`, { description: options.description })
  class ListConnection extends Connection {
    @Field(() => Facets, { description: "Counted in one SQL statement for all the facets selected." })
    facets: Record<K, FacetValue[]>;

    /** The list's filter, which the facets are counted under. */
    facetFilter?: F | null;
  }

  return { Connection, Facets: Facets as new () => Record<K, FacetValue[]>, ListConnection };
}

/**
 * What the facets read of the root list's connection: its filter (the list query sets
 * `facetFilter`). A plain interface on purpose: type-graphql copies a root typed as a class into an
 * instance, which would read (and so run) the connection's lazy totalCount.
 */
interface FacetSource<F> {
  facetFilter?: F | null;
}

/** `facets` on a root list's connection type: counted under the list's filter, one statement for all selected facets. */
export function facetsResolver<F>(
  listConnection: ClassType, facets: ClassType, count: (ctx: YhdyspintaContext, filter: F | null | undefined, info: GraphQLResolveInfo) => Promise<unknown>,
): ClassType {
  @Resolver(() => listConnection)
  class Facets {
    @FieldResolver(() => facets, { complexity: 10 })
    facets(@Root() connection: FacetSource<F>, @Ctx() ctx: YhdyspintaContext, @Info() info: GraphQLResolveInfo) {
      return count(ctx, connection.facetFilter, info);
    }
  }
  return Facets;
}
