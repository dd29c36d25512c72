/**
 * Keski-Suomi (Central Finland, wellbeing region 15): the partnership table (kumppanuuspöytä),
 * sector- and theme-based NGO networks, and the county's counterparts (vastinparit) by topic.
 */
import { defineRegionPlugin, nodeFetcherById } from "@yhdyspinta/core";
import { KeskiSuomiCounterpart } from "./counterpart/counterpart.entity";
import { KeskiSuomiCounterpartResolver } from "./counterpart/counterpart.resolver";
import { KeskiSuomi1731100000000 } from "./migrations/1731100000000-keski-suomi";
import { KeskiSuomiDemoFlag1735100000002 } from "./migrations/1735100000002-demo-flag";
import { KeskiSuomiNgoNetwork } from "./ngo-network/ngo-network.entity";
import { KeskiSuomiNgoNetworkResolver } from "./ngo-network/ngo-network.resolver";
import {
  PartnershipTable, PartnershipTableMeeting, PartnershipTableSeat, PartnershipTableTerm,
} from "./partnership-table/partnership-table.entity";
import {
  OrganisationPartnershipTableSeatsResolver, PartnershipTableResolver, PartnershipTableSeatResolver, PartnershipTableTermResolver,
  RegionPartnershipTablesResolver,
} from "./partnership-table/partnership-table.resolver";
import { seedKeskiSuomi } from "./seed";

export * from "./partnership-table/partnership-table.entity";
export * from "./ngo-network/ngo-network.entity";
export * from "./counterpart/counterpart.entity";

export default defineRegionPlugin({
  name: "keski-suomi",
  regions: ["15"],
  coreVersion: "^0.3.0",
  entities: [PartnershipTable, PartnershipTableTerm, PartnershipTableSeat, PartnershipTableMeeting, KeskiSuomiNgoNetwork, KeskiSuomiCounterpart],
  migrations: [KeskiSuomi1731100000000, KeskiSuomiDemoFlag1735100000002],
  resolvers: [
    PartnershipTableResolver, PartnershipTableTermResolver, PartnershipTableSeatResolver,
    OrganisationPartnershipTableSeatsResolver, RegionPartnershipTablesResolver,
    KeskiSuomiNgoNetworkResolver, KeskiSuomiCounterpartResolver,
  ],
  milestoneKinds: ["PARTNERSHIP_TABLE_MEETING", "PARTNERSHIP_TABLE_TERM_STARTED"],
  nodeTypes: {
    [PartnershipTable.typeName]: nodeFetcherById(PartnershipTable),
    [PartnershipTableTerm.typeName]: nodeFetcherById(PartnershipTableTerm),
    [PartnershipTableSeat.typeName]: nodeFetcherById(PartnershipTableSeat),
    [PartnershipTableMeeting.typeName]: nodeFetcherById(PartnershipTableMeeting),
    [KeskiSuomiNgoNetwork.typeName]: nodeFetcherById(KeskiSuomiNgoNetwork),
  },
  seed: seedKeskiSuomi,
});
