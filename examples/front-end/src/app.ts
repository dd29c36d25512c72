// What a front end does with the generated code: typed documents, typed variables and results.
import type { ResultOf, VariablesOf } from "@graphql-typed-document-node/core";
import { ActivitiesInMunicipalityDocument, OrganisationsInRegionDocument } from "./gql/graphql";
import type { Language } from "./gql/graphql";

export type OrganisationsPage = ResultOf<typeof OrganisationsInRegionDocument>;

export const variables: VariablesOf<typeof OrganisationsInRegionDocument> = { regionCode: "15", first: 10 };

/** Swedish names, marked where the record has none and Finnish is shown instead. */
export function swedishNames(page: OrganisationsPage): string[] {
  return page.organisations.nodes.map((o) => (o.nameIn.isFallback ? `${o.nameIn.text} (${o.nameIn.language.toLowerCase()})` : o.nameIn.text));
}

const english: Language = "EN";
export const activityVariables: VariablesOf<typeof ActivitiesInMunicipalityDocument> = { municipalityCode: "179", language: english };
