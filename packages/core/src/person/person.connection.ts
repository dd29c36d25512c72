import { ConnectionType } from "../graphql/graphql-types";
import { ContactRole } from "./person.entity";

export const ContactRoleConnection = ConnectionType(ContactRole, "ContactRole");
