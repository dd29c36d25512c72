import { PrimaryGeneratedColumn } from "typeorm";
import { toGlobalId } from "./global-id";
import type { Node } from "./graphql-types";

/**
 * The base of every entity that is a Node with an integer key: the database id (column `id`,
 * property `dbId`, never exposed) and the global id, built from the class's own static `typeName`.
 * The GraphQL `id` field is the Node interface's (`@ObjectType({ implements: Node })`), read as a
 * plain property, so no class pastes an `id` getter, and none can carry another type's name.
 */
export abstract class NodeEntity implements Node {
  /** The GraphQL type name, which `node(id:)` dispatches on; each subclass declares its own. */
  static readonly typeName: string;

  @PrimaryGeneratedColumn({ name: "id", type: "integer" })
  dbId: number;

  get id(): string {
    const type = this.constructor as typeof NodeEntity;
    // An inherited typeName would issue ids of the parent type: refuse loudly instead.
    if (!Object.hasOwn(type, "typeName")) throw new Error(`${type.name} extends NodeEntity but declares no static typeName`);
    return toGlobalId(type.typeName, this.dbId);
  }
}
