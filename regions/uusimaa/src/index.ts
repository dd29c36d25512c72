/**
 * Uusimaa (wellbeing regions 01-04) and the City of Helsinki (90): each region's NGO development
 * group (kehittäjäryhmä) with its workstreams, and the selection of NGO representatives to county
 * bodies: open call, nominations by NGOs, decision, members and deputies.
 */
import { defineRegionPlugin, nodeFetcherById } from "@yhdyspinta/core";
import { UusimaaDevelopmentGroup, UusimaaWorkstream } from "./development-group/development-group.entity";
import {
  RegionUusimaaDevelopmentGroupResolver, UusimaaDevelopmentGroupResolver, UusimaaWorkstreamResolver,
} from "./development-group/development-group.resolver";
import { Uusimaa1731200000000 } from "./migrations/1731200000000-uusimaa";
import { UusimaaDemoFlag1735100000004 } from "./migrations/1735100000004-demo-flag";
import { UUSIMAA_REGIONS } from "./regions";
import { UusimaaNomination, UusimaaRepresentative, UusimaaRepresentativeCall } from "./representative-call/representative-call.entity";
import {
  RegionUusimaaCallsResolver, UusimaaNominationResolver, UusimaaRepresentativeCallResolver, UusimaaRepresentativeResolver,
} from "./representative-call/representative-call.resolver";
import { seedUusimaa } from "./seed";

export * from "./development-group/development-group.entity";
export * from "./representative-call/representative-call.entity";

export default defineRegionPlugin({
  name: "uusimaa",
  regions: UUSIMAA_REGIONS,
  coreVersion: "^0.3.0",
  entities: [UusimaaDevelopmentGroup, UusimaaWorkstream, UusimaaRepresentativeCall, UusimaaNomination, UusimaaRepresentative],
  migrations: [Uusimaa1731200000000, UusimaaDemoFlag1735100000004],
  resolvers: [
    UusimaaDevelopmentGroupResolver, UusimaaWorkstreamResolver, RegionUusimaaDevelopmentGroupResolver,
    UusimaaRepresentativeCallResolver, UusimaaNominationResolver, UusimaaRepresentativeResolver, RegionUusimaaCallsResolver,
  ],
  milestoneKinds: ["UUSIMAA_REPRESENTATIVE_CALL_OPENED", "UUSIMAA_REPRESENTATIVES_CHOSEN"],
  nodeTypes: {
    [UusimaaDevelopmentGroup.typeName]: nodeFetcherById(UusimaaDevelopmentGroup),
    [UusimaaRepresentativeCall.typeName]: nodeFetcherById(UusimaaRepresentativeCall),
    [UusimaaNomination.typeName]: nodeFetcherById(UusimaaNomination),
  },
  seed: seedUusimaa,
});
