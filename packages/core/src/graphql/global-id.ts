import { UserInputError } from "../errors/errors";
import { Reason } from "../errors/error-reasons";

/**
 * Relay global object identification: "<TypeName>:<key>" in base64url, opaque to clients.
 * Keys are database ids for organisations etc. and codes for regions and municipalities.
 */
export function toGlobalId(typeName: string, key: string | number): string {
  return Buffer.from(`${typeName}:${key}`, "utf8").toString("base64url");
}

export function fromGlobalId(globalId: string, field?: string): { typeName: string; key: string } {
  const decoded = /^[A-Za-z0-9_-]{1,200}={0,2}$/.test(globalId) ? Buffer.from(globalId, "base64url").toString("utf8") : "";
  const sep = decoded.indexOf(":");
  if (sep <= 0 || sep === decoded.length - 1) {
    throw new UserInputError(`"${globalId.slice(0, 100)}" is not a valid ID`, { field, reason: Reason.INVALID_ID });
  }
  return { typeName: decoded.slice(0, sep), key: decoded.slice(sep + 1) };
}

/** Decodes an ID that must name a row of `typeName` with an integer key. */
export function parseIntId(globalId: string, typeName: string, field = "id"): number {
  const { typeName: actual, key } = fromGlobalId(globalId, field);
  if (actual !== typeName || !/^[1-9][0-9]{0,9}$/.test(key) || Number(key) > 2147483647) {
    throw new UserInputError(`"${globalId.slice(0, 100)}" is not a valid ${typeName} ID`, { field, reason: Reason.INVALID_ID });
  }
  return Number(key);
}
