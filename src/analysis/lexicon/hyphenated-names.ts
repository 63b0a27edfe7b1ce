/**
 * Second halves of capitalised English compounds ("Kremlin-backed", "Covid-era", "Trump-style"), which
 * are not the lower-case half of a given name ("Seo-yeon", "Min-jun", "Minh-khai").
 */
const COMPOUND_HEADS: ReadonlySet<string> = new Set(
  `era style wide like free hit run led born made type bound class level proof zone area time day week
  month year age old new only man men up out in off on over down set side land base bloc wing rule law
  laws war wars fest gate mania mart ware fan fans lite plus pop rock pro anti post pre size scale sized
  owned based backed linked shaped themed ish esque ism ist ists ite ites er ers print held member rich
  poor heavy light dry hot cold red blue green white black gold south north east west first last bred grown
  fed paid ban tax gap deal plan talk talks visit trip tour camp team club cup star stars clad laden savvy
  mad crazy safe ready sized`
    .split(/\s+/)
    .filter(Boolean),
);

/** English prefixes that open capitalised compounds at a sentence start ("Ex-wife", "Self-made"). */
const COMPOUND_PREFIXES: ReadonlySet<string> = new Set(
  `ex pre post non anti pro self co mid well semi multi half step great grand vice in out over under all
  long short full part low high re de un sub super inter intra trans cross counter far near`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * "Seo" + "yeon" as in "Park Seo-yeon": a capitalised word and a short lower-case syllable that make one
 * hyphenated given name, not an English compound.
 */
export function isGivenNameHalves(head: string, tail: string): boolean {
  return (
    /^\p{Lu}\p{Ll}+$/u.test(head) &&
    /^\p{Ll}{2,6}$/u.test(tail) &&
    // "Covid-fighting" is English; "Wei-ting", "Mei-ling" (a syllable ending in -ing) are names.
    !/ed$/.test(tail) &&
    !(tail.length > 4 && /ing$/.test(tail)) &&
    !COMPOUND_HEADS.has(tail) &&
    !COMPOUND_PREFIXES.has(head.toLowerCase())
  );
}

/** "Seo-yeon", "Minh-khai": a hyphenated given name with a lower-case second half. */
export const HYPHENED_GIVEN_NAME = /^\p{Lu}\p{Ll}+[-‐]\p{Ll}+$/u;
