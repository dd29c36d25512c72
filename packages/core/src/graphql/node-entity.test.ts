import "reflect-metadata";
import { fromGlobalId } from "./global-id";
import { NodeEntity } from "./node-entity";

class Forum extends NodeEntity {
  static readonly typeName: string = "Forum";
}
class ForumMeeting extends Forum {
  static readonly typeName = "ForumMeeting";
}
/** Forgot its own typeName: its ids must not silently claim to be Forums. */
class ForumNote extends Forum {}

const withId = <T extends NodeEntity>(entity: T, dbId: number): T => Object.assign(entity, { dbId });

describe("NodeEntity", () => {
  it("builds the global id from the class's own type name and database id", () => {
    expect(fromGlobalId(withId(new Forum(), 7).id)).toEqual({ typeName: "Forum", key: "7" });
    expect(fromGlobalId(withId(new ForumMeeting(), 7).id)).toEqual({ typeName: "ForumMeeting", key: "7" });
  });

  it("refuses a subclass that declares no type name instead of issuing its parent's ids", () => {
    expect(() => withId(new ForumNote(), 7).id).toThrow("ForumNote extends NodeEntity but declares no static typeName");
  });
});
