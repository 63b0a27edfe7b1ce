/** Capitalised words that are never people: days, months and their abbreviations. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set(
  `monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
  january february march april may june july august september october november december jan feb mar apr
  jun jul aug sep sept oct nov dec christmas easter today tomorrow yesterday`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words often capitalised that are not names: pronouns, interjections, common sentence openers. */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set(
  `i we you he she they it this that these those there here what who why how when where which but and or
  yes no oh ah well now then so if as not god chapter ok okay`
    .split(/\s+/)
    .filter(Boolean),
);
