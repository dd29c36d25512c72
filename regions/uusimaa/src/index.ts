/**
 * Uusimaa (wellbeing regions 01-04) and the City of Helsinki (90). Each region's NGO development group
 * (kehittäjäryhmä) is a core DEVELOPMENT_GROUP body, and the selection of NGO representatives to
 * county bodies is the core's representative-call process. The plug-in keeps what only it records:
 * the groups' workstreams, when a call opened and the decision's text, whom each chosen deputy
 * stands in for, and further nominees beyond an organisation's member and deputy candidates.
 */
import { defineRegionPlugin, nodeFetcherById } from "@yhdyspinta/core";
import { Uusimaa1731200000000 } from "./migrations/1731200000000-uusimaa";
import { UusimaaCooperation1735050000000 } from "./migrations/1735050000000-uusimaa-cooperation";
import { UusimaaDemoFlag1735100000004 } from "./migrations/1735100000004-demo-flag";
import { UUSIMAA_REGIONS } from "./regions";
import { UusimaaCallDetail, UusimaaDeputy, UusimaaExtraNominee } from "./representative-call/representative-call.entity";
import { CallDetailResolver, MemberDeputyOfResolver } from "./representative-call/representative-call.resolver";
import { seedUusimaa } from "./seed";
import { UusimaaWorkstream } from "./workstream/workstream.entity";
import { BodyWorkstreamsResolver, UusimaaWorkstreamResolver, WorkstreamMutationResolver } from "./workstream/workstream.resolver";

export * from "./workstream/workstream.entity";
export * from "./representative-call/representative-call.entity";

export default defineRegionPlugin({
  name: "uusimaa",
  regions: UUSIMAA_REGIONS,
  coreVersion: "^0.5.0",
  entities: [UusimaaWorkstream, UusimaaCallDetail, UusimaaDeputy, UusimaaExtraNominee],
  // The first built the plug-in's own tables; the cooperation one moves their rows to the core's.
  migrations: [Uusimaa1731200000000, UusimaaCooperation1735050000000, UusimaaDemoFlag1735100000004],
  resolvers: [BodyWorkstreamsResolver, WorkstreamMutationResolver, UusimaaWorkstreamResolver, CallDetailResolver, MemberDeputyOfResolver],
  vocabularies: {
    cooperationBodyKinds: [{ code: "COUNTY_BODY", labels: { fi: "Hyvinvointialueen toimielin", sv: "Välfärdsområdets organ", en: "County body" } }],
    milestoneKinds: [
      { code: "UUSIMAA_REPRESENTATIVE_CALL_OPENED", labels: { fi: "Edustajahaku avattiin", sv: "Ansökan om representanter öppnades", en: "Call for representatives opened" } },
      { code: "UUSIMAA_REPRESENTATIVES_CHOSEN", labels: { fi: "Edustajat valittiin", sv: "Representanterna valdes", en: "Representatives chosen" } },
    ],
  },
  nodeTypes: { [UusimaaWorkstream.typeName]: nodeFetcherById(UusimaaWorkstream) },
  seed: seedUusimaa,
});
