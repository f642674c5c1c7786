/**
 * English month names from the runtime's CLDR data (Intl) rather than hand-typed lists, so the
 * long and short forms ("September", "Sep") agree wherever dates are read or written.
 */
export function monthNames(style: 'long' | 'short' = 'long'): string[] {
  const format = new Intl.DateTimeFormat('en', { month: style, timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, month) =>
    format.format(new Date(Date.UTC(2000, month, 1))),
  );
}
