"use strict";
// The benchmark's questions, each asked three ways: our GraphQL API, PostGraphile v5's generated
// API over the same tables, and one hand-written SQL statement (the floor).

const REGION = "08"; // the wellbeing region with the most organisations in the full data set
const SEARCH = "vertaistukiryhmä";
const MUNICIPALITY = "091"; // Helsinki: the most activities, so the heaviest search
const PAGE = 50;
const ACTIVITY_KIND = "PEER_SUPPORT"; // filtered page (f): organisations in MUNICIPALITY running peer support
const THEME = "MENTAL_HEALTH"; // facets (g): organisations of REGION on this theme
const KIND = "LOCAL"; // backward page (h): the most common organisation kind

const ours = {
  regions: `{ regions { code name } }`,
  organisations: `query($region: String!, $first: Int!) {
    organisations(first: $first, filter: { regionCode: $region }) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id name kind businessId
        municipalities { code name }
        activities(first: 5) { totalCount nodes { id name kind schedule } }
        partnerships(first: 10) { totalCount nodes { id kind status title } }
      }
    }
  }`,
  search: `query($search: String!, $municipality: String!) {
    activities(first: 20, filter: { search: $search, municipalityCode: $municipality }) {
      totalCount
      nodes { id name description schedule organisation { id name } }
    }
  }`,
  node: `query($id: ID!) {
    node(id: $id) { __typename id ... on Organisation { name kind } ... on Activity { name activityKind: kind schedule } }
  }`,
  create: `mutation($org: ID!, $name: String!) {
    createActivity(input: { organisationId: $org, nameFi: $name, kind: PEER_SUPPORT, schedule: "ma klo 10–12" }) { id name schedule }
  }`,
  update: `mutation($id: ID!, $schedule: String!) {
    updateActivity(id: $id, input: { schedule: $schedule }) { id name schedule }
  }`,
  filtered: `query($municipality: String!, $kind: ActivityKind!, $first: Int!) {
    organisations(first: $first, filter: { municipalityCodes: [$municipality], hasActivity: { kinds: [$kind] } },
                  orderBy: [{ field: UPDATED_AT, direction: DESC }]) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id name kind updatedAt }
    }
  }`,
  facets: `query($region: String!, $theme: Theme!) {
    organisations(first: 10, filter: { regionCodes: [$region], themes: [$theme] }) {
      totalCount
      nodes { id name }
      facets { kinds { value count } themes { value count } languages { value count } municipalities { value count } }
    }
  }`,
  backward: `query($kind: OrganisationKind!, $last: Int!) {
    organisations(last: $last, filter: { kinds: [$kind] }, orderBy: [{ field: CREATED_AT }]) {
      totalCount
      pageInfo { hasPreviousPage startCursor }
      nodes { id name kind createdAt }
    }
  }`,
};

const theirs = {
  regions: `{ allWellbeingRegions(orderBy: CODE_ASC) { nodes { code nameFi } } }`,
  organisations: `query($region: String!, $first: Int!) {
    benchOrganisationsInRegion(region: $region, first: $first) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id nameFi kind businessId
        organisationMunicipalitiesByOrganisationId(orderBy: PRIMARY_KEY_ASC) { nodes { municipalityByMunicipalityCode { code nameFi } } }
        activitiesByOrganisationId(first: 5, orderBy: [NAME_FI_ASC, ROW_ID_ASC]) { totalCount nodes { id nameFi kind schedule } }
        partnershipsByOrganisationId(first: 10, orderBy: ROW_ID_ASC) { totalCount nodes { id kind status titleFi } }
      }
    }
  }`,
  search: `query($search: String!, $municipality: String!) {
    benchSearchActivities(search: $search, municipality: $municipality, first: 20) {
      totalCount
      nodes { id nameFi descriptionFi schedule organisationByOrganisationId { id nameFi } }
    }
  }`,
  node: `query($id: ID!) {
    node(id: $id) { __typename id ... on Organisation { nameFi kind } ... on Activity { nameFi kind schedule } }
  }`,
  create: `mutation($org: Int!, $name: String!) {
    createActivity(input: { activity: { organisationId: $org, nameFi: $name, kind: "PEER_SUPPORT", schedule: "ma klo 10–12" } }) { activity { id nameFi schedule } }
  }`,
  update: `mutation($id: Int!, $schedule: String!) {
    updateActivityByRowId(input: { rowId: $id, activityPatch: { schedule: $schedule } }) { activity { id nameFi schedule } }
  }`,
  // PostGraphile's generated filters cannot reach through join tables or relations: SQL functions (bench/database.js).
  filtered: `query($municipality: String!, $kind: String!, $first: Int!) {
    benchOrganisationsWithActivity(municipality: $municipality, activityKind: $kind, first: $first) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id nameFi kind updatedAt }
    }
  }`,
  facets: `query($region: String!, $theme: String!) {
    benchOrganisationsInRegionOnTheme(region: $region, theme: $theme, first: 10) { totalCount nodes { id nameFi } }
    benchOrganisationFacets(region: $region, theme: $theme) { nodes { facet value count } }
  }`,
  // Function connections take no \`last\`: the table's own connection, which pages backwards (by creation time,
  // as its orderBy enums take no collation and a name order would differ from our Finnish one).
  backward: `query($kind: String!, $last: Int!) {
    allOrganisations(last: $last, condition: { kind: $kind }, orderBy: [CREATED_AT_ASC, ROW_ID_ASC]) {
      totalCount
      pageInfo { hasPreviousPage startCursor }
      nodes { id nameFi kind createdAt }
    }
  }`,
};

/** The floor: each question as one SQL statement that builds the JSON answer itself. */
const ORG_IN_REGION = `EXISTS (SELECT 1 FROM organisation_region r WHERE r.organisation_id = o.id AND r.region_code = $1)`;
// The search as our server asks it: the database's search_query (migration 1736100000000), built
// once per statement; best first as packages/core/src/query/ordering.ts orders: a match in a name
// (the query with every word restricted to weight A, so the row's vector answers it itself), then the
// rank (an exact word counts again over a completion), the Finnish name and the id.
const SEARCH_Q = `(SELECT search_query($1))`;
const WEIGHTED_OPERAND = `'(''(?:[^'']|'''')*'')(?::(\\*?)[A-D]*)?'`;
const NAME_Q = `(SELECT coalesce(nullif(regexp_replace(q::text, ${WEIGHTED_OPERAND}, '\\1:\\2A', 'g'), '')::tsquery, q) FROM search_query($1) q)`;
const SEARCH_KEYS = `(a.search_vector @@ ${NAME_Q})::int AS in_name,
  (ts_rank(a.search_vector, ${SEARCH_Q}) + ts_rank(a.search_vector, (SELECT search_query($1, false)))) AS rank`;
// In a municipality: one condition on the place-prefixed index (migration 1736500000000), which
// returns the matches there only; exact for a query without negated words, as the bench's are.
const IN_PLACE = `place_search_vector(a.search_vector, a.municipality_codes) @@ (SELECT place_search_query(search_query($1), ARRAY[$2::text]))`;
const NATIONAL = `a.search_vector @@ ${SEARCH_Q}`;
/**
 * Search results as one statement: the matches read once (the CTE), their count and the best 20
 * with their organisations; `total` false leaves the count out (the page alone).
 */
const searchStatement = (where, total = true) => `WITH m AS MATERIALIZED (
      SELECT a.id, a.name_fi, a.organisation_id, ${SEARCH_KEYS} FROM activity a WHERE ${where} AND a.status <> 'ENDED'
    ), best AS (SELECT * FROM m ORDER BY in_name DESC, rank DESC, name_fi COLLATE "fi-x-icu", id LIMIT 20)
    SELECT json_build_object(${total ? `
        'totalCount', (SELECT count(*) FROM m),` : ""}
        'nodes', (SELECT coalesce(json_agg(json_build_object('id', b.id, 'name', b.name_fi, 'description', a.description_fi, 'schedule', a.schedule,
                    'organisation', json_build_object('id', o.id, 'name', o.name_fi)) ORDER BY b.in_name DESC, b.rank DESC, b.name_fi COLLATE "fi-x-icu", b.id), '[]')
                  FROM best b JOIN activity a ON a.id = b.id JOIN organisation o ON o.id = b.organisation_id)
      )::text AS j`;
const floor = {
  regions: { sql: `SELECT json_build_object('regions', json_agg(json_build_object('code', code, 'name', name_fi) ORDER BY code))::text AS j FROM wellbeing_region` },
  organisations: {
    sql: `WITH page AS (
        SELECT o.id, o.name_fi, o.kind, o.business_id FROM organisation o WHERE ${ORG_IN_REGION}
        ORDER BY o.name_fi COLLATE "fi-x-icu", o.id LIMIT $2::int + 1
      )
      SELECT json_build_object(
        'totalCount', (SELECT count(*) FROM organisation o WHERE ${ORG_IN_REGION}),
        'hasNextPage', (SELECT count(*) FROM page) > $2::int,
        'nodes', (SELECT json_agg(json_build_object(
          'id', p.id, 'name', p.name_fi, 'kind', p.kind, 'businessId', p.business_id,
          'municipalities', (SELECT coalesce(json_agg(json_build_object('code', mu.code, 'name', mu.name_fi) ORDER BY mu.code), '[]')
                             FROM organisation_municipality om JOIN municipality mu ON mu.code = om.municipality_code WHERE om.organisation_id = p.id),
          'activities', json_build_object(
            'totalCount', (SELECT count(*) FROM activity a WHERE a.organisation_id = p.id),
            'nodes', (SELECT coalesce(json_agg(x), '[]') FROM (SELECT a.id, a.name_fi AS name, a.kind, a.schedule FROM activity a
                      WHERE a.organisation_id = p.id ORDER BY a.name_fi COLLATE "fi-x-icu", a.id LIMIT 5) x)),
          'partnerships', json_build_object(
            'totalCount', (SELECT count(*) FROM partnership s WHERE s.organisation_id = p.id),
            'nodes', (SELECT coalesce(json_agg(x), '[]') FROM (SELECT s.id, s.kind, s.status, s.title_fi AS title FROM partnership s
                      WHERE s.organisation_id = p.id ORDER BY s.title_fi COLLATE "fi-x-icu", s.id LIMIT 10) x))
        ) ORDER BY p.name_fi COLLATE "fi-x-icu", p.id) FROM (SELECT * FROM page ORDER BY name_fi COLLATE "fi-x-icu", id LIMIT $2::int) p)
      )::text AS j`,
  },
  search: { sql: searchStatement(IN_PLACE) },
  node: {
    sql: `SELECT CASE WHEN $1 = 'Organisation'
        THEN (SELECT json_build_object('__typename', 'Organisation', 'id', id, 'name', name_fi, 'kind', kind) FROM organisation WHERE id = $2::int)
        ELSE (SELECT json_build_object('__typename', 'Activity', 'id', id, 'name', name_fi, 'kind', kind, 'schedule', schedule) FROM activity WHERE id = $2::int)
      END::text AS j`,
  },
  create: {
    sql: `INSERT INTO activity(organisation_id, name_fi, kind, schedule) VALUES ($1, $2, 'PEER_SUPPORT', 'ma klo 10–12')
          RETURNING json_build_object('id', id, 'name', name_fi, 'schedule', schedule)::text AS j`,
  },
  update: {
    sql: `UPDATE activity SET schedule = $2, updated_at = now() WHERE id = $1
          RETURNING json_build_object('id', id, 'name', name_fi, 'schedule', schedule)::text AS j`,
  },
};

const IN_MUNICIPALITY_WITH_ACTIVITY = `EXISTS (SELECT 1 FROM organisation_municipality m WHERE m.organisation_id = o.id AND m.municipality_code = $1)
  AND EXISTS (SELECT 1 FROM activity a WHERE a.organisation_id = o.id AND a.kind = $2)`;
floor.filtered = {
  sql: `WITH page AS (
      SELECT o.id, o.name_fi, o.kind, o.updated_at FROM organisation o WHERE ${IN_MUNICIPALITY_WITH_ACTIVITY}
      ORDER BY o.updated_at DESC, o.id DESC LIMIT $3::int + 1
    )
    SELECT json_build_object(
      'totalCount', (SELECT count(*) FROM organisation o WHERE ${IN_MUNICIPALITY_WITH_ACTIVITY}),
      'hasNextPage', (SELECT count(*) FROM page) > $3::int,
      'nodes', (SELECT coalesce(json_agg(json_build_object('id', p.id, 'name', p.name_fi, 'kind', p.kind, 'updatedAt', p.updated_at)
                ORDER BY p.updated_at DESC, p.id DESC), '[]') FROM (SELECT * FROM page ORDER BY updated_at DESC, id DESC LIMIT $3::int) p)
    )::text AS j`,
};
/** The facets' disjunctive counts: each facet without its own condition (kinds and municipalities have none set here). */
const FACET_BASE = `FROM organisation o WHERE EXISTS (SELECT 1 FROM organisation_region r WHERE r.organisation_id = o.id AND r.region_code = $1)`;
const FACETS_SQL = `
  SELECT 'kinds' AS facet, o.kind AS value, count(*)::int AS count ${FACET_BASE} AND o.themes && ARRAY[$2] GROUP BY 2
  UNION ALL SELECT 'themes', v, count(*)::int FROM organisation o CROSS JOIN LATERAL unnest(o.themes) v
    WHERE EXISTS (SELECT 1 FROM organisation_region r WHERE r.organisation_id = o.id AND r.region_code = $1) GROUP BY 2
  UNION ALL SELECT 'languages', v, count(*)::int FROM organisation o CROSS JOIN LATERAL unnest(o.languages) v
    WHERE EXISTS (SELECT 1 FROM organisation_region r WHERE r.organisation_id = o.id AND r.region_code = $1) AND o.themes && ARRAY[$2] GROUP BY 2
  UNION ALL SELECT 'municipalities', m.municipality_code, count(*)::int FROM organisation o JOIN organisation_municipality m ON m.organisation_id = o.id
    WHERE EXISTS (SELECT 1 FROM organisation_region r WHERE r.organisation_id = o.id AND r.region_code = $1) AND o.themes && ARRAY[$2] GROUP BY 2`;
floor.facets = {
  sql: `SELECT json_build_object(
      'totalCount', (SELECT count(*) ${FACET_BASE} AND o.themes && ARRAY[$2]),
      'nodes', (SELECT coalesce(json_agg(json_build_object('id', x.id, 'name', x.name_fi) ORDER BY x.name_fi COLLATE "fi-x-icu", x.id), '[]')
                FROM (SELECT o.id, o.name_fi ${FACET_BASE} AND o.themes && ARRAY[$2] ORDER BY o.name_fi COLLATE "fi-x-icu", o.id LIMIT 10) x),
      'facets', (SELECT json_object_agg(facet, vals) FROM (
                  SELECT facet, json_agg(json_build_object('value', value, 'count', count) ORDER BY count DESC, value) AS vals
                  FROM (${FACETS_SQL}) f GROUP BY facet) g)
    )::text AS j`,
};
floor.backward = {
  sql: `WITH page AS (
      SELECT o.id, o.name_fi, o.kind, o.created_at FROM organisation o WHERE o.kind = $1
      ORDER BY o.created_at DESC, o.id DESC LIMIT $2::int + 1
    )
    SELECT json_build_object(
      'totalCount', (SELECT count(*) FROM organisation o WHERE o.kind = $1),
      'hasPreviousPage', (SELECT count(*) FROM page) > $2::int,
      'nodes', (SELECT coalesce(json_agg(json_build_object('id', p.id, 'name', p.name_fi, 'kind', p.kind, 'createdAt', p.created_at) ORDER BY p.created_at, p.id), '[]')
                FROM (SELECT * FROM page ORDER BY created_at DESC, id DESC LIMIT $2::int) p)
    )::text AS j`,
};

// bench:scale's questions (bench/scale.js).
// A region's organisations after a cursor of the floor's own (the last row's Finnish name and id; none
// for the first page): a keyset range on the link table's copy of the name (migration 1736000000000,
// index organisation_region_name_fi_order_idx), one page and one row more for hasNextPage.
// The floor's server sends unnamed statements, each planned with its values: the null test folds away
// and the range is an index condition.
floor.deep = {
  sql: `WITH page AS (
      SELECT r.organisation_id AS id, r.name_fi FROM organisation_region r
      WHERE r.region_code = $1 AND ($2::text IS NULL OR (r.name_fi COLLATE "fi-x-icu", r.organisation_id) > ($2::text COLLATE "fi-x-icu", $3::int))
      ORDER BY r.name_fi COLLATE "fi-x-icu", r.organisation_id LIMIT $4::int + 1
    )
    SELECT json_build_object(
      'hasNextPage', (SELECT count(*) FROM page) > $4::int,
      'nodes', (SELECT coalesce(json_agg(json_build_object('id', o.id, 'name', o.name_fi, 'kind', o.kind) ORDER BY p.name_fi COLLATE "fi-x-icu", p.id), '[]')
                FROM (SELECT * FROM page ORDER BY name_fi COLLATE "fi-x-icu", id LIMIT $4::int) p JOIN organisation o ON o.id = p.id)
    )::text AS j`,
};
floor.national = { sql: searchStatement(NATIONAL) };
floor.nationalPage = { sql: searchStatement(NATIONAL, false) };
floor.total = { sql: `SELECT json_build_object('totalCount', count(*))::text AS j FROM organisation` };

module.exports = { ours, theirs, floor, REGION, SEARCH, MUNICIPALITY, PAGE, ACTIVITY_KIND, THEME, KIND, FACETS_SQL };
