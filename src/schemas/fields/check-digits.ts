// Check digits of the identifiers that have them: a mistyped digit is caught offline.

/** True when `digits` is an ISBN-13 whose check digit matches. */
function isIsbn13(digits: string): boolean {
  if (!/^97[89]\d{10}$/.test(digits)) return false;
  const sum = [...digits].reduce((total, d, i) => total + Number(d) * (i % 2 ? 3 : 1), 0);
  return sum % 10 === 0;
}

/** True when `digits` is an ISBN-10 whose check digit (0–9 or X for 10) matches, modulo 11. */
function isIsbn10(digits: string): boolean {
  if (!/^\d{9}[\dX]$/.test(digits)) return false;
  const sum = [...digits].reduce(
    (total, d, i) => total + (d === 'X' ? 10 : Number(d)) * (10 - i),
    0,
  );
  return sum % 11 === 0;
}

/** True when `isbn` is a valid ISBN-10 or ISBN-13, with or without hyphens or spaces. */
export function isIsbn(isbn: string): boolean {
  const digits = isbn.replaceAll(/[-\s]/g, '').toUpperCase();
  return isIsbn13(digits) || isIsbn10(digits);
}

/** Crockford's base 32 digits, as ROR writes them: no i, l, o or u. */
const CROCKFORD = '0123456789abcdefghjkmnpqrstvwxyz';

/**
 * True when `id` is a ROR id: `0`, six Crockford base-32 digits, and a two-digit checksum,
 * 98 minus (the number × 100) modulo 97, as ROR's documentation and its own API compute it.
 */
export function isRorId(id: string): boolean {
  const [, body, checksum] = /^0([0-9a-hjkmnp-tv-z]{6})(\d{2})$/.exec(id) ?? [];
  if (!body) return false;
  const value = [...body].reduce((n, c) => n * 32n + BigInt(CROCKFORD.indexOf(c)), 0n);
  return String(98n - ((value * 100n) % 97n)).padStart(2, '0') === checksum;
}
