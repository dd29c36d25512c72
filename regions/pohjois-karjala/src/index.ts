/**
 * Pohjois-Karjala (North Karelia, wellbeing region 14). Its NGO consultative committee
 * (järjestöneuvottelukunta) and the named NGO contact person of every municipality are the core's
 * cooperation building blocks (a CONSULTATIVE_COMMITTEE body, MUNICIPAL_NGO_CONTACT roles); the
 * plug-in keeps what only it records: whom each statement was addressed to, and NGOs' outreach
 * projects with the groups they reach.
 */
import { defineRegionPlugin, nodeFetcherById } from "@yhdyspinta/core";
import { PohjoisKarjala1731300000000 } from "./migrations/1731300000000-pohjois-karjala";
import { PohjoisKarjalaContactPersonConsent1733000000000 } from "./migrations/1733000000000-contact-person-consent";
import { PohjoisKarjalaCooperation1735050000000 } from "./migrations/1735050000000-pohjois-karjala-cooperation";
import { PohjoisKarjalaDemoFlag1735100000003 } from "./migrations/1735100000003-demo-flag";
import { PohjoisKarjalaOutreachOrderings1736300000001 } from "./migrations/1736300000001-outreach-orderings";
import { PohjoisKarjalaOutreachProject } from "./outreach/outreach-project.entity";
import { OrganisationOutreachProjectsResolver, OutreachProjectMutationResolver, PohjoisKarjalaOutreachProjectResolver } from "./outreach/outreach-project.resolver";
import { POHJOIS_KARJALA } from "./region";
import { seedPohjoisKarjala } from "./seed";
import { PohjoisKarjalaStatementRecipient } from "./statement-recipient/statement-recipient.entity";
import { OutputStatementRecipientResolver, StatementRecipientMutationResolver } from "./statement-recipient/statement-recipient.resolver";

export * from "./outreach/outreach-project.entity";
export * from "./statement-recipient/statement-recipient.entity";

export default defineRegionPlugin({
  name: "pohjois-karjala",
  regions: [POHJOIS_KARJALA],
  coreVersion: "^0.5.0",
  entities: [PohjoisKarjalaStatementRecipient, PohjoisKarjalaOutreachProject],
  // The first two built the plug-in's own committee tables; the cooperation one moves their rows to the core's.
  migrations: [PohjoisKarjala1731300000000, PohjoisKarjalaContactPersonConsent1733000000000, PohjoisKarjalaCooperation1735050000000, PohjoisKarjalaDemoFlag1735100000003,
    PohjoisKarjalaOutreachOrderings1736300000001],
  resolvers: [
    OutputStatementRecipientResolver, StatementRecipientMutationResolver, PohjoisKarjalaOutreachProjectResolver, OutreachProjectMutationResolver,
    OrganisationOutreachProjectsResolver,
  ],
  vocabularies: {
    milestoneKinds: [{
      code: "POHJOIS_KARJALA_COMMITTEE_STATEMENT",
      labels: { fi: "Järjestöneuvottelukunnan lausunto", sv: "Organisationsdelegationens utlåtande", en: "Statement of the NGO consultative committee" },
    }],
  },
  nodeTypes: { [PohjoisKarjalaOutreachProject.typeName]: nodeFetcherById(PohjoisKarjalaOutreachProject) },
  seed: seedPohjoisKarjala,
});
