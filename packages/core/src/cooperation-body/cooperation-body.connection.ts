import { ConnectionType } from "../graphql/graphql-types";
import { CooperationBody, CooperationBodyMeeting, CooperationBodyMember, CooperationBodyOutput } from "./cooperation-body.entity";

export const CooperationBodyConnection = ConnectionType(CooperationBody, "CooperationBody");
export const CooperationBodyMemberConnection = ConnectionType(CooperationBodyMember, "CooperationBodyMember");
export const CooperationBodyMeetingConnection = ConnectionType(CooperationBodyMeeting, "CooperationBodyMeeting");
export const CooperationBodyOutputConnection = ConnectionType(CooperationBodyOutput, "CooperationBodyOutput");
