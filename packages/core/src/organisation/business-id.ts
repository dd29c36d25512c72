/**
 * Finnish business ID (Y-tunnus): seven digits, a hyphen and a check digit.
 * Check digit rule from the Finnish Tax Administration / PRH: weights 7,9,10,5,8,4,2;
 * remainder 0 gives 0, remainder 1 is never issued, otherwise 11 - remainder.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2];

export function businessIdCheckDigit(sevenDigits: string): number | null {
  if (!/^\d{7}$/.test(sevenDigits)) return null;
  const sum = [...sevenDigits].reduce((acc, d, i) => acc + Number(d) * WEIGHTS[i], 0);
  const remainder = sum % 11;
  if (remainder === 0) return 0;
  if (remainder === 1) return null;
  return 11 - remainder;
}

export function isValidBusinessId(value: string): boolean {
  const match = /^(\d{7})-(\d)$/.exec(value);
  if (!match) return false;
  return businessIdCheckDigit(match[1]) === Number(match[2]);
}

/** Accepts the older six-digit form ("123456-7") by zero-padding it, as PRH does. */
export function normaliseBusinessId(value: string): string {
  const trimmed = value.trim();
  return /^\d{6}-\d$/.test(trimmed) ? `0${trimmed}` : trimmed;
}
