import { Field, ID, ObjectType } from "type-graphql";

@ObjectType({ simpleResolvers: true, description: "The result of a delete: the ID that no longer resolves." })
export class DeletePayload {
  @Field(() => ID)
  deletedId: string;
}
