import { GraphQLError } from "graphql";
import { Reason, type ErrorReason } from "./error-reasons";

/**
 * Stable error codes clients can switch on (`extensions.code`). Messages are for people;
 * codes are the contract.
 */
export const ErrorCode = {
  BAD_USER_INPUT: "BAD_USER_INPUT",
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  UNAUTHENTICATED: "UNAUTHENTICATED",
  FORBIDDEN: "FORBIDDEN",
  INTERNAL_SERVER_ERROR: "INTERNAL_SERVER_ERROR",
} as const;
export type ErrorCodeValue = (typeof ErrorCode)[keyof typeof ErrorCode];

export class UserInputError extends GraphQLError {
  constructor(message: string, details: { field?: string; reason?: ErrorReason } = {}) {
    super(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, ...details } });
  }
}

export class NotFoundError extends GraphQLError {
  constructor(typeName: string, id: string) {
    super(`${typeName} ${id} was not found`, { extensions: { code: ErrorCode.NOT_FOUND, typeName, id } });
  }
}

export class ConflictError extends GraphQLError {
  constructor(message: string, details: { field?: string; reason?: ErrorReason } = {}) {
    super(message, { extensions: { code: ErrorCode.CONFLICT, ...details } });
  }
}

/**
 * Constraint violations that input validation could not see (a race on a unique business ID,
 * a row deleted meanwhile) become client errors instead of INTERNAL_SERVER_ERROR.
 */
/** Whether a database error is a violation of the named constraint (TypeORM wraps the driver's error). */
export function violates(error: unknown, constraint: string): boolean {
  const e = error as { constraint?: string; driverError?: { constraint?: string } };
  return (e?.driverError?.constraint ?? e?.constraint) === constraint;
}

export function translateDatabaseError(error: unknown): unknown {
  const e = error as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  const code = e?.driverError?.code ?? e?.code;
  const constraint = e?.driverError?.constraint ?? e?.constraint ?? "";
  if (code === "23505") {
    const field = constraint.includes("business_id") ? "businessId" : undefined;
    return new ConflictError(field ? "Another organisation already has this business ID" : "The value is already taken", { field, reason: Reason.DUPLICATE });
  }
  if (code === "23503") return new ConflictError("A referenced record does not exist or is still referenced", { reason: Reason.REFERENCE });
  if (code === "23514") return new UserInputError("The values are inconsistent", { reason: Reason.CHECK_FAILED });
  return error;
}
