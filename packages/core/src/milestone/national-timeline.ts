/**
 * The national timeline of the health and social services reform (sote-uudistus), all completed.
 * Sources: Government proposal HE 241/2020 vp (submitted 8.12.2020); Parliament's decision
 * 23.6.2021; the acts 611–618/2021 in force 1.7.2021; first county elections 23.1.2022; county
 * councils from 1.3.2022; organising responsibility from 1.1.2023 (soteuudistus.fi, STM / VM).
 *
 * Databases get these rows from a migration's frozen copy (1732000000000-milestones.data.ts): a new
 * entry or a correction here needs a new migration too (test/migration-data.test.ts checks).
 */
export interface NationalMilestone {
  kind: string;
  dueDate: string;
  titleFi: string;
  titleSv: string;
  titleEn: string;
  description: string;
}

export const NATIONAL_TIMELINE: readonly NationalMilestone[] = [
  {
    kind: "OTHER", dueDate: "2020-12-08",
    titleFi: "Hallituksen esitys eduskunnalle (HE 241/2020 vp)",
    titleSv: "Regeringens proposition till riksdagen (RP 241/2020 rd)",
    titleEn: "Government bill submitted to Parliament (HE 241/2020)",
    description: "Hallitus antoi esityksen hyvinvointialueiden perustamisesta ja sosiaali- ja terveydenhuollon uudistuksesta.",
  },
  {
    kind: "LAW_PASSED", dueDate: "2021-06-23",
    titleFi: "Eduskunta hyväksyi sote-uudistuksen lait",
    titleSv: "Riksdagen godkände lagarna om vårdreformen",
    titleEn: "Parliament approved the reform acts",
    description: "Eduskunta hyväksyi hyvinvointialueita sekä sosiaali- ja terveydenhuollon järjestämistä koskevat lait.",
  },
  {
    kind: "LAW_IN_FORCE", dueDate: "2021-07-01",
    titleFi: "Lait voimaan, hyvinvointialueet perustettiin",
    titleSv: "Lagarna trädde i kraft, välfärdsområdena inrättades",
    titleEn: "Acts in force, wellbeing services counties established",
    description: "Hyvinvointialueet perustettiin ja niiden väliaikainen valmistelutoimielin aloitti.",
  },
  {
    kind: "REGIONAL_ELECTION", dueDate: "2022-01-23",
    titleFi: "Ensimmäiset aluevaalit",
    titleSv: "Första välfärdsområdesvalet",
    titleEn: "First county elections",
    description: "Hyvinvointialueiden aluevaltuustot valittiin ensimmäistä kertaa.",
  },
  {
    kind: "COUNCIL_STARTED", dueDate: "2022-03-01",
    titleFi: "Aluevaltuustot aloittivat",
    titleSv: "Välfärdsområdesfullmäktige inledde sitt arbete",
    titleEn: "County councils started",
    description: "Aluevaltuustojen toimikausi alkoi.",
  },
  {
    kind: "ORGANISING_RESPONSIBILITY", dueDate: "2023-01-01",
    titleFi: "Järjestämisvastuu siirtyi hyvinvointialueille",
    titleSv: "Organiseringsansvaret övergick till välfärdsområdena",
    titleEn: "Organising responsibility transferred to the wellbeing services counties",
    description: "Sosiaali- ja terveydenhuollon sekä pelastustoimen järjestämisvastuu siirtyi kunnilta ja kuntayhtymiltä hyvinvointialueille.",
  },
];
