import { activityService, pageStatementOf } from "@yhdyspinta/core/internal";
import { createTestEnvironment, type TestEnvironment } from "@yhdyspinta/testing";

// occursBetween alone over the whole country, on the national-scale set (the planner's choices only
// mean something at that size): the window's occurrences come from one index range, not from a probe
// of every activity's occurrences.
let env: TestEnvironment;
beforeAll(async () => {
  env = await createTestEnvironment({ seed: "full" });
  // A live server's autovacuum has done this long before anyone searches; a freshly seeded copy has not.
  await env.database.dataSource.query(`VACUUM ANALYZE activity, activity_occurrence`);
}, 600_000);
afterAll(async () => { await env?.close(); });

/** Two weeks of the demo's autumn season: tests never read today's date. */
const FROM = "2026-09-14T00:00:00+03:00";
const TO = "2026-09-28T00:00:00+03:00";

function planNodes(plan: any): any[] {
  return [plan, ...(plan.Plans ?? []).flatMap(planNodes)];
}

describe("occursBetween over the whole country", () => {
  it("counts and pages from the occurrences' window index, without a Seq Scan or a probe per activity", async () => {
    const ctx = { dataSource: env.database.dataSource, reference: env.database.reference };
    const spec = activityService.listSpec(ctx as any, { occursBetween: { from: new Date(FROM), to: new Date(TO) } }, null);
    const { sql, params } = pageStatementOf(spec, { first: 20 }, true);
    const [{ "QUERY PLAN": [plan] }] = await env.database.dataSource.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${sql}`, params);
    const nodes = planNodes(plan.Plan);
    expect(nodes.filter((n) => n["Node Type"] === "Seq Scan").map((n) => n["Relation Name"])).toEqual([]);
    // The count (the statement's first part) reads the window's range once, each occurrence row at most once.
    const count = planNodes(plan.Plan.Plans[0]);
    const occurrenceScans = count.filter((n) => n["Relation Name"] === "activity_occurrence");
    expect(occurrenceScans.map((n) => [n["Node Type"], n["Index Name"], n["Actual Loops"]])).toEqual([["Index Only Scan", "activity_occurrence_window_idx", 1]]);
    // Far fewer pages than the activities and occurrences there are (the old plan read about 158 000 for 40 000 activities).
    const [{ activities }] = await env.database.dataSource.query(`SELECT count(*)::int AS activities FROM activity`);
    expect(plan.Plan["Shared Hit Blocks"] + plan.Plan["Shared Read Blocks"]).toBeLessThan(activities / 10);

    // And the same answer as the occurrences say, counted apart.
    const res = await env.query(`query($from: DateTimeISO!, $to: DateTimeISO!) { activities(first: 1, filter: { occursBetween: { from: $from, to: $to } }) { totalCount } }`, { from: FROM, to: TO });
    expect(res.errors).toBeUndefined();
    const [{ n }] = await env.database.dataSource.query(
      `SELECT count(DISTINCT a.id)::int AS n FROM activity a JOIN activity_occurrence o ON o.activity_id = a.id
       WHERE a.status <> 'ENDED' AND o.starts_at < $2 AND o.ends_at > $1`, [FROM, TO]);
    expect(n).toBeGreaterThan(1000);
    expect(res.data.activities.totalCount).toBe(n);
  });
});
