import type { Viewer } from "../context/request-context";

/**
 * The roles a token can carry (claim `roles`). Anonymous is the absence of a viewer.
 * - editor: edits the organisations listed in the token (claim `organisations`) and their activities,
 *   and acts for them in region plug-ins where the change is theirs (`region:participate`)
 * - coordinator: manages partnerships, milestones and plug-in structures of the listed regions (claim `regions`)
 * - admin: may do everything
 */
export const Role = {
  EDITOR: "editor",
  COORDINATOR: "coordinator",
  ADMIN: "admin",
} as const;
export type RoleValue = (typeof Role)[keyof typeof Role];
export const ROLES: readonly RoleValue[] = Object.values(Role);

export function hasRole(viewer: Viewer | null, role: RoleValue): boolean {
  return Boolean(viewer?.roles.includes(role));
}

export function isAdmin(viewer: Viewer | null): boolean {
  return hasRole(viewer, Role.ADMIN);
}

/** An editor of this organisation (the role and the organisation listed together). */
export function editsOrganisation(viewer: Viewer | null, organisationId: number): boolean {
  return hasRole(viewer, Role.EDITOR) && viewer!.organisationIds.includes(organisationId);
}

/** A coordinator of this wellbeing region. */
export function coordinatesRegion(viewer: Viewer | null, regionCode: string): boolean {
  return hasRole(viewer, Role.COORDINATOR) && viewer!.regionCodes.includes(regionCode);
}

/** A coordinator of every one of these regions (and there is at least one). */
export function coordinatesAllRegions(viewer: Viewer | null, regionCodes: readonly string[]): boolean {
  return regionCodes.length > 0 && regionCodes.every((code) => coordinatesRegion(viewer, code));
}
