import { loadReferenceData } from "../region/reference-data";
import { MILESTONE_EVENT_CHANNEL } from "./milestone-event.outbox";
import type { MilestoneStatusValue } from "./milestone.enums";

/** Demo regional milestones: generated (not real), deterministic from the region code. */
export interface DemoMilestone {
  regionCode: string;
  kind: string;
  titleFi: string;
  titleSv: string;
  titleEn: string;
  dueDate: string;
  status: MilestoneStatusValue;
}

const pad = (n: number) => String(n).padStart(2, "0");

export function generateDemoMilestones(): DemoMilestone[] {
  const regions = loadReferenceData().regions.filter((r) => r.kind !== "ALAND_OUTSIDE_REFORM");
  return regions.flatMap((r) => {
    const n = Number(r.code);
    return [
      {
        regionCode: r.code, kind: "STRATEGY_APPROVED", status: "COMPLETED" as const, dueDate: `2022-${pad(9 + (n % 4))}-${pad(1 + (n * 7) % 27)}`,
        titleFi: `Strategia hyväksytty (${r.nameFi})`, titleSv: `Strategin godkänd (${r.nameSv})`,
        titleEn: `Strategy approved (${r.nameEn})`,
      },
      {
        regionCode: r.code, kind: "NGO_HEARING", status: (n % 3 === 0 ? "IN_PROGRESS" : "PLANNED") as MilestoneStatusValue,
        dueDate: `2026-${pad(1 + (n % 9))}-${pad(1 + (n * 11) % 27)}`,
        titleFi: `Järjestöjen kuuleminen palvelustrategiasta (${r.nameFi})`, titleSv: `Hörande av organisationer om servicestrategin (${r.nameSv})`,
        titleEn: `NGO hearing on the service strategy (${r.nameEn})`,
      },
      {
        regionCode: r.code, kind: "COOPERATION_AGREEMENT", status: "PLANNED" as const, dueDate: `2026-${pad(10 + (n % 3))}-${pad(1 + (n * 5) % 27)}`,
        titleFi: `Järjestöyhteistyön toimintamalli hyväksytään (${r.nameFi})`, titleSv: `Modell för organisationssamarbete (${r.nameSv})`,
        titleEn: `NGO cooperation model adopted (${r.nameEn})`,
      },
    ];
  });
}

/** Inserts the demo milestones with their CREATED events, in the seeder's transaction. */
export async function seedDemoMilestones(query: (sql: string, params?: unknown[]) => Promise<unknown>): Promise<number> {
  const rows = generateDemoMilestones();
  // Same ordering rule as every event writer (milestone-event.outbox.ts).
  await query(`LOCK TABLE milestone_event IN EXCLUSIVE MODE`);
  await query(
    `WITH m AS (
       INSERT INTO preparation_milestone (region_code, kind, title_fi, title_sv, title_en, due_date, status, is_demo)
       SELECT *, true FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::date[], $7::text[])
       RETURNING id, region_code, kind, status, due_date
     )
     INSERT INTO milestone_event (milestone_id, type, previous_status, new_status, region_code, kind)
     SELECT id, 'CREATED', NULL, status, region_code, kind FROM m ORDER BY due_date, id`,
    [rows.map((r) => r.regionCode), rows.map((r) => r.kind), rows.map((r) => r.titleFi), rows.map((r) => r.titleSv),
      rows.map((r) => r.titleEn), rows.map((r) => r.dueDate), rows.map((r) => r.status)]);
  await query(`SELECT pg_notify($1, (SELECT max(id)::text FROM milestone_event))`, [MILESTONE_EVENT_CHANNEL]);
  return rows.length;
}
