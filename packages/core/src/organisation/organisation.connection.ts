import { FacetedConnectionType } from "../graphql/facets";
import { Organisation } from "./organisation.entity";
import type { OrganisationFilter } from "./organisation.inputs";

const faceted = FacetedConnectionType<Organisation, "kinds" | "themes" | "languages" | "municipalities" | "regions", OrganisationFilter>(Organisation, "Organisation", {
  description: "The root list of organisations: a connection with facet counts.",
  facets: {
    kinds: "By `kind` (filter: `kinds`).",
    themes: "By theme (filter: `themes`); an organisation counts once under each of its themes.",
    languages: "By service language (filter: `languages`).",
    municipalities: "By municipality of operation (filter: `municipalityCodes`); the value is the municipality code.",
    regions: "By wellbeing region of operation (filter: `regionCodes`); the value is the region code.",
  },
});
export const { Connection: OrganisationConnection, Facets: OrganisationFacets, ListConnection: OrganisationListConnection } = faceted;
export type OrganisationFacets = InstanceType<typeof OrganisationFacets>;
