import { UserInputError } from "../errors/errors";
import { Reason } from "../errors/error-reasons";
import type { SqlParams } from "../query/sql";
import { uniq } from "../graphql/uniq";
import type { NearInput } from "./activity.inputs";

/**
 * The service-guidance conditions of ActivityFilter, each a small function from its input to one
 * SQL condition over the activity row `alias` (`t` at the top, another inside a relation subquery;
 * values bound in `params`), declared to the filter compiler by activity.service.ts. None adds a
 * statement: they are conditions of the list's own page statement.
 */

const EARTH_RADIUS_KM = 6371.0088;
const KM_PER_DEGREE_LATITUDE = (Math.PI * EARTH_RADIUS_KM) / 180;
/** occursBetween windows longer than this are refused: the occurrence table is kept about this far ahead. */
export const MAX_WINDOW_DAYS = 400;

export function anyOfValues(column: string, values: readonly string[], params: SqlParams): string {
  return `${column} = ANY(${params.add(uniq(values), "text[]")})`;
}

/** Cost one of the listed types; UNKNOWN only when listed, so nothing unknown passes as free. */
export function costCondition(types: readonly string[], params: SqlParams, alias: string): string {
  return anyOfValues(`${alias}.cost_type`, types, params);
}

/** "Free or cheap": free, or a known amount within the limit (an unknown amount is not cheap). */
export function maxCostCondition(max: number, params: SqlParams, alias: string): string {
  return `(${alias}.cost_type = 'FREE' OR (${alias}.cost_type IN ('FEE', 'MEMBERSHIP_FEE') AND ${alias}.cost_amount <= ${params.add(max, "numeric")}))`;
}

export function registrationCondition(types: readonly string[], params: SqlParams, alias: string): string {
  return anyOfValues(`${alias}.registration`, types, params);
}

/** A person of `age` is within the range; an open end means no limit on that side. */
export function ageCondition(age: number, params: SqlParams, alias: string): string {
  const p = params.add(age, "int");
  return `(${alias}.age_min IS NULL OR ${alias}.age_min <= ${p}) AND (${alias}.age_max IS NULL OR ${alias}.age_max >= ${p})`;
}

export function flagCondition(column: "no_referral_needed" | "anonymous_allowed" | "low_threshold", value: boolean, params: SqlParams, alias: string): string {
  return `${alias}.${column} = ${params.add(value, "boolean")}`;
}

/** Every listed feature (GIN index on the array). */
export function accessibilityCondition(features: readonly string[], params: SqlParams, alias: string): string {
  return `${alias}.accessibility @> ${params.add([...new Set(features)], "text[]")}`;
}

/** Listed statuses, or by default every status but ENDED. */
export function statusCondition(statuses: readonly string[] | null | undefined, params: SqlParams, alias: string): string {
  return statuses?.length ? anyOfValues(`${alias}.status`, statuses, params) : `${alias}.status <> 'ENDED'`;
}

/**
 * An occurrence overlaps [from, to). Occurrences are at most two days long (the write checks), so
 * the index range on starts_at begins two days before `from`.
 */
export function occursBetweenCondition(window: { from: Date; to: Date }, params: SqlParams, alias: string): string {
  if (!(window.to > window.from)) throw new UserInputError("occursBetween.to must be after from", { field: "filter.occursBetween", reason: Reason.ENDS_BEFORE_START });
  if (window.to.getTime() - window.from.getTime() > MAX_WINDOW_DAYS * 86_400_000) {
    throw new UserInputError(`occursBetween can span at most ${MAX_WINDOW_DAYS} days`, { field: "filter.occursBetween", reason: Reason.OUT_OF_RANGE });
  }
  const from = params.add(window.from.toISOString(), "timestamptz");
  const to = params.add(window.to.toISOString(), "timestamptz");
  return `EXISTS (SELECT 1 FROM activity_occurrence o WHERE o.activity_id = ${alias}.id AND o.starts_at >= ${from} - interval '2 days' AND o.starts_at < ${to} AND o.ends_at > ${from})`;
}

/** Great-circle distance in km from the point to the row's location (null without coordinates). */
export function distanceSql(near: Pick<NearInput, "latitude" | "longitude">, params: SqlParams, alias: string): string {
  const lat = params.add(near.latitude, "float8");
  const lon = params.add(near.longitude, "float8");
  // Haversine; least() keeps asin's argument within its domain against rounding.
  return `(2 * ${EARTH_RADIUS_KM} * asin(least(1, sqrt(power(sin(radians(${alias}.latitude - ${lat}) / 2), 2) + cos(radians(${lat})) * cos(radians(${alias}.latitude)) * power(sin(radians(${alias}.longitude - ${lon}) / 2), 2)))))`;
}

/**
 * Within `radiusKm`: a bounding box on (latitude, longitude), which the location index serves,
 * then the exact distance. The box's longitude span widens with the latitude (cos), whole world
 * near the poles.
 */
export function nearCondition(near: NearInput, params: SqlParams, alias: string): string {
  const dLat = near.radiusKm / KM_PER_DEGREE_LATITUDE;
  const cos = Math.cos((near.latitude * Math.PI) / 180);
  const dLon = cos > 0.01 ? Math.min(180, dLat / cos) : 180;
  const box = [
    `${alias}.latitude BETWEEN ${params.add(near.latitude - dLat, "float8")} AND ${params.add(near.latitude + dLat, "float8")}`,
    dLon >= 180 ? null : `${alias}.longitude BETWEEN ${params.add(near.longitude - dLon, "float8")} AND ${params.add(near.longitude + dLon, "float8")}`,
  ].filter(Boolean);
  return `${box.join(" AND ")} AND ${distanceSql(near, params, alias)} <= ${params.add(near.radiusKm, "float8")}`;
}

/** Distance in km between two WGS84 points (the same formula as distanceSql), for the `distanceKm` field. */
export function distanceKm(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const h = Math.sin(rad(b.latitude - a.latitude) / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(rad(b.longitude - a.longitude) / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
