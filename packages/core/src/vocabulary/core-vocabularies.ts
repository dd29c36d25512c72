/** A core value with its three labels (vocabulary-registry.ts registers them). */
interface CoreValue {
  code: string;
  labels: { fi: string; sv: string; en: string };
}

const v = (code: string, fi: string, sv: string, en: string): CoreValue => ({ code, labels: { fi, sv, en } });

/** The values the core starts every open vocabulary with; plug-ins add theirs (RegionPlugin.vocabularies). */
export const CORE_VOCABULARIES = {
  cooperationBodyKinds: [
    v("CONSULTATIVE_COMMITTEE", "Järjestöneuvottelukunta", "Organisationsdelegation", "NGO consultative committee"),
    v("PARTNERSHIP_TABLE", "Kumppanuuspöytä", "Partnerskapsbord", "Partnership table"),
    v("DEVELOPMENT_GROUP", "Kehittäjäryhmä", "Utvecklingsgrupp", "Development group"),
    v("NETWORK", "Verkosto", "Nätverk", "Network"),
    v("WORKING_GROUP", "Työryhmä", "Arbetsgrupp", "Working group"),
    v("EXPERT_POOL", "Asiantuntijapooli", "Expertpool", "Expert pool"),
  ],
  memberRoles: [
    v("CHAIR", "Puheenjohtaja", "Ordförande", "Chair"),
    v("VICE_CHAIR", "Varapuheenjohtaja", "Vice ordförande", "Vice-chair"),
    v("MEMBER", "Jäsen", "Medlem", "Member"),
    v("DEPUTY", "Varajäsen", "Ersättare", "Deputy member"),
    v("SECRETARY", "Sihteeri", "Sekreterare", "Secretary"),
  ],
  contactRoleTypes: [
    v("MUNICIPAL_NGO_CONTACT", "Kunnan järjestöyhteyshenkilö", "Kommunens kontaktperson för organisationer", "Municipal NGO contact person"),
    v("COUNTY_COUNTERPART", "Hyvinvointialueen vastinpari", "Välfärdsområdets motpart", "County counterpart"),
    v("REGIONAL_NGO_COORDINATOR", "Alueellinen järjestökoordinaattori", "Regional organisationskoordinator", "Regional NGO coordinator"),
    v("CHANGE_SUPPORT_EXPERT", "Muutostuen asiantuntija", "Expert på förändringsstöd", "Change-support expert"),
    v("EXPERT_BY_EXPERIENCE", "Kokemusasiantuntija", "Erfarenhetsexpert", "Expert by experience"),
  ],
  milestoneKinds: [
    v("LAW_PASSED", "Laki hyväksytty", "Lag antagen", "Law passed"),
    v("LAW_IN_FORCE", "Laki voimaan", "Lag träder i kraft", "Law in force"),
    v("REGIONAL_ELECTION", "Aluevaalit", "Välfärdsområdesval", "Regional election"),
    v("COUNCIL_STARTED", "Aluevaltuusto aloitti", "Välfärdsfullmäktige inledde", "Regional council started"),
    v("ORGANISING_RESPONSIBILITY", "Järjestämisvastuu siirtyy", "Organiseringsansvaret övergår", "Organising responsibility transfers"),
    v("STRATEGY_APPROVED", "Strategia hyväksytty", "Strategi godkänd", "Strategy approved"),
    v("SERVICE_STRATEGY_APPROVED", "Palvelustrategia hyväksytty", "Servicestrategi godkänd", "Service strategy approved"),
    v("NGO_HEARING", "Järjestöjen kuuleminen", "Hörande av organisationer", "NGO hearing"),
    v("COMMITTEE_FOUNDED", "Toimielin perustettu", "Organ grundat", "Committee founded"),
    v("COOPERATION_AGREEMENT", "Yhteistyösopimus", "Samarbetsavtal", "Cooperation agreement"),
    v("OTHER", "Muu", "Övrigt", "Other"),
    // Written by emitReformEvent: one milestone per changed body, meeting, output, consultation, call or role.
    v("COOPERATION_BODY", "Yhteistyöelin", "Samarbetsorgan", "Cooperation body"),
    v("BODY_MEETING", "Yhteistyöelimen kokous", "Samarbetsorganets möte", "Cooperation body meeting"),
    v("BODY_OUTPUT", "Lausunto tai raportti", "Utlåtande eller rapport", "Statement or report"),
    v("CONSULTATION", "Lausuntokierros", "Remiss", "Consultation"),
    v("REPRESENTATIVE_CALL", "Edustajahaku", "Ansökan om representanter", "Call for representatives"),
    v("CONTACT_ROLE", "Yhteyshenkilö", "Kontaktperson", "Contact person"),
  ],
  documentKinds: [
    v("AGENDA", "Esityslista", "Föredragningslista", "Agenda"),
    v("MINUTES", "Pöytäkirja", "Protokoll", "Minutes"),
    v("STATEMENT", "Lausunto", "Utlåtande", "Statement"),
    v("REPORT", "Raportti", "Rapport", "Report"),
    v("PROPOSAL", "Luonnos", "Utkast", "Draft proposal"),
    v("RULES", "Toimintasääntö", "Stadgar", "Rules of procedure"),
    v("PRESENTATION", "Esitys", "Presentation", "Presentation"),
    v("OTHER", "Muu asiakirja", "Annat dokument", "Other document"),
  ],
  outputKinds: [
    v("STATEMENT", "Lausunto", "Utlåtande", "Statement"),
    v("REPORT", "Raportti", "Rapport", "Report"),
    v("PROPOSAL", "Ehdotus", "Förslag", "Proposal"),
    v("DECISION", "Päätös", "Beslut", "Decision"),
    v("GUIDELINE", "Toimintaohje", "Riktlinje", "Guideline"),
  ],
} satisfies Record<string, CoreValue[]>;
