// Wire-service datelines at the start of a story: "(CNN)", "LONDON, England (Reuters) --", "WASHINGTON (AP) -".
const DATELINE =
  /^(?:[A-Z][A-Za-z.'-]*(?:[ ,]+[A-Z][A-Za-z.'-]*){0,3}\s*)?\((?:CNN|Reuters|AP|AFP|UPI|PA|Bloomberg|EW\.com|Mashable|[A-Z]{2,6})\)\s*(?:--|—|–|-|:)?\s*/;
const CAPS_DATELINE = /^[A-Z]{3,}(?:[ ,]+[A-Z][A-Za-z]+){0,2}\s+(?:--|—|–)\s+/;

// The closing quotation mark of the previous sentence, left at the start of this one ("chance. ' But the").
const STRAY_CLOSING_QUOTE = /^['’"”]\s+/;
// A call to action some sites run into the story: "Scroll down for video A young woman who...".
const SCROLL_DOWN = /\bscroll down for (?:the )?(?:videos?|more)\b[.:]?\s*/gi;
// Photo-caption pointers inside the text: "The Queen's Guard (pictured) slipped".
const PICTURE_POINTER =
  /\s\((?:pictured|above|below|left|right|centre|center|inset|top|bottom)(?:[ ,][^()]{0,40})?\)/gi;

/**
 * A picked sentence as it should be shown: without a leading dateline, a stray closing quotation mark,
 * "(pictured)" pointers or "Scroll down for video", whitespace collapsed.
 */
export function tidySentence(text: string): string {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  const stripped = collapsed
    .replace(STRAY_CLOSING_QUOTE, '')
    .replace(DATELINE, '')
    .replace(CAPS_DATELINE, '')
    .replace(PICTURE_POINTER, '')
    .replace(SCROLL_DOWN, '')
    .trim();
  return stripped.length >= 20 ? stripped : collapsed;
}
