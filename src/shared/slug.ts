import slugify from '@sindresorhus/slugify';
import { stripDiacritics } from './text';

/** ASCII slug for ids and fragments: transliterates diacritics so ids stay stable and URL-safe. */
export function toSlug(text: string): string {
  // Fold diacritics to their base letter (Türkiye → turkiye, not tuerkiye) so ids read like the name.
  return slugify(stripDiacritics(text), { decamelize: false }) || 'x';
}

/** Hands out slugs unique within one scope by suffixing -2, -3, … in first-come order. */
export function uniqueSlugger(): (text: string) => string {
  const seen = new Map<string, number>();
  return (text) => {
    const base = toSlug(text);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  };
}
