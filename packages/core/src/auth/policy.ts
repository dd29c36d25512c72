import { GraphQLError } from "graphql";
import type { Viewer, YhdyspintaContext } from "../context/request-context";
import { ErrorCode } from "../errors/errors";
import { Role, coordinatesAllRegions, coordinatesRegion, editsOrganisation, hasRole, isAdmin } from "./roles";

export class UnauthenticatedError extends GraphQLError {
  constructor(message = "Sign in to do this") {
    super(message, { extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } } });
  }
}

export class ForbiddenError extends GraphQLError {
  constructor(action: string) {
    super(`Not allowed: ${action}`, { extensions: { code: ErrorCode.FORBIDDEN, action } });
  }
}

/**
 * Every scoped permission of the platform, as action -> the facts the decision needs.
 * Services load those facts (inside their transaction when they are stored) and call `authorize`.
 * The rules, in words, are in docs/security.md; this table is the single source of truth.
 */
export interface PolicyResources {
  /** Area = regions of operation of the new organisation (already derived from its municipalities). */
  "organisation:create": { parentId: number | null; regionCodes: readonly string[] };
  /** Current area, and the new area / parent when the update changes them. */
  "organisation:update": { organisationId: number; regionCodes: readonly string[]; newRegionCodes?: readonly string[]; newParentId?: number | null };
  "organisation:delete": { organisationId: number; regionCodes: readonly string[] };
  /**
   * Making an organisation a member of `parentId` (create or update), checked with the parent's
   * stored area: a parent's coordinators must be able to delete and reorganise what hangs under it.
   */
  "organisation:link-parent": { parentId: number; parentRegionCodes: readonly string[] };
  /** Create, update or delete an activity of the organisation. */
  "activity:manage": { organisationId: number };
  /** The wellbeing region of the public party: the region itself, or the region of the municipality. */
  "partnership:manage": { regionCode: string };
  /** A preparation milestone of a region, or a national one (`regionCode: null`). */
  "milestone:manage": { regionCode: string | null };
  /**
   * Cooperation records (bodies, their members, meetings, outputs and documents, consultations,
   * representative calls, people and contact roles), with every wellbeing region the record reaches:
   * a body's regions and the regions of its municipalities.
   */
  "cooperation:manage": { regionCodes: readonly string[] };
  /**
   * An organisation's own part in a cooperation record (its nomination to a representative call,
   * its response to a consultation): its editor, or a coordinator of all the record's regions.
   */
  "cooperation:participate": { regionCodes: readonly string[]; organisationId: number };
  /** Region-specific structures added by region plug-ins. */
  "region:manage": { regionCode: string };
  /**
   * An organisation's own part in a region plug-in's structure (joining a network, nominating a
   * representative, registering its project): its editor, or a coordinator of the region.
   */
  "region:participate": { regionCode: string; organisationId: number };
}
export type PolicyAction = keyof PolicyResources;

type Rule<A extends PolicyAction> = (viewer: Viewer, resource: PolicyResources[A]) => boolean;

/** Admins pass every rule before it is consulted; these rules say what the other roles may do. */
const RULES: { [A in PolicyAction]: Rule<A> } = {
  "organisation:create": (v, r) =>
    // An editor registers member organisations under one of its own (a district association's locals)...
    (r.parentId !== null && editsOrganisation(v, r.parentId)) ||
    // ...a coordinator registers organisations that operate only in its regions.
    coordinatesAllRegions(v, r.regionCodes),
  "organisation:update": (v, r) => {
    if (editsOrganisation(v, r.organisationId)) {
      // Moving under another parent needs editor rights there too (or leaving the hierarchy).
      return r.newParentId === undefined || r.newParentId === null || r.newParentId === r.organisationId || editsOrganisation(v, r.newParentId);
    }
    return coordinatesAllRegions(v, r.regionCodes) && (r.newRegionCodes === undefined || coordinatesAllRegions(v, r.newRegionCodes));
  },
  // Deleting cascades to activities and partnerships, so editors cannot; coordinators of the whole area can.
  "organisation:delete": (v, r) => coordinatesAllRegions(v, r.regionCodes),
  // An editor links only to organisations they edit; a coordinator only to a parent whose whole
  // area is in their regions (a region-15 coordinator cannot hang members under region 14's
  // organisation and so block its deletion); a parent with no area or spanning others: admins.
  "organisation:link-parent": (v, r) => editsOrganisation(v, r.parentId) || coordinatesAllRegions(v, r.parentRegionCodes),
  "activity:manage": (v, r) => editsOrganisation(v, r.organisationId),
  "partnership:manage": (v, r) => coordinatesRegion(v, r.regionCode),
  // National milestones (regionCode null) are for admins only.
  "milestone:manage": (v, r) => r.regionCode !== null && coordinatesRegion(v, r.regionCode),
  // A body spanning several regions is everyone's business there: only coordinators of all of them (or admins).
  "cooperation:manage": (v, r) => coordinatesAllRegions(v, r.regionCodes),
  "cooperation:participate": (v, r) => editsOrganisation(v, r.organisationId) || coordinatesAllRegions(v, r.regionCodes),
  "region:manage": (v, r) => coordinatesRegion(v, r.regionCode),
  "region:participate": (v, r) => editsOrganisation(v, r.organisationId) || coordinatesRegion(v, r.regionCode),
};

/** Whether the viewer may do the action; anonymous viewers may change nothing. */
export function can<A extends PolicyAction>(viewer: Viewer | null, action: A, resource: PolicyResources[A]): boolean {
  if (!viewer) return false;
  if (isAdmin(viewer)) return true;
  return (RULES[action] as Rule<A>)(viewer, resource);
}

/**
 * The organisations whose activities the viewer may manage ("all" for admins), for a write that
 * checks ownership inside its own SQL statement instead of reading the row first. It must say what
 * RULES["activity:manage"] says; a test compares the two for every kind of viewer.
 */
export function activityManagerScope(viewer: Viewer): "all" | readonly number[] {
  if (isAdmin(viewer)) return "all";
  return hasRole(viewer, Role.EDITOR) ? viewer.organisationIds : [];
}

/** Throws UNAUTHENTICATED for anonymous viewers and FORBIDDEN when the policy refuses; returns the viewer. */
export function authorize<A extends PolicyAction>(ctx: Pick<YhdyspintaContext, "viewer">, action: A, resource: PolicyResources[A]): Viewer {
  const viewer = requireViewer(ctx);
  if (!can(viewer, action, resource)) throw new ForbiddenError(action);
  return viewer;
}

export function requireViewer(ctx: Pick<YhdyspintaContext, "viewer">): Viewer {
  if (!ctx.viewer) throw new UnauthenticatedError();
  return ctx.viewer;
}

/** For region plug-ins: the viewer coordinates this region (or is an admin). */
export function requireRegionRole(ctx: Pick<YhdyspintaContext, "viewer">, regionCode: string): Viewer {
  return authorize(ctx, "region:manage", { regionCode });
}

/**
 * For region plug-ins, when a change is an organisation's own business within a region's structure:
 * an editor of that organisation, a coordinator of the region, or an admin.
 */
export function requireRegionParticipant(ctx: Pick<YhdyspintaContext, "viewer">, regionCode: string, organisationId: number): Viewer {
  return authorize(ctx, "region:participate", { regionCode, organisationId });
}

/**
 * For cooperation records (bodies, meetings, consultations, calls, people, roles) and plug-in
 * extensions of them: a coordinator of every region the record reaches, or an admin.
 */
export function requireCooperationManager(ctx: Pick<YhdyspintaContext, "viewer">, regionCodes: readonly string[]): Viewer {
  return authorize(ctx, "cooperation:manage", { regionCodes });
}

/** For milestones: manage the milestones of a region, or national ones with `regionCode` null (admins only). */
export function requireMilestoneManager(ctx: Pick<YhdyspintaContext, "viewer">, regionCode: string | null): Viewer {
  return authorize(ctx, "milestone:manage", { regionCode });
}

export function canManageMilestones(viewer: Viewer | null, regionCode: string | null): boolean {
  return can(viewer, "milestone:manage", { regionCode });
}
