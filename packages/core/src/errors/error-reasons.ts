/**
 * A reason (`extensions.reason`) from a catalogue. At run time it is the plain string; in the type
 * system only catalogue entries are reasons, so a reason cannot be a free string mistyped in one place.
 */
export type ErrorReason = string & { readonly __errorReason: true };

/** Declares a catalogue of reasons: `const Reason = defineReasons(["CALL_DECIDED"])`; `Reason.CALL_DECIDED` is "CALL_DECIDED". */
export function defineReasons<const K extends string>(names: readonly K[]): { readonly [P in K]: P & ErrorReason } {
  return Object.freeze(Object.fromEntries(names.map((name) => [name, name]))) as { readonly [P in K]: P & ErrorReason };
}

/**
 * The reasons the core gives, with the error code each comes with. Clients switch on them, so
 * like the codes they are a contract: renaming one is a breaking change. Plug-ins extend the
 * catalogue with their own (`{ ...Reason, ...defineReasons([...]) }`).
 */
export const Reason = defineReasons([
  // BAD_USER_INPUT: malformed or inconsistent input
  "INVALID_ID", "INVALID_CURSOR", "PAGE_SIZE_OUT_OF_RANGE", "TOO_MANY_IDS", "TOO_MANY", "TOO_LONG", "REQUIRED", "ONE_OF",
  "ENDS_BEFORE_START", "CHECK_FAILED", "RELEVANCE_WITHOUT_SEARCH", "TRANSPORT", "CURSOR_BEYOND_HEAD", "OUT_OF_RANGE",
  "FILTER_TOO_DEEP", "FILTER_TOO_LARGE",
  "DISTANCE_WITHOUT_NEAR", "INVALID_RECURRENCE",
  // BAD_USER_INPUT: notification channels (e-mail addresses, webhook URLs)
  "INVALID_EMAIL", "INVALID_URL", "HTTPS_REQUIRED", "NON_PUBLIC_ADDRESS", "UNRESOLVABLE_HOST", "NOTIFICATIONS_DISABLED",
  // BAD_USER_INPUT: feed URLs (query parameters)
  "INVALID_PARAMETER", "UNKNOWN_PARAMETER",
  // BAD_USER_INPUT: a reference to something that does not exist or is out of scope
  "UNKNOWN_REGION", "UNKNOWN_MUNICIPALITY", "UNKNOWN_ORGANISATION", "UNKNOWN_PARENT", "UNKNOWN_MILESTONE_KIND",
  "UNKNOWN_CODE", "UNKNOWN_BODY", "UNKNOWN_PERSON", "NO_SCOPE", "NOT_INVITED",
  "REGION_NOT_SERVED", "ORGANISATION_OUTSIDE_REGION", "MUNICIPALITY_OUTSIDE_REGION", "PARENT_CYCLE", "ONE_PUBLIC_PARTY",
  // BAD_REQUEST (HTTP 400): a malformed request header (Yhdyspinta-Consistency, see README "Read replicas")
  "INVALID_CONSISTENCY_TOKEN",
  // CONFLICT: the stored state does not allow the change
  "DUPLICATE", "REFERENCE", "HAS_CHILDREN", "STATUS_UNCHANGED",
  "CONSULTATION_NOT_OPEN", "CALL_DECIDED", "CALL_CLOSED", "TOO_MANY_CHOSEN", "NOMINATION_OF_OTHER_CALL",
]);
export type CoreReason = (typeof Reason)[keyof typeof Reason];
