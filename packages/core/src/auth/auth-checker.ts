import type { AuthChecker } from "type-graphql";
import type { YhdyspintaContext } from "../context/request-context";
import { ForbiddenError, UnauthenticatedError } from "./policy";
import { isAdmin } from "./roles";

/**
 * type-graphql's `@Authorized()`: without roles it asks for any signed-in viewer, with roles for
 * one of them (admins always pass). Scoped checks (which organisation, which region) are the
 * services' `authorize` calls; this is the coarse gate in front of them.
 */
export const authChecker: AuthChecker<YhdyspintaContext, string> = ({ context, info }, roles) => {
  const viewer = context.viewer;
  if (!viewer) throw new UnauthenticatedError();
  if (roles.length === 0 || isAdmin(viewer) || roles.some((role) => viewer.roles.includes(role))) return true;
  throw new ForbiddenError(`${info.parentType.name}.${info.fieldName}`);
};
