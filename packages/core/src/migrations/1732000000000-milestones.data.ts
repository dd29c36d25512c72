/**
 * FROZEN: the national milestones migration 1732000000000 inserts, copied from
 * milestone/national-timeline.ts on 2026-12-01 (sources there). Never edit this file: a new entry or a
 * correction comes as a new migration; migration-data.test.ts fails while the timeline and the national
 * milestones of a freshly migrated database differ.
 */

/** kind, due_date, title_fi, title_sv, title_en, description */
export const NATIONAL_MILESTONES_1732000000000: readonly (readonly [string, string, string, string, string, string])[] = [
  [
    "OTHER", "2020-12-08",
    "Hallituksen esitys eduskunnalle (HE 241/2020 vp)",
    "Regeringens proposition till riksdagen (RP 241/2020 rd)",
    "Government bill submitted to Parliament (HE 241/2020)",
    "Hallitus antoi esityksen hyvinvointialueiden perustamisesta ja sosiaali- ja terveydenhuollon uudistuksesta.",
  ],
  [
    "LAW_PASSED", "2021-06-23",
    "Eduskunta hyväksyi sote-uudistuksen lait",
    "Riksdagen godkände lagarna om vårdreformen",
    "Parliament approved the reform acts",
    "Eduskunta hyväksyi hyvinvointialueita sekä sosiaali- ja terveydenhuollon järjestämistä koskevat lait.",
  ],
  [
    "LAW_IN_FORCE", "2021-07-01",
    "Lait voimaan, hyvinvointialueet perustettiin",
    "Lagarna trädde i kraft, välfärdsområdena inrättades",
    "Acts in force, wellbeing services counties established",
    "Hyvinvointialueet perustettiin ja niiden väliaikainen valmistelutoimielin aloitti.",
  ],
  [
    "REGIONAL_ELECTION", "2022-01-23",
    "Ensimmäiset aluevaalit",
    "Första välfärdsområdesvalet",
    "First county elections",
    "Hyvinvointialueiden aluevaltuustot valittiin ensimmäistä kertaa.",
  ],
  [
    "COUNCIL_STARTED", "2022-03-01",
    "Aluevaltuustot aloittivat",
    "Välfärdsområdesfullmäktige inledde sitt arbete",
    "County councils started",
    "Aluevaltuustojen toimikausi alkoi.",
  ],
  [
    "ORGANISING_RESPONSIBILITY", "2023-01-01",
    "Järjestämisvastuu siirtyi hyvinvointialueille",
    "Organiseringsansvaret övergick till välfärdsområdena",
    "Organising responsibility transferred to the wellbeing services counties",
    "Sosiaali- ja terveydenhuollon sekä pelastustoimen järjestämisvastuu siirtyi kunnilta ja kuntayhtymiltä hyvinvointialueille.",
  ],
];
