/**
 * FROZEN: the national steps after 2023 that migration 1735100000000 adds, copied from
 * milestone/national-timeline.ts on 2026-12-01 (each with the official page it was checked against).
 * Never edit this file: a correction or a later step comes as a new migration.
 */

/** kind, due_date, status, title_fi, title_sv, title_en, description, source_url, source_title */
export const NATIONAL_MILESTONES_1735100000000: readonly (readonly [string, string, string, string, string, string, string, string, string])[] = [
  [
    "REGIONAL_ELECTION", "2025-04-13", "COMPLETED",
    "Aluevaalit yhdessä kuntavaalien kanssa",
    "Välfärdsområdesval samtidigt med kommunalvalet",
    "County elections held together with the municipal elections",
    "Toiset aluevaalit toimitettiin ensimmäistä kertaa samana päivänä kuntavaalien kanssa (ei Helsingissä, joka ei kuulu hyvinvointialueeseen).",
    "https://vaalit.fi/en/frequently-asked-questions2",
    "Frequently asked questions about county elections and municipal elections (vaalit.fi, oikeusministeriö)",
  ],
  [
    "COUNCIL_STARTED", "2025-06-01", "COMPLETED",
    "Uusien aluevaltuustojen toimikausi alkoi (2025–2029)",
    "De nya välfärdsområdesfullmäktiges mandatperiod inleddes (2025–2029)",
    "New county councils' term began (2025–2029)",
    "Vuoden 2025 aluevaaleissa valittujen aluevaltuustojen nelivuotinen toimikausi alkoi 1.6.2025 ja päättyy 31.5.2029.",
    "https://harjavalta.fi/vuoden-2025-alue-ja-kuntavaalit-toimitetaan-sunnuntaina-13-4-2025",
    "Vuoden 2025 alue- ja kuntavaalit toimitetaan sunnuntaina 13.4.2025 (Harjavallan kaupunki)",
  ],
  [
    "LAW_IN_FORCE", "2025-12-15", "COMPLETED",
    "Hyvinvointialuejakolaki ja maakuntajakolaki voimaan",
    "Lagen om indelningen i välfärdsområden och landskapsindelningslagen trädde i kraft",
    "Acts on the division into wellbeing services counties and into regions in force",
    "Hyvinvointialue- ja maakuntajakolaki jaettiin kahdeksi laiksi; samalla tulivat voimaan hyvinvointialuelain muutokset valtuustoryhmien tukemisesta ja luottamushenkilöiden palkkioista.",
    "https://vm.fi/-/hyvinvointialuejakolaki-ja-maakuntajakolaki-seka-muutokset-hyvin-vointialuelakiin-valtuustoryhmien-tukemisesta-ja-luottamushenkiloi-den-palkkioista-voimaan",
    "Hyvinvointialuejakolaki ja maakuntajakolaki sekä muutokset hyvinvointialuelakiin valtuustoryhmien tukemisesta ja luottamushenkilöiden palkkioista voimaan (valtiovarainministeriö)",
  ],
  [
    "OTHER", "2026-12-31", "PLANNED",
    "Hyvinvointialueiden alijäämien kattamisen määräaika",
    "Tidsfristen för välfärdsområdena att täcka underskotten",
    "Deadline for the wellbeing services counties to cover their deficits",
    "Pääsääntö: vuosina 2023–2024 kertynyt alijäämä on katettava vuoden 2026 loppuun mennessä. HE 189/2025 vp ehdotti, että valtiovarainministeriö voisi myöntää lisäaikaa vuoden 2027 tai 2028 loppuun.",
    "https://vm.fi/talousarvio-ja-suunnitelma",
    "Talousarvio ja -suunnitelma (valtiovarainministeriö)",
  ],
];
