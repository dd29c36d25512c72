import { Reason } from "@yhdyspinta/core/internal";
import { GraphQLError } from "graphql";

/** Request header with the token of a client's last mutation; the response header of a mutation has the same name. */
export const CONSISTENCY_HEADER = "yhdyspinta-consistency";

/** PostgreSQL's text form of a WAL position (pg_lsn): two hexadecimal halves of 32 bits, "16/B374D848". */
const LSN = /^([0-9A-Fa-f]{1,8})\/([0-9A-Fa-f]{1,8})$/;

/** A WAL position as a number; null for a malformed text. The length check first keeps it linear and cheap. */
export function parseLsn(text: string): bigint | null {
  if (text.length > 17) return null;
  const m = LSN.exec(text);
  return m ? (BigInt(`0x${m[1]}`) << 32n) | BigInt(`0x${m[2]}`) : null;
}

export function formatLsn(lsn: bigint): string {
  return `${(lsn >> 32n).toString(16).toUpperCase()}/${(lsn & 0xffffffffn).toString(16).toUpperCase()}`;
}

export class InvalidConsistencyTokenError extends GraphQLError {
  constructor() {
    super("The Yhdyspinta-Consistency header is not a consistency token (send back the one a mutation answered with)", {
      extensions: { code: "BAD_REQUEST", reason: Reason.INVALID_CONSISTENCY_TOKEN, http: { status: 400 } },
    });
  }
}

/** The WAL position a request asks to see (null: none asked), or a 400 error for a malformed header. */
export function consistencyTokenOf(header: string | string[] | undefined): bigint | null {
  if (header === undefined) return null;
  // Several headers arrive as a list (or are joined by commas): one token is all a client sends.
  const text = Array.isArray(header) ? (header.length === 1 ? header[0]! : "") : header;
  const lsn = parseLsn(text.trim());
  if (lsn === null) throw new InvalidConsistencyTokenError();
  return lsn;
}
