import { Field, ObjectType } from "type-graphql";
import { ConnectionType } from "../graphql/graphql-types";
import { FacetValue } from "../graphql/facets";
import { Activity } from "./activity.entity";
import type { ActivityFilter } from "./activity.inputs";

export const ActivityConnection = ConnectionType(Activity, "Activity");

@ObjectType({
  description: "Counts per value for the list's filter, as a search page shows them next to its checkboxes. Each facet ignores its own filter fields (disjunctive faceting: `municipalities` counts as if `municipalityCodes` were not set); values without a match are left out; most frequent first.",
})
export class ActivityFacets {
  @Field(() => [FacetValue], { description: "By `kind` (filter: `kinds`)." })
  kinds: FacetValue[];

  @Field(() => [FacetValue], { description: "By theme (filter: `themes`); an activity counts once under each of its themes." })
  themes: FacetValue[];

  @Field(() => [FacetValue], { description: "By target group (filter: `targetGroups`)." })
  targetGroups: FacetValue[];

  @Field(() => [FacetValue], { description: "By language (filter: `languages`)." })
  languages: FacetValue[];

  @Field(() => [FacetValue], { description: "By municipality where it takes place (filter: `municipalityCodes`); the value is the municipality code." })
  municipalities: FacetValue[];

  @Field(() => [FacetValue], { description: "By wellbeing region of those municipalities (filter: `regionCodes`), each activity once per region." })
  regions: FacetValue[];
}

@ObjectType("ActivityListConnection", { description: "The root list of activities: a connection with facet counts." })
export class ActivityListConnection extends ActivityConnection {
  @Field(() => ActivityFacets, { description: "Counted in one SQL statement for all the facets selected." })
  facets: ActivityFacets;

  /** The list's filter, which the facets are counted under. */
  facetFilter?: ActivityFilter | null;
}
