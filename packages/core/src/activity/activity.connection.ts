import { FacetedConnectionType } from "../graphql/facets";
import { Activity } from "./activity.entity";
import type { ActivityFilter } from "./activity.inputs";

const faceted = FacetedConnectionType<Activity, "kinds" | "themes" | "targetGroups" | "languages" | "municipalities" | "regions", ActivityFilter>(Activity, "Activity", {
  description: "The root list of activities: a connection with facet counts.",
  facets: {
    kinds: "By `kind` (filter: `kinds`).",
    themes: "By theme (filter: `themes`); an activity counts once under each of its themes.",
    targetGroups: "By target group (filter: `targetGroups`).",
    languages: "By language (filter: `languages`).",
    municipalities: "By municipality where it takes place (filter: `municipalityCodes`); the value is the municipality code.",
    regions: "By wellbeing region of those municipalities (filter: `regionCodes`), each activity once per region.",
  },
});
export const { Connection: ActivityConnection, Facets: ActivityFacets, ListConnection: ActivityListConnection } = faceted;
export type ActivityFacets = InstanceType<typeof ActivityFacets>;
