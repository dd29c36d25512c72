/**
 * Pohjois-Karjala (North Karelia, wellbeing region 14): the NGO consultative committee
 * (järjestöneuvottelukunta) with terms, members, deputies and statements; a named NGO contact
 * person in every municipality; NGOs' outreach projects with the groups they reach.
 */
import { defineRegionPlugin, nodeFetcherById } from "@yhdyspinta/core";
import {
  PohjoisKarjalaCommittee, PohjoisKarjalaCommitteeMember, PohjoisKarjalaCommitteeTerm, PohjoisKarjalaStatement,
} from "./committee/committee.entity";
import {
  PohjoisKarjalaCommitteeMemberResolver, PohjoisKarjalaCommitteeResolver, PohjoisKarjalaCommitteeTermResolver, RegionPohjoisKarjalaCommitteeResolver,
} from "./committee/committee.resolver";
import { PohjoisKarjalaNgoContactPerson } from "./contact-person/contact-person.entity";
import { MunicipalityNgoContactPersonResolver, PohjoisKarjalaNgoContactPersonResolver } from "./contact-person/contact-person.resolver";
import { PohjoisKarjala1731300000000 } from "./migrations/1731300000000-pohjois-karjala";
import { PohjoisKarjalaContactPersonConsent1733000000000 } from "./migrations/1733000000000-contact-person-consent";
import { PohjoisKarjalaDemoFlag1735100000003 } from "./migrations/1735100000003-demo-flag";
import { PohjoisKarjalaOutreachProject } from "./outreach/outreach-project.entity";
import { OrganisationOutreachProjectsResolver, PohjoisKarjalaOutreachProjectResolver } from "./outreach/outreach-project.resolver";
import { POHJOIS_KARJALA } from "./region";
import { seedPohjoisKarjala } from "./seed";

export * from "./committee/committee.entity";
export * from "./contact-person/contact-person.entity";
export * from "./outreach/outreach-project.entity";

export default defineRegionPlugin({
  name: "pohjois-karjala",
  regions: [POHJOIS_KARJALA],
  coreVersion: "^0.3.0",
  entities: [
    PohjoisKarjalaCommittee, PohjoisKarjalaCommitteeTerm, PohjoisKarjalaCommitteeMember, PohjoisKarjalaStatement,
    PohjoisKarjalaNgoContactPerson, PohjoisKarjalaOutreachProject,
  ],
  migrations: [PohjoisKarjala1731300000000, PohjoisKarjalaContactPersonConsent1733000000000, PohjoisKarjalaDemoFlag1735100000003],
  resolvers: [
    PohjoisKarjalaCommitteeResolver, PohjoisKarjalaCommitteeTermResolver, PohjoisKarjalaCommitteeMemberResolver, RegionPohjoisKarjalaCommitteeResolver,
    PohjoisKarjalaNgoContactPersonResolver, MunicipalityNgoContactPersonResolver,
    PohjoisKarjalaOutreachProjectResolver, OrganisationOutreachProjectsResolver,
  ],
  milestoneKinds: ["POHJOIS_KARJALA_COMMITTEE_STATEMENT"],
  nodeTypes: {
    [PohjoisKarjalaCommittee.typeName]: nodeFetcherById(PohjoisKarjalaCommittee),
    [PohjoisKarjalaCommitteeTerm.typeName]: nodeFetcherById(PohjoisKarjalaCommitteeTerm),
    [PohjoisKarjalaStatement.typeName]: nodeFetcherById(PohjoisKarjalaStatement),
    [PohjoisKarjalaOutreachProject.typeName]: nodeFetcherById(PohjoisKarjalaOutreachProject),
  },
  seed: seedPohjoisKarjala,
});
