/**
 * Keski-Suomi (Central Finland, wellbeing region 15). Its partnership table (kumppanuuspöytä),
 * sector- and theme-based NGO networks and the county's counterparts (vastinparit) by topic are the
 * core's cooperation building blocks (PARTNERSHIP_TABLE and NETWORK bodies, COUNTY_COUNTERPART and
 * NGO_COUNTERPART roles). The plug-in keeps what only it has: the table's NGO arena and its terms of
 * 10-12 NGO seats, the public body behind each county-side seat, and each network's basis.
 */
import { defineRegionPlugin, nodeFetcherById } from "@yhdyspinta/core";
import { KeskiSuomi1731100000000 } from "./migrations/1731100000000-keski-suomi";
import { KeskiSuomiCooperation1735050000000 } from "./migrations/1735050000000-keski-suomi-cooperation";
import { KeskiSuomiDemoFlag1735100000002 } from "./migrations/1735100000002-demo-flag";
import { KeskiSuomiNetworkDetail } from "./ngo-network/ngo-network.entity";
import { BodyNetworkResolver } from "./ngo-network/ngo-network.resolver";
import { KeskiSuomiPublicSeat, KeskiSuomiTableDetail, KeskiSuomiTableTerm } from "./partnership-table/partnership-table.entity";
import {
  BodyPartnershipTableResolver, MemberPublicBodyResolver, PartnershipTableDetailResolver, PartnershipTableMutationResolver,
} from "./partnership-table/partnership-table.resolver";
import { seedKeskiSuomi } from "./seed";

export * from "./partnership-table/partnership-table.entity";
export * from "./ngo-network/ngo-network.entity";

export default defineRegionPlugin({
  name: "keski-suomi",
  regions: ["15"],
  coreVersion: "^0.5.0",
  entities: [KeskiSuomiTableDetail, KeskiSuomiTableTerm, KeskiSuomiPublicSeat, KeskiSuomiNetworkDetail],
  // The first built the plug-in's own tables; the cooperation one moves their rows to the core's.
  migrations: [KeskiSuomi1731100000000, KeskiSuomiCooperation1735050000000, KeskiSuomiDemoFlag1735100000002],
  resolvers: [BodyPartnershipTableResolver, PartnershipTableMutationResolver, PartnershipTableDetailResolver, MemberPublicBodyResolver, BodyNetworkResolver],
  vocabularies: {
    memberRoles: [{ code: "NETWORK_COORDINATOR", labels: { fi: "Verkoston koordinaattori", sv: "Nätverkets koordinator", en: "Network coordinator" } }],
    contactRoleTypes: [{ code: "NGO_COUNTERPART", labels: { fi: "Järjestöjen vastinpari", sv: "Organisationernas motpart", en: "NGO counterpart" } }],
    milestoneKinds: [
      { code: "PARTNERSHIP_TABLE_MEETING", labels: { fi: "Kumppanuuspöydän kokous", sv: "Partnerskapsbordets möte", en: "Partnership table meeting" } },
      { code: "PARTNERSHIP_TABLE_TERM_STARTED", labels: { fi: "Kumppanuuspöydän toimikausi alkoi", sv: "Partnerskapsbordets mandatperiod började", en: "Partnership table term started" } },
    ],
  },
  nodeTypes: { [KeskiSuomiTableTerm.typeName]: nodeFetcherById(KeskiSuomiTableTerm) },
  seed: seedKeskiSuomi,
});
