import { demoFlagMigration } from "../graphql/demo-flag";

/**
 * `is_demo` on every core table the demo seeder writes (issue 15), so invented organisations,
 * activities, partnerships and regional milestones are never taken for real; a database seeded
 * before this gets its seeded rows marked.
 */
export const DemoFlag1735100000001 = demoFlagMigration(
  "DemoFlag1735100000001", ["organisation", "activity", "partnership", "preparation_milestone"], "demo-data");
