import { registerDecorator, type ValidationOptions } from "class-validator";
import { isValidBusinessId, normaliseBusinessId } from "./business-id";

/** A Finnish business ID (Y-tunnus) whose check digit matches. */
export function IsBusinessId(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: "isBusinessId",
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: "$property must be a valid Finnish business ID (Y-tunnus) such as 0201256-6", ...options },
      validator: {
        validate: (value: unknown) => value == null || (typeof value === "string" && isValidBusinessId(normaliseBusinessId(value))),
      },
    });
}
