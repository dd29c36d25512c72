import { Field, ObjectType } from "type-graphql";
import { ConnectionType } from "../graphql/graphql-types";
import { FacetValue } from "../graphql/facets";
import { Organisation } from "./organisation.entity";
import type { OrganisationFilter } from "./organisation.inputs";

export const OrganisationConnection = ConnectionType(Organisation, "Organisation");

@ObjectType({
  description: "Counts per value for the list's filter, as a search page shows them next to its checkboxes. Each facet ignores its own filter fields (disjunctive faceting: `municipalities` counts as if `municipalityCodes` were not set); values without a match are left out; most frequent first.",
})
export class OrganisationFacets {
  @Field(() => [FacetValue], { description: "By `kind` (filter: `kinds`)." })
  kinds: FacetValue[];

  @Field(() => [FacetValue], { description: "By theme (filter: `themes`); an organisation counts once under each of its themes." })
  themes: FacetValue[];

  @Field(() => [FacetValue], { description: "By service language (filter: `languages`)." })
  languages: FacetValue[];

  @Field(() => [FacetValue], { description: "By municipality of operation (filter: `municipalityCodes`); the value is the municipality code." })
  municipalities: FacetValue[];

  @Field(() => [FacetValue], { description: "By wellbeing region of operation (filter: `regionCodes`); the value is the region code." })
  regions: FacetValue[];
}

@ObjectType("OrganisationListConnection", { description: "The root list of organisations: a connection with facet counts." })
export class OrganisationListConnection extends OrganisationConnection {
  @Field(() => OrganisationFacets, { description: "Counted in one SQL statement for all the facets selected." })
  facets: OrganisationFacets;

  /** The list's filter, which the facets are counted under. */
  facetFilter?: OrganisationFilter | null;
}
