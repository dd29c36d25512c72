import { Field, ID, ObjectType } from "type-graphql";

@ObjectType({ description: "The result of a delete: the ID that no longer resolves." })
export class DeletePayload {
  @Field(() => ID)
  deletedId: string;
}
