/**
 * Example operations shown as tabs in the explorer: the questions front-end teams ask first.
 * The test suite runs every one of them against the schema, so they cannot rot silently.
 */
export interface ExampleOperation {
  title: string;
  query: string;
  variables?: Record<string, unknown>;
  /** Request headers pre-filled in the tab (writes need a token). */
  headers?: Record<string, string>;
}

export const EXAMPLE_OPERATIONS: ExampleOperation[] = [
  {
    title: "Regions",
    query: `# The wellbeing services counties (hyvinvointialueet), a fixed list.
query Regions {
  regions(inReformOnly: true) {
    code
    name(language: FI)
    sv: name(language: SV)
  }
}
`,
  },
  {
    title: "Organisations by region",
    query: `# Cursor pagination: pass pageInfo.endCursor as $after for the next page.
query OrganisationsByRegion($regionCode: String!, $first: Int = 5, $after: String) {
  organisations(filter: { regionCode: $regionCode }, first: $first, after: $after) {
    totalCount
    edges {
      cursor
      node {
        id
        name
        kind
        municipalities { code name }
        activities(first: 3) { totalCount nodes { name kind } }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}
`,
    variables: { regionCode: "15", first: 5, after: null },
  },
  {
    title: "Activity search",
    query: `# Finnish full-text search, best match first.
query ActivitySearch($search: String!, $municipalityCode: String) {
  activities(first: 10, filter: { search: $search, municipalityCode: $municipalityCode }) {
    totalCount
    nodes { id name(language: FI) schedule organisation { name } }
  }
}
`,
    variables: { search: "vertaistukiryhmä", municipalityCode: null },
  },
  {
    title: "Node lookup",
    query: `# Any object by its global ID (copy an id from another tab).
query NodeLookup($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Organisation { name businessId }
    ... on Activity { name }
    ... on WellbeingRegion { code name }
  }
}
`,
    variables: { id: "T3JnYW5pc2F0aW9uOjE" },
  },
  {
    title: "Create organisation",
    query: `# Writes need a token: put one in the Headers tab below (for development:
#   npx yhdyspinta token --role editor --organisations <id>   or   --role admin).
# The Y-tunnus check digit is verified; regions follow from municipalities.
mutation CreateOrganisation($input: CreateOrganisationInput!) {
  createOrganisation(input: $input) {
    id
    name
    businessId
    regions { code name }
  }
}
`,
    variables: { input: { nameFi: "Jyväskylän Esimerkkiyhdistys ry", kind: "LOCAL", businessId: "0201256-6", municipalityCodes: ["179"] } },
    headers: { Authorization: "Bearer PASTE-A-TOKEN-HERE" },
  },
  {
    title: "Milestone events (live)",
    query: `# Reform milestones' events as they happen (graphql-ws). Pass a cursor as $after to first
# replay every stored event after it: nothing is lost across reconnects.
subscription MilestoneEvents($filter: MilestoneEventFilter, $after: String) {
  milestoneEvents(filter: $filter, after: $after) {
    cursor
    type
    previousStatus
    newStatus
    occurredAt
    milestone { id title kind dueDate region { code } }
  }
}
`,
    variables: { filter: { regionCodes: ["15"], includeNational: true }, after: null },
  },
];
