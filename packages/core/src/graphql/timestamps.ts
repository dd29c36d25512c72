import { Field } from "type-graphql";
import { CreateDateColumn, UpdateDateColumn } from "typeorm";

/** When a row was created and last changed (columns `created_at`, `updated_at`). */
export interface Timestamped {
  createdAt: Date;
  updatedAt: Date;
}

/**
 * Gives an entity `createdAt` and `updatedAt` (fields and timestamptz columns), declared on the class
 * itself like hand-written ones, instead of the same two blocks in every entity. Declare the types
 * with `interface X extends Timestamped {}`.
 */
export function Timestamps(): ClassDecorator {
  return (target) => {
    const proto = target.prototype as object;
    CreateDateColumn({ name: "created_at", type: "timestamptz" })(proto, "createdAt");
    Field(() => Date)(proto, "createdAt");
    UpdateDateColumn({ name: "updated_at", type: "timestamptz" })(proto, "updatedAt");
    Field(() => Date)(proto, "updatedAt");
  };
}
