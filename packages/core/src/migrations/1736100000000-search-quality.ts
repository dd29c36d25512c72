import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Search quality and cost (issues 14 and 19):
 * - the search vectors stem each language with its own configuration (Finnish, Swedish, English;
 *   before, Swedish and English used `simple`), names weighted A, descriptions C, the schedule D;
 * - `search_lexeme`: every lexeme (stem) of the search vectors, so a query word can be completed
 *   as a compound head or part; `search_word`: every word as written, with a trigram index, so a
 *   word that matches nothing can be corrected to the closest one;
 * - `search_query(text, prefix)`: the user's web-search text as a tsquery (see below);
 * - `activity.municipality_codes`: the activity's municipalities as an array with a GIN index, so
 *   a search in a municipality or region combines the text index with it (a BitmapAnd) instead of
 *   walking every national match.
 * Both derived stores are kept by statement-level triggers over transition tables: one statement
 * per written statement, set-based, so bulk loads (seed, import) stay fast.
 */
const VECTOR = {
  organisation: `
    setweight(to_tsvector('finnish', coalesce(name_fi, '')), 'A') ||
    setweight(to_tsvector('swedish', coalesce(name_sv, '')), 'A') ||
    setweight(to_tsvector('english', coalesce(name_en, '')), 'A') ||
    setweight(to_tsvector('finnish', coalesce(description_fi, '')), 'C') ||
    setweight(to_tsvector('swedish', coalesce(description_sv, '')), 'C') ||
    setweight(to_tsvector('english', coalesce(description_en, '')), 'C')`,
  activity: `
    setweight(to_tsvector('finnish', coalesce(name_fi, '')), 'A') ||
    setweight(to_tsvector('swedish', coalesce(name_sv, '')), 'A') ||
    setweight(to_tsvector('english', coalesce(name_en, '')), 'A') ||
    setweight(to_tsvector('finnish', coalesce(description_fi, '')), 'C') ||
    setweight(to_tsvector('swedish', coalesce(description_sv, '')), 'C') ||
    setweight(to_tsvector('english', coalesce(description_en, '')), 'C') ||
    setweight(to_tsvector('finnish', coalesce(schedule, '')), 'D')`,
};
/** The words of a row's names and descriptions as written (lower case), for typo correction. */
const WORDS = (row: string) =>
  `to_tsvector('simple', concat_ws(' ', ${["name_fi", "name_sv", "name_en", "description_fi", "description_sv", "description_en"].map((c) => `${row}.${c}`).join(", ")}))`;
const OLD_VECTOR = {
  organisation: `
    setweight(to_tsvector('finnish', coalesce(name_fi, '')), 'A') ||
    setweight(to_tsvector('simple', coalesce(name_sv, '') || ' ' || coalesce(name_en, '')), 'B') ||
    setweight(to_tsvector('finnish', coalesce(description_fi, '')), 'C')`,
  activity: `
    setweight(to_tsvector('finnish', coalesce(name_fi, '')), 'A') ||
    setweight(to_tsvector('simple', coalesce(name_sv, '') || ' ' || coalesce(name_en, '')), 'B') ||
    setweight(to_tsvector('finnish', coalesce(description_fi, '') || ' ' || coalesce(schedule, '')), 'C')`,
};

/**
 * One query word as a tsquery operand: its Finnish, Swedish and English stems as prefixes (so
 * "vertaistuki" finds "vertaistukiryhmä", "kamratstöd" "kamratstödsgrupp", and a half-typed word
 * its completions); the indexed lexeme its Finnish stem is one letter longer than (the
 * Finnish stemmer cuts "neuvonta" to "neuvon" but "neuvontaa" to "neuvont"); and the indexed
 * lexemes containing the stem (compound parts: "ryhmä" finds "vertaistukiryhmä"). A word no
 * indexed lexeme starts with is first replaced by the most similar indexed word (one-letter
 * typos), if one is similar enough. A stop word of any of the three languages is dropped
 * (' ' marks it; the caller removes it). With `prefix` false: the stems as exact words only, which
 * the ranking counts again, so an exact word ranks above a completion.
 */
const SEARCH_OPERAND = `
CREATE FUNCTION search_operand(term text, prefix boolean) RETURNS text
LANGUAGE plpgsql STABLE PARALLEL SAFE AS $fn$
DECLARE
  fi text[] := ts_lexize('finnish_stem', term);
  sv text[] := ts_lexize('swedish_stem', term);
  en text[] := ts_lexize('english_stem', term);
  stems text[];
  parts text[] := '{}';
  fix text;
BEGIN
  IF fi = '{}' OR sv = '{}' OR en = '{}' THEN RETURN ''' '''; END IF;
  IF prefix AND length(term) >= 4 AND NOT EXISTS (
      SELECT 1 FROM unnest(fi || sv || en) s, LATERAL (SELECT 1 FROM search_lexeme l WHERE l.lexeme >= s AND starts_with(l.lexeme, s) LIMIT 1) m) THEN
    -- Nothing starts with it: the closest indexed word as written, if similar enough (a typo of a letter or so).
    SELECT w.word INTO fix FROM search_word w
     WHERE w.word % term AND similarity(w.word, term) >= 0.45
     ORDER BY similarity(w.word, term) DESC, abs(length(w.word) - length(term)), w.word LIMIT 1;
    IF fix IS NOT NULL AND ts_lexize('finnish_stem', fix) <> '{}' AND ts_lexize('swedish_stem', fix) <> '{}' AND ts_lexize('english_stem', fix) <> '{}' THEN
      fi := ts_lexize('finnish_stem', fix);
      sv := ts_lexize('swedish_stem', fix);
      en := ts_lexize('english_stem', fix);
    END IF;
  END IF;
  stems := ARRAY(SELECT s FROM unnest(fi || sv || en) WITH ORDINALITY AS u(s, n) WHERE s <> '' GROUP BY s ORDER BY min(n));
  -- The stemmer's shorter cut of the same word, where the index has it.
  stems := stems || ARRAY(SELECT l.lexeme FROM search_lexeme l
                           WHERE l.lexeme = left(fi[1], -1) AND length(l.lexeme) >= 6 AND NOT l.lexeme = ANY(stems));
  IF prefix AND length(fi[1]) >= 4 THEN
    -- Compound parts: indexed lexemes with the stem inside (bounded, the shortest first).
    parts := ARRAY(SELECT l.lexeme FROM search_lexeme l
                    WHERE l.lexeme LIKE '%' || replace(replace(replace(fi[1], '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%'
                      AND NOT EXISTS (SELECT 1 FROM unnest(stems) s WHERE starts_with(l.lexeme, s))
                    ORDER BY length(l.lexeme), l.lexeme LIMIT 32);
  END IF;
  RETURN '(' || (SELECT string_agg(
      '''' || replace(replace(s, '\\', '\\\\'), '''', '''''') || '''' || CASE WHEN prefix AND length(s) >= 3 AND NOT s = ANY(parts) THEN ':*' ELSE '' END,
      ' | ') FROM unnest(stems || parts) s) || ')';
END
$fn$`;

/**
 * The user's text as a tsquery. PostgreSQL's own web-search parser reads it (quotes, "or",
 * "-exclusion"; it accepts any input), with the simple configuration so every word is kept as
 * written; each word is then replaced by its operand (search_operand). The text is rebuilt from
 * that parser's output, whose only lexemes are quoted, and from operands that quote theirs, so
 * the result always parses. Linear in the input (at most 200 characters, the API's limit).
 */
const SEARCH_QUERY = `
CREATE FUNCTION search_query(q text, prefix boolean DEFAULT true) RETURNS tsquery
LANGUAGE plpgsql STABLE PARALLEL SAFE
-- An empty query (only stop words or punctuation) is no news: PostgreSQL's notice about it is not sent.
SET client_min_messages = warning AS $fn$
DECLARE
  parsed text := websearch_to_tsquery('simple', q)::text;
  words text[];
  gaps text[];
  built text;
  dropped boolean := false;
  operand text;
BEGIN
  IF parsed = '' THEN RETURN websearch_to_tsquery('simple', q); END IF;
  words := ARRAY(SELECT m[1] FROM regexp_matches(parsed, '''((?:[^'']|'''')*)''', 'g') AS m);
  gaps := regexp_split_to_array(parsed, '''(?:[^'']|'''')*''');
  built := gaps[1];
  FOR i IN 1 .. coalesce(array_length(words, 1), 0) LOOP
    operand := search_operand(replace(words[i], '''''', ''''), prefix);
    dropped := dropped OR operand = ''' ''';
    built := built || operand || gaps[i + 1];
  END LOOP;
  IF dropped THEN RETURN ts_rewrite(built::tsquery, ''' '''::tsquery, websearch_to_tsquery('simple', ''));
  END IF;
  RETURN built::tsquery;
END
$fn$`;

export class SearchQuality1736100000000 implements MigrationInterface {
  name = "SearchQuality1736100000000";

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    for (const table of ["organisation", "activity"] as const) {
      await q.query(`ALTER TABLE ${table} DROP COLUMN search_vector`);
      await q.query(`ALTER TABLE ${table} ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (${VECTOR[table]}) STORED`);
      await q.query(`CREATE INDEX ${table}_search_idx ON ${table} USING gin(search_vector)`);
    }

    // Lexemes compare byte-wise ("C"), so prefixes are a range of the primary key.
    await q.query(`CREATE TABLE search_lexeme (lexeme text COLLATE "C" PRIMARY KEY)`);
    await q.query(`CREATE INDEX search_lexeme_trgm_idx ON search_lexeme USING gin(lexeme gin_trgm_ops)`);
    await q.query(`
      INSERT INTO search_lexeme (lexeme)
      SELECT DISTINCT l FROM (SELECT search_vector FROM organisation UNION ALL SELECT search_vector FROM activity) v, unnest(tsvector_to_array(v.search_vector)) l`);
    // The words as written (lower case), what a typo is compared with: a stem is a cut word, poorer to compare.
    await q.query(`CREATE TABLE search_word (word text COLLATE "C" PRIMARY KEY)`);
    await q.query(`CREATE INDEX search_word_trgm_idx ON search_word USING gin(word gin_trgm_ops)`);
    await q.query(`
      INSERT INTO search_word (word)
      SELECT DISTINCT x FROM (SELECT ${WORDS("o")} AS words FROM organisation o UNION ALL SELECT ${WORDS("a")} FROM activity a) v, unnest(tsvector_to_array(v.words)) x`);
    // Sorted, so concurrent writers take the lexemes' locks in one order.
    await q.query(`
      CREATE FUNCTION search_lexeme_collect() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        INSERT INTO search_lexeme (lexeme)
        SELECT DISTINCT l FROM written_rows w, unnest(tsvector_to_array(w.search_vector)) l ORDER BY l
        ON CONFLICT DO NOTHING;
        INSERT INTO search_word (word)
        SELECT DISTINCT x FROM written_rows w, unnest(tsvector_to_array(${WORDS("w")})) x ORDER BY x
        ON CONFLICT DO NOTHING;
        RETURN NULL;
      END $fn$`);
    // Updates collect every written row too: telling changed text apart would join the old and new
    // transition tables, which spill on a bulk update and are rescanned per row. ON CONFLICT skips the known.
    for (const table of ["organisation", "activity"]) {
      await q.query(`CREATE TRIGGER ${table}_search_lexeme_insert AFTER INSERT ON ${table} REFERENCING NEW TABLE AS written_rows
                     FOR EACH STATEMENT EXECUTE FUNCTION search_lexeme_collect()`);
      await q.query(`CREATE TRIGGER ${table}_search_lexeme_update AFTER UPDATE ON ${table} REFERENCING NEW TABLE AS written_rows
                     FOR EACH STATEMENT EXECUTE FUNCTION search_lexeme_collect()`);
    }
    await q.query(SEARCH_OPERAND);
    await q.query(SEARCH_QUERY);

    await q.query(`ALTER TABLE activity ADD COLUMN municipality_codes text[] NOT NULL DEFAULT '{}'`);
    await q.query(`
      UPDATE activity a SET municipality_codes = m.codes
      FROM (SELECT activity_id, array_agg(municipality_code::text ORDER BY municipality_code) AS codes FROM activity_municipality GROUP BY activity_id) m
      WHERE a.id = m.activity_id`);
    await q.query(`CREATE INDEX activity_municipality_codes_idx ON activity USING gin(municipality_codes)`);
    await q.query(`
      CREATE FUNCTION activity_municipality_codes_sync() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        -- Statement triggers fire for zero rows too: nothing to do, and no activity update to cascade.
        IF NOT EXISTS (SELECT 1 FROM changed_links) THEN RETURN NULL; END IF;
        -- Rows already carrying their codes (a bulk load writes them with the row) are left as they are.
        UPDATE activity a SET municipality_codes = c.codes
        FROM (SELECT x.id, ARRAY(SELECT m.municipality_code::text FROM activity_municipality m WHERE m.activity_id = x.id ORDER BY 1) AS codes
                FROM (SELECT DISTINCT activity_id AS id FROM changed_links) x) c
        WHERE a.id = c.id AND a.municipality_codes IS DISTINCT FROM c.codes;
        RETURN NULL;
      END $fn$`);
    await q.query(`CREATE TRIGGER activity_municipality_codes_insert AFTER INSERT ON activity_municipality REFERENCING NEW TABLE AS changed_links
                   FOR EACH STATEMENT EXECUTE FUNCTION activity_municipality_codes_sync()`);
    await q.query(`CREATE TRIGGER activity_municipality_codes_delete AFTER DELETE ON activity_municipality REFERENCING OLD TABLE AS changed_links
                   FOR EACH STATEMENT EXECUTE FUNCTION activity_municipality_codes_sync()`);
    await q.query(`CREATE TRIGGER activity_municipality_codes_update_new AFTER UPDATE ON activity_municipality REFERENCING NEW TABLE AS changed_links
                   FOR EACH STATEMENT EXECUTE FUNCTION activity_municipality_codes_sync()`);
    await q.query(`CREATE TRIGGER activity_municipality_codes_update_old AFTER UPDATE ON activity_municipality REFERENCING OLD TABLE AS changed_links
                   FOR EACH STATEMENT EXECUTE FUNCTION activity_municipality_codes_sync()`);
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const suffix of ["insert", "delete", "update_new", "update_old"]) {
      await q.query(`DROP TRIGGER activity_municipality_codes_${suffix} ON activity_municipality`);
    }
    await q.query(`DROP FUNCTION activity_municipality_codes_sync()`);
    await q.query(`ALTER TABLE activity DROP COLUMN municipality_codes`);
    for (const table of ["organisation", "activity"] as const) {
      await q.query(`DROP TRIGGER ${table}_search_lexeme_insert ON ${table}`);
      await q.query(`DROP TRIGGER ${table}_search_lexeme_update ON ${table}`);
    }
    await q.query(`DROP FUNCTION search_query(text, boolean)`);
    await q.query(`DROP FUNCTION search_operand(text, boolean)`);
    await q.query(`DROP FUNCTION search_lexeme_collect()`);
    await q.query(`DROP TABLE search_lexeme, search_word`);
    for (const table of ["organisation", "activity"] as const) {
      await q.query(`ALTER TABLE ${table} DROP COLUMN search_vector`);
      await q.query(`ALTER TABLE ${table} ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (${OLD_VECTOR[table]}) STORED`);
      await q.query(`CREATE INDEX ${table}_search_idx ON ${table} USING gin(search_vector)`);
    }
  }
}
