import { NATIONAL_MILESTONES_1732000000000 } from "../migrations/1732000000000-milestones.data";
import { NATIONAL_MILESTONES_1735100000000 } from "../migrations/1735100000000-national-timeline-2025.data";
import type { MilestoneStatusValue } from "./milestone.enums";

/**
 * The national timeline of the health and social services reform (sote-uudistus) as the migrations
 * give it to every database: the frozen data of each migration that adds national steps, in order.
 * A new step or a correction is a new migration with its own data file, appended here
 * (packages/server/test/migration-data.test.ts checks that a migrated database holds exactly this).
 *
 * Sources: the steps up to 2023 rest on Government proposal HE 241/2020 vp (8.12.2020), Parliament's
 * decision 23.6.2021, the acts 611–618/2021 in force 1.7.2021, the first county elections 23.1.2022,
 * the councils from 1.3.2022 and the organising responsibility from 1.1.2023 (soteuudistus.fi, STM,
 * VM); each later step names its official page (`sourceUrl`, `sourceTitle`).
 */
export interface NationalMilestone {
  kind: string;
  dueDate: string;
  status: MilestoneStatusValue;
  titleFi: string;
  titleSv: string;
  titleEn: string;
  description: string;
  sourceUrl: string | null;
  sourceTitle: string | null;
}

export const NATIONAL_TIMELINE: readonly NationalMilestone[] = [
  ...NATIONAL_MILESTONES_1732000000000.map(([kind, dueDate, titleFi, titleSv, titleEn, description]) => ({
    kind, dueDate, status: "COMPLETED" as const, titleFi, titleSv, titleEn, description, sourceUrl: null, sourceTitle: null,
  })),
  ...NATIONAL_MILESTONES_1735100000000.map(([kind, dueDate, status, titleFi, titleSv, titleEn, description, sourceUrl, sourceTitle]) => ({
    kind, dueDate, status: status as MilestoneStatusValue, titleFi, titleSv, titleEn, description, sourceUrl, sourceTitle,
  })),
];
