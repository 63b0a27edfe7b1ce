// Wire-service datelines at the start of a story: "(CNN)", "LONDON, England (Reuters) --", "WASHINGTON (AP) -".
const DATELINE =
  /^(?:[A-Z][A-Za-z.'-]*(?:[ ,]+[A-Z][A-Za-z.'-]*){0,3}\s*)?\((?:CNN|Reuters|AP|AFP|UPI|PA|Bloomberg|EW\.com|Mashable|[A-Z]{2,6})\)\s*(?:--|—|–|-|:)?\s*/;
const CAPS_DATELINE = /^[A-Z]{3,}(?:[ ,]+[A-Z][A-Za-z]+){0,2}\s+(?:--|—|–)\s+/;

/** A picked sentence as it should be shown: without a leading dateline, whitespace collapsed. */
export function tidySentence(text: string): string {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  const stripped = collapsed.replace(DATELINE, '').replace(CAPS_DATELINE, '');
  return stripped.length >= 20 ? stripped : collapsed;
}
