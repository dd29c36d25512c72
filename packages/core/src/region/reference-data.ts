import { readFileSync } from "node:fs";
import { join } from "node:path";

/** Statistics Finland classification 2025 (see data/SOURCES.md). */
export interface RegionRecord { code: string; nameFi: string; nameSv: string; nameEn: string; kind: string }
export interface MunicipalityRecord { code: string; nameFi: string; nameSv: string; regionCode: string }

const DATA_DIR = join(__dirname, "..", "..", "data");

// The reference CSVs have no quoted fields (checked in tests); a full CSV parser is not needed.
function readCsv(file: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(join(DATA_DIR, file), "utf8").trim().split(/\r?\n/);
  const cols = header.split(",");
  return lines.map((line) => {
    const cells = line.split(",");
    if (cells.length !== cols.length) throw new Error(`${file}: malformed row: ${line}`);
    return Object.fromEntries(cols.map((c, i) => [c, cells[i]]));
  });
}

export function loadReferenceData(): { regions: RegionRecord[]; municipalities: MunicipalityRecord[] } {
  const regions = readCsv("wellbeing_regions.csv").map((r) => ({
    code: r.code, nameFi: r.name_fi, nameSv: r.name_sv, nameEn: r.name_en, kind: r.kind.toUpperCase(),
  }));
  const municipalities = readCsv("municipalities.csv").map((m) => ({
    code: m.municipality_code, nameFi: m.name_fi, nameSv: m.name_sv, regionCode: m.wellbeing_region_code,
  }));
  return { regions, municipalities };
}

/** A WGS84 point in degrees. */
export interface Centre {
  latitude: number;
  longitude: number;
}

/** Municipality centres (data/municipality_centres.csv, see data/SOURCES.md) by code; a municipality without one is absent. */
export function loadMunicipalityCentres(): Map<string, Centre> {
  return new Map(readCsv("municipality_centres.csv").map((c) => [c.municipality_code, { latitude: Number(c.latitude), longitude: Number(c.longitude) }]));
}
