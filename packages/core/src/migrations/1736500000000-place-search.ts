import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Search in a municipality or region at the cost of the matches there (issue 19). Migration
 * 1736100000000 let the planner combine the text index with the municipality array's index (a
 * BitmapAnd), but both bitmaps are national: every national match of the words and every activity of
 * the municipality, ten times as many at ten times the data, whatever the page.
 *
 * Here the activity's search vector is indexed once more with each lexeme prefixed by each of its
 * municipality codes ("091 vertaistuki"), positions and weights kept. A search in Helsinki asks the
 * same query with its lexemes prefixed by "091 " (a region: one such branch per municipality), so
 * the index returns only Helsinki's matches, and the condition is exactly "matches the search and
 * lies in one of these municipalities": the plain search and the array conditions are not needed.
 * An expression index, not a column: the activity row stays as wide as it was; the GIN operator
 * class needs no recheck of plain (unweighted, non-phrase) queries, so the expression is computed
 * only on writes.
 */
const PLACE_CODE = `'^[0-9A-Za-z]+$'`; // a code is put inside a quoted lexeme: anything else is left out
// A quoted lexeme in the text form of a tsvector or tsquery (an inner quote is doubled).
const LEXEME = `'''((?:[^'']|'''')*)'''`;

// COST: a regular expression over the vector's text and a parse, tens of microseconds a row, so the
// planner does not choose plans that compute it for many rows. PARALLEL RESTRICTED: a search in
// a place reads a few thousand rows at most, for which starting parallel workers costs more than it
// saves on a busy server.
const PLACE_VECTOR = `
CREATE FUNCTION place_search_vector(v tsvector, places text[]) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL RESTRICTED COST 1000 AS $fn$
  SELECT coalesce((SELECT string_agg(regexp_replace(v::text, ${LEXEME}, '''' || p || ' \\1''', 'g'), ' ')
                     FROM unnest(places) p WHERE p ~ ${PLACE_CODE})::tsvector, ''::tsvector)
$fn$`;

// No places, or a query without lexemes (only stop words): an empty query, which matches nothing.
const PLACE_QUERY = `
CREATE FUNCTION place_search_query(q tsquery, places text[]) RETURNS tsquery
LANGUAGE sql IMMUTABLE PARALLEL SAFE
-- PostgreSQL's notice about an empty query is no news to the client.
SET client_min_messages = warning AS $fn$
  SELECT coalesce((SELECT string_agg('(' || regexp_replace(q::text, ${LEXEME}, '''' || p || ' \\1''', 'g') || ')', ' | ')
                     FROM unnest(places) p WHERE p ~ ${PLACE_CODE} AND q::text <> '')::tsquery, ''::tsquery)
$fn$`;

export class PlaceSearch1736500000000 implements MigrationInterface {
  name = "PlaceSearch1736500000000";

  public async up(q: QueryRunner): Promise<void> {
    await q.query(PLACE_VECTOR);
    await q.query(PLACE_QUERY);
    await q.query(`CREATE INDEX activity_place_search_idx ON activity USING gin (place_search_vector(search_vector, municipality_codes))`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX activity_place_search_idx`);
    await q.query(`DROP FUNCTION place_search_query(tsquery, text[])`);
    await q.query(`DROP FUNCTION place_search_vector(tsvector, text[])`);
  }
}
