import { ROLES, Role, loadReferenceData, type RoleValue } from "@yhdyspinta/core/internal";
import { issueToken, loadAuthConfig } from "@yhdyspinta/server";
import { option } from "./args";

const list = (value: string | undefined) => (value ?? "").split(",").map((v) => v.trim()).filter(Boolean);

/**
 * `yhdyspinta token`: a development token signed with JWT_SECRET, with the same issuer and audience
 * the server checks. Outside production the public development secret is used when JWT_SECRET is
 * unset (the server does the same); production configuration without a secret is refused.
 */
export async function tokenCommand(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const roles = list(option(args, "--role"));
  if (roles.length === 0) throw new Error(`--role is required: ${ROLES.join(", ")} (several separated by commas)`);
  for (const role of roles) if (!ROLES.includes(role as RoleValue)) throw new Error(`unknown role "${role}": use ${ROLES.join(", ")}`);
  const organisations = list(option(args, "--organisations"));
  const regions = list(option(args, "--regions"));
  if (roles.includes(Role.EDITOR) && organisations.length === 0) throw new Error("an editor token needs --organisations <global IDs>");
  if (roles.includes(Role.COORDINATOR) && regions.length === 0) throw new Error("a coordinator token needs --regions <codes>");
  // A token for a region that does not exist would only fail later, as FORBIDDEN with no hint why.
  const known = loadReferenceData().regions.map((r) => r.code);
  for (const code of regions) if (!known.includes(code)) throw new Error(`unknown wellbeing region code "${code}" (known: ${known.join(", ")})`);
  const config = loadAuthConfig(env, env.NODE_ENV === "production");
  if (!config.jwtSecret) throw new Error("JWT_SECRET is not set: tokens of a JWKS_URL provider are issued by that provider");
  return issueToken({
    subject: option(args, "--subject") ?? `dev-${roles.join("-")}`,
    roles: roles as RoleValue[], organisations, regions,
    expiresIn: option(args, "--expires") ?? "8h",
  }, config);
}
