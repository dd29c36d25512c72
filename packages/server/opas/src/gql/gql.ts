/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query OpasPlaces($language: Language!) {\n  regions(inReformOnly: true) {\n    code\n    name(language: $language)\n    municipalities {\n      code\n      name(language: $language)\n    }\n  }\n}\n\nquery OpasSearch($filter: ActivityFilter, $first: Int, $after: String, $last: Int, $before: String, $language: Language!) {\n  activities(\n    filter: $filter\n    first: $first\n    after: $after\n    last: $last\n    before: $before\n  ) {\n    totalCount\n    facets {\n      regions {\n        value\n        count\n      }\n      municipalities {\n        value\n        count\n      }\n      kinds {\n        value\n        count\n      }\n      targetGroups {\n        value\n        count\n      }\n      languages {\n        value\n        count\n      }\n    }\n    nodes {\n      ...OpasActivityFields\n    }\n    pageInfo {\n      hasNextPage\n      hasPreviousPage\n      startCursor\n      endCursor\n    }\n  }\n}\n\nquery OpasActivity($id: ID!, $language: Language!) {\n  node(id: $id) {\n    __typename\n    ... on Activity {\n      ...OpasActivityFields\n      descriptionIn(language: $language) {\n        text\n        language\n        isFallback\n      }\n      themes\n      targetGroups\n    }\n  }\n}\n\nfragment OpasActivityFields on Activity {\n  id\n  kind\n  nameIn(language: $language) {\n    text\n    language\n    isFallback\n  }\n  description(language: $language)\n  schedule\n  startsAt\n  endsAt\n  address\n  online\n  freeOfCharge\n  accessibility\n  languages\n  municipalities {\n    code\n    name(language: $language)\n  }\n  organisation {\n    id\n    name(language: $language)\n    website\n    contact {\n      email\n      phone\n    }\n  }\n}": typeof types.OpasPlacesDocument,
};
const documents: Documents = {
    "query OpasPlaces($language: Language!) {\n  regions(inReformOnly: true) {\n    code\n    name(language: $language)\n    municipalities {\n      code\n      name(language: $language)\n    }\n  }\n}\n\nquery OpasSearch($filter: ActivityFilter, $first: Int, $after: String, $last: Int, $before: String, $language: Language!) {\n  activities(\n    filter: $filter\n    first: $first\n    after: $after\n    last: $last\n    before: $before\n  ) {\n    totalCount\n    facets {\n      regions {\n        value\n        count\n      }\n      municipalities {\n        value\n        count\n      }\n      kinds {\n        value\n        count\n      }\n      targetGroups {\n        value\n        count\n      }\n      languages {\n        value\n        count\n      }\n    }\n    nodes {\n      ...OpasActivityFields\n    }\n    pageInfo {\n      hasNextPage\n      hasPreviousPage\n      startCursor\n      endCursor\n    }\n  }\n}\n\nquery OpasActivity($id: ID!, $language: Language!) {\n  node(id: $id) {\n    __typename\n    ... on Activity {\n      ...OpasActivityFields\n      descriptionIn(language: $language) {\n        text\n        language\n        isFallback\n      }\n      themes\n      targetGroups\n    }\n  }\n}\n\nfragment OpasActivityFields on Activity {\n  id\n  kind\n  nameIn(language: $language) {\n    text\n    language\n    isFallback\n  }\n  description(language: $language)\n  schedule\n  startsAt\n  endsAt\n  address\n  online\n  freeOfCharge\n  accessibility\n  languages\n  municipalities {\n    code\n    name(language: $language)\n  }\n  organisation {\n    id\n    name(language: $language)\n    website\n    contact {\n      email\n      phone\n    }\n  }\n}": types.OpasPlacesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OpasPlaces($language: Language!) {\n  regions(inReformOnly: true) {\n    code\n    name(language: $language)\n    municipalities {\n      code\n      name(language: $language)\n    }\n  }\n}\n\nquery OpasSearch($filter: ActivityFilter, $first: Int, $after: String, $last: Int, $before: String, $language: Language!) {\n  activities(\n    filter: $filter\n    first: $first\n    after: $after\n    last: $last\n    before: $before\n  ) {\n    totalCount\n    facets {\n      regions {\n        value\n        count\n      }\n      municipalities {\n        value\n        count\n      }\n      kinds {\n        value\n        count\n      }\n      targetGroups {\n        value\n        count\n      }\n      languages {\n        value\n        count\n      }\n    }\n    nodes {\n      ...OpasActivityFields\n    }\n    pageInfo {\n      hasNextPage\n      hasPreviousPage\n      startCursor\n      endCursor\n    }\n  }\n}\n\nquery OpasActivity($id: ID!, $language: Language!) {\n  node(id: $id) {\n    __typename\n    ... on Activity {\n      ...OpasActivityFields\n      descriptionIn(language: $language) {\n        text\n        language\n        isFallback\n      }\n      themes\n      targetGroups\n    }\n  }\n}\n\nfragment OpasActivityFields on Activity {\n  id\n  kind\n  nameIn(language: $language) {\n    text\n    language\n    isFallback\n  }\n  description(language: $language)\n  schedule\n  startsAt\n  endsAt\n  address\n  online\n  freeOfCharge\n  accessibility\n  languages\n  municipalities {\n    code\n    name(language: $language)\n  }\n  organisation {\n    id\n    name(language: $language)\n    website\n    contact {\n      email\n      phone\n    }\n  }\n}"): typeof import('./graphql.js').OpasPlacesDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
