import { zoneFormat } from './zone-format.js';

/** IANA time zones, checked and canonicalised by the runtime's own Intl data. */
export class TimezoneError extends Error {}

/** "europe/london" -> "Europe/London"; throws TimezoneError with a hint for unknown names. */
export function canonicalTimezone(name: string): string {
  const wanted = name.trim();
  try {
    return new Intl.DateTimeFormat('en-GB', { timeZone: wanted }).resolvedOptions().timeZone;
  } catch {
    const close = suggestTimezones(wanted, 3);
    throw new TimezoneError(
      `"${wanted}" is not a time zone I know. Use an IANA name such as Europe/London or America/New_York${close.length ? ` (did you mean ${close.join(', ')}?)` : ''}.`,
    );
  }
}

let zones: string[] | undefined;
function allTimezones(): string[] {
  zones ??= [...Intl.supportedValuesOf('timeZone'), 'UTC'];
  return zones;
}

/** Time zones whose name contains what was typed (for suggestions and autocomplete). */
export function suggestTimezones(partial: string, limit: number): string[] {
  const words = partial
    .toLowerCase()
    .split(/[\s/_,-]+/)
    .filter(Boolean);
  return allTimezones()
    .filter((zone) => words.every((w) => zone.toLowerCase().includes(w)))
    .slice(0, limit);
}

/** "Mon 4 May, 08:00 BST": a slot time as people in the zone read it. */
export function formatInZone(date: Date, timeZone: string): string {
  return zoneFormat('display', timeZone).format(date);
}
