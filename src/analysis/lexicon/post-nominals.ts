/**
 * Letters written after a name that are not part of it: ranks of counsel, seats, honours, degrees and
 * generational suffixes ("Fiona Adair KC", "Jane Doe MP", "Sam Lee OBE", "Robert Downey Jr").
 * Matched case-sensitively, full stop dropped ("Jr." -> "Jr"), so "Md" or "Sr" in running text is not
 * confused with a word.
 */
export const POST_NOMINALS: ReadonlySet<string> = new Set(
  `KC QC MP MEP MSP MLA MHK MNA MPP TD MBE OBE CBE KBE DBE GBE OM VC GC KG KT QPM FRS FRSE FBA FREng PhD
  DPhil MD DDS DMD MBA LLB LLM BSc MSc RN CPA Esq Jr Sr Snr Jnr`
    .split(/\s+/)
    .filter(Boolean),
);

/** "KC", "Jr.", "Esq.": a post-nominal, with or without its full stop. */
export function isPostNominal(word: string): boolean {
  return POST_NOMINALS.has(word.replace(/\.$/, ''));
}
