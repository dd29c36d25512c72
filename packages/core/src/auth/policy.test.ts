import type { Viewer } from "../context/request-context";
import { activityManagerScope, can } from "./policy";

// updateActivity checks ownership inside its SQL statement with activityManagerScope; it must
// grant exactly what the policy table grants for "activity:manage".
describe("activityManagerScope", () => {
  const viewer = (roles: string[], organisationIds: number[] = [], regionCodes: string[] = []): Viewer => ({ subject: "s", roles, organisationIds, regionCodes });
  const viewers: [string, Viewer][] = [
    ["admin", viewer(["admin"])],
    ["editor of 1 and 2", viewer(["editor"], [1, 2])],
    ["editor of nothing", viewer(["editor"])],
    ["coordinator of 15 listing organisations", viewer(["coordinator"], [1], ["15"])],
    ["editor and coordinator", viewer(["editor", "coordinator"], [3], ["15"])],
    ["no roles, organisations listed", viewer([], [1, 2, 3])],
  ];

  it.each(viewers)("agrees with the policy for %s", (_name, v) => {
    const scope = activityManagerScope(v);
    for (const organisationId of [1, 2, 3, 4]) {
      expect(scope === "all" || scope.includes(organisationId)).toBe(can(v, "activity:manage", { organisationId }));
    }
  });
});
