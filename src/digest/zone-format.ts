/** Intl formatters are costly to build, so there is one per zone and style, reused. */
const STYLES = {
  /** "Mon 4 May, 08:00 BST", for people. */
  display: {
    locale: 'en-GB',
    options: {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
      timeZoneName: 'short',
    },
  },
  /** Numeric parts in a 24-hour clock, for computing wall-clock time. */
  parts: {
    locale: 'en-US',
    options: {
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    },
  },
} as const satisfies Record<string, { locale: string; options: Intl.DateTimeFormatOptions }>;

const formats = new Map<string, Intl.DateTimeFormat>();

export function zoneFormat(style: keyof typeof STYLES, timeZone: string): Intl.DateTimeFormat {
  const key = `${style}|${timeZone}`;
  let format = formats.get(key);
  if (!format) {
    const { locale, options } = STYLES[style];
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    formats.set(key, format);
  }
  return format;
}
