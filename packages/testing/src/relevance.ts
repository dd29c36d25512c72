/**
 * The search relevance set (issue 14): Finnish and Swedish queries a service advisor types, each
 * with the activities it must find, and recall@10 and MRR over them. Used by the floor test
 * (packages/server/test/search-relevance.test.ts) and `npm run bench:relevance`.
 *
 * The expected activities follow one rule a reader can check against the demo catalogue
 * (packages/core/data/demo/*.json), never today's output: an activity is relevant to a query when
 * its Finnish or its Swedish name contains every one of the query's `names` fragments (case
 * folded), it is listed by default (not ENDED) and, with `municipality`, it takes place there.
 * The fragment is the word the query means: the base form for an inflected query, the compound's
 * head or part for a partial one, the intended word for a typo.
 */
export type RelevanceCategory = "inflected" | "prefix" | "compound part" | "typo" | "swedish" | "municipality";

export interface RelevanceQuery {
  search: string;
  category: RelevanceCategory;
  /** Fragments a relevant activity's Finnish or Swedish name contains, all of them (lower case). */
  names: string[];
  municipality?: string;
}

const q = (category: RelevanceCategory, search: string, names: string[], municipality?: string): RelevanceQuery =>
  ({ search, category, names, ...(municipality ? { municipality } : {}) });

export const RELEVANCE_QUERIES: readonly RelevanceQuery[] = [
  // Inflected forms: the name's word in another case or number.
  q("inflected", "vertaistukiryhmässä", ["vertaistukiryhmä"]),
  q("inflected", "omaishoitajille", ["omaishoitaj"]),
  q("inflected", "omaishoitajien vertaistukiryhmä", ["omaishoitaj", "vertaistukiryhmä"]),
  q("inflected", "perhekahvilaan", ["perhekahvila"]),
  q("inflected", "muistikahvilassa", ["muistikahvila"]),
  q("inflected", "ystävätoimintaan", ["ystävätoiminta"]),
  q("inflected", "kyläkahvilassa", ["kyläkahvila"]),
  q("inflected", "nuorten teatteriryhmään", ["teatteriryhmä"]),
  q("inflected", "sydänjumppaan", ["sydänjumppa"]),
  q("inflected", "asumisneuvontaa", ["asumisneuvonta"]),
  q("inflected", "kriisikeskusteluihin", ["kriisikeskustelu"]),
  q("inflected", "omaisten vertaistukiryhmään", ["omaisten vertaistukiryhmä"]),
  q("inflected", "ikämiesten vertaisryhmässä", ["ikämiesten vertaisryhmä"]),
  q("inflected", "kohtaamispaikassa", ["kohtaamispaikka"]),
  // Compound heads and half-typed words (as you type).
  q("prefix", "vertaistuki", ["vertaistuki"]),
  q("prefix", "omaishoitaja", ["omaishoitaj"]),
  q("prefix", "mielenterveys", ["mielenterveys"]),
  q("prefix", "perhe", ["perhe"]),
  q("prefix", "ystävä", ["ystävä"]),
  q("prefix", "kohtaamis", ["kohtaamis"]),
  q("prefix", "vertaistukiryh", ["vertaistukiryhmä"]),
  q("prefix", "omaishoi", ["omaishoi"]),
  q("prefix", "päihde", ["päihde"]),
  q("prefix", "liikunta", ["liikunta"]),
  // A compound's later part: "ryhmä" is in "vertaistukiryhmä".
  q("compound part", "ryhmä", ["ryhmä"]),
  q("compound part", "neuvonta", ["neuvonta"]),
  q("compound part", "kahvila", ["kahvila"]),
  q("compound part", "jumppa", ["jumppa"]),
  q("compound part", "tukiryhmä", ["tukiryhmä"]),
  q("compound part", "kävelyryhmä", ["kävelyryhmä"]),
  q("compound part", "olohuone", ["olohuone"]),
  q("compound part", "rådgivning", ["rådgivning"]),
  q("compound part", "gymnastik", ["gymnastik"]),
  // One letter wrong, missing or extra.
  q("typo", "vertaistukirymä", ["vertaistukiryhmä"]),
  q("typo", "omaishoitjat", ["omaishoitaj"]),
  q("typo", "mielenterveyskuntoutujen", ["mielenterveyskuntoutuj"]),
  q("typo", "kyläkahvla", ["kyläkahvila"]),
  q("typo", "sydänjunppa", ["sydänjumppa"]),
  q("typo", "ystävätoimita", ["ystävätoiminta"]),
  q("typo", "asumisneuvota", ["asumisneuvonta"]),
  q("typo", "kriisikeskutelut", ["kriisikeskustelu"]),
  q("typo", "lähisuhdeväkivalan", ["lähisuhdeväkivalla"]),
  q("typo", "kamratstödgrupp", ["kamratstödsgrupp"]),
  q("typo", "närståendevårdre", ["närståendevård"]),
  // Swedish names, Swedish stems.
  q("swedish", "kamratstöd", ["kamratstöd"]),
  q("swedish", "kamratstödsgrupper", ["kamratstödsgrupp"]),
  q("swedish", "närståendevårdare", ["närståendevårdare"]),
  q("swedish", "anhöriga", ["anhöriga"]),
  q("swedish", "mötesplats", ["mötesplats"]),
  q("swedish", "familjecafé", ["familjecafé"]),
  q("swedish", "vänverksamhet", ["vänverksamhet"]),
  q("swedish", "äldre män", ["äldre män"]),
  q("swedish", "minnescafé", ["minnescafé"]),
  q("swedish", "mathjälp", ["mathjälp"]),
  // In one municipality: the matches there, best first.
  q("municipality", "vertaistukiryhmä", ["vertaistukiryhmä"], "091"),
  q("municipality", "omaishoitajien vertaistukiryhmä", ["omaishoitaj", "vertaistukiryhmä"], "167"),
  q("municipality", "perhekahvila", ["perhekahvila"], "837"),
  q("municipality", "kamratstöd", ["kamratstöd"], "905"),
  q("municipality", "ystävätoiminta", ["ystävätoiminta"], "179"),
];

export interface QueryScore {
  query: RelevanceQuery;
  relevant: number;
  /** Relevant among the first 10 over min(10, relevant). */
  recallAt10: number;
  /** 1 / rank of the first relevant result within the first 10, else 0. */
  reciprocalRank: number;
  top: string[];
}

export interface RelevanceReport {
  scores: QueryScore[];
  /** Queries left out because no activity of the data set is relevant to them. */
  skipped: RelevanceQuery[];
  recallAt10: number;
  mrr: number;
  byCategory: Record<string, { queries: number; recallAt10: number; mrr: number }>;
}

type Sql = (sql: string, params: unknown[]) => Promise<any[]>;

/** The ids of the activities relevant to a query, by the rule above, in SQL of their own (not the search's). */
export async function relevantActivityIds(sql: Sql, query: RelevanceQuery): Promise<Set<number>> {
  const patterns = query.names.map((n) => `%${n.toLowerCase()}%`);
  const rows = await sql(
    `SELECT a.id FROM activity a
      WHERE a.status <> 'ENDED'
        AND (lower(a.name_fi) LIKE ALL($1::text[]) OR lower(coalesce(a.name_sv, '')) LIKE ALL($1::text[]))
        AND ($2::text IS NULL OR EXISTS (SELECT 1 FROM activity_municipality m WHERE m.activity_id = a.id AND m.municipality_code = $2))`,
    [patterns, query.municipality ?? null]);
  return new Set(rows.map((r) => Number(r.id)));
}

/**
 * Scores a search over the set: `search(query)` returns the ids (database ids) of the first 10
 * results in order.
 */
export async function scoreRelevance(sql: Sql, search: (query: RelevanceQuery) => Promise<{ id: number; name: string }[]>): Promise<RelevanceReport> {
  const scores: QueryScore[] = [];
  const skipped: RelevanceQuery[] = [];
  for (const query of RELEVANCE_QUERIES) {
    const relevant = await relevantActivityIds(sql, query);
    if (relevant.size === 0) {
      skipped.push(query);
      continue;
    }
    const top = (await search(query)).slice(0, 10);
    const hits = top.filter((r) => relevant.has(r.id)).length;
    const first = top.findIndex((r) => relevant.has(r.id));
    scores.push({
      query, relevant: relevant.size, recallAt10: hits / Math.min(10, relevant.size), reciprocalRank: first < 0 ? 0 : 1 / (first + 1),
      top: top.map((r) => `${relevant.has(r.id) ? "+" : "-"} ${r.name}`),
    });
  }
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const byCategory: RelevanceReport["byCategory"] = {};
  for (const category of [...new Set(scores.map((s) => s.query.category))]) {
    const of = scores.filter((s) => s.query.category === category);
    byCategory[category] = { queries: of.length, recallAt10: mean(of.map((s) => s.recallAt10)), mrr: mean(of.map((s) => s.reciprocalRank)) };
  }
  return { scores, skipped, recallAt10: mean(scores.map((s) => s.recallAt10)), mrr: mean(scores.map((s) => s.reciprocalRank)), byCategory };
}

/**
 * The search as it was before migration 1736100000000, written out for the "before" column of the
 * report: Finnish stems only (`websearch_to_tsquery('finnish')`), Swedish and English names with
 * `simple`, ranked by ts_rank, ties by id descending. It reads the same columns the old
 * generated search vector did.
 */
export async function searchBefore(sql: Sql, query: RelevanceQuery): Promise<{ id: number; name: string }[]> {
  const vector = `(setweight(to_tsvector('finnish', coalesce(t.name_fi, '')), 'A') ||
    setweight(to_tsvector('simple', coalesce(t.name_sv, '') || ' ' || coalesce(t.name_en, '')), 'B') ||
    setweight(to_tsvector('finnish', coalesce(t.description_fi, '') || ' ' || coalesce(t.schedule, '')), 'C'))`;
  return sql(
    `SELECT t.id, t.name_fi AS name FROM activity t
      WHERE t.status <> 'ENDED' AND ${vector} @@ websearch_to_tsquery('finnish', $1)
        AND ($2::text IS NULL OR EXISTS (SELECT 1 FROM activity_municipality m WHERE m.activity_id = t.id AND m.municipality_code = $2))
      ORDER BY ts_rank(${vector}, websearch_to_tsquery('finnish', $1)) DESC, t.id DESC LIMIT 10`,
    [query.search, query.municipality ?? null]);
}

/** The report as Markdown: the totals, per category, then every query with its first results. */
export function relevanceMarkdown(reports: { label: string; report: RelevanceReport }[]): string {
  const f = (x: number) => x.toFixed(3);
  const lines = [
    `| | queries | recall@10 | MRR |`, `|---|---|---|---|`,
    ...reports.map(({ label, report }) => `| ${label} | ${report.scores.length} | ${f(report.recallAt10)} | ${f(report.mrr)} |`),
    "", `| category | ${reports.map((r) => `${r.label} recall@10 | ${r.label} MRR`).join(" | ")} |`, `|---|${reports.map(() => "---|---|").join("")}`,
  ];
  for (const category of Object.keys(reports[0]!.report.byCategory)) {
    const n = reports[0]!.report.byCategory[category]!.queries;
    lines.push(`| ${category} (${n}) | ${reports.map((r) => `${f(r.report.byCategory[category]?.recallAt10 ?? 0)} | ${f(r.report.byCategory[category]?.mrr ?? 0)}`).join(" | ")} |`);
  }
  lines.push("", `| query | municipality | relevant | ${reports.map((r) => `${r.label} R@10 | ${r.label} RR`).join(" | ")} |`, `|---|---|---|${reports.map(() => "---|---|").join("")}`);
  reports[0]!.report.scores.forEach((s, i) => {
    lines.push(`| ${s.query.search} | ${s.query.municipality ?? ""} | ${s.relevant} | ${reports.map((r) => `${f(r.report.scores[i]!.recallAt10)} | ${f(r.report.scores[i]!.reciprocalRank)}`).join(" | ")} |`);
  });
  const skipped = reports[0]!.report.skipped;
  if (skipped.length) lines.push("", `Left out (no relevant activity in this data set): ${skipped.map((s) => `"${s.search}"`).join(", ")}.`);
  return lines.join("\n");
}
