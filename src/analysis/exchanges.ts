import type { Attributed } from './attribution.js';
import { isSpeech } from './attribution.js';
import { addressees } from './dialogue.js';
import { type EntityIndex, type EntityRecord, type PersonRecord, speakerName } from './entities.js';

const PRONOUN_GENDER: Record<string, PersonRecord['gender']> = { he: 'male', she: 'female' };

/** Runs of consecutive paragraphs that hold speech: one exchange each. */
function exchanges(results: Attributed[]): number[][] {
  const paragraphs = [...new Set(results.filter((r) => isSpeech(r.quote)).map((r) => r.span.paragraph))].sort(
    (a, b) => a - b,
  );
  const chains: number[][] = [];
  for (const p of paragraphs) {
    const chain = chains[chains.length - 1];
    if (chain && p - (chain[chain.length - 1] as number) === 1) chain.push(p);
    else chains.push([p]);
  }
  return chains.filter((c) => c.length >= 3);
}

function fits(person: EntityRecord, gender: PersonRecord['gender'] | undefined): boolean {
  if (!gender || person.kind !== 'person') return true;
  return person.gender === 'unknown' || person.gender === gender;
}

/**
 * Second pass over a dialogue: once an exchange is known to be between two people — the speakers its tags
 * name, or a speaker and the person they address by name ("Come, Mr. Wickham") — its untagged lines
 * alternate strictly between the two, and a he/she that could not be resolved goes to the one it fits.
 */
export function settleExchanges(results: Attributed[], entities: EntityIndex): void {
  for (const chain of exchanges(results)) {
    const inChain = results.filter((r) => chain.includes(r.span.paragraph) && isSpeech(r.quote));
    const named = new Set(inChain.filter((r) => r.tagged && r.entity).map((r) => r.entity as EntityRecord));
    if (named.size > 2 || named.size === 0) continue;
    const pair = [...named];
    if (pair.length === 1) {
      const only = pair[0] as EntityRecord;
      const addressed = inChain
        .flatMap((r) => [...addressees(r.quote, entities)])
        .find((e) => e !== only && e.kind === 'person');
      if (!addressed) continue;
      pair.push(addressed);
    }
    const [a, b] = pair as [EntityRecord, EntityRecord];
    let previous: EntityRecord | null = null;
    for (const p of chain) {
      const here = inChain.filter((r) => r.span.paragraph === p);
      const tagged = here.find((r) => r.tagged);
      let speaker: EntityRecord | null = null;
      if (tagged?.entity && (tagged.entity === a || tagged.entity === b)) speaker = tagged.entity;
      else if (tagged?.entity) {
        previous = tagged.entity;
        continue;
      } else {
        const word = tagged?.quote.speakerMention?.text.toLowerCase() ?? '';
        const gender = PRONOUN_GENDER[word];
        if (tagged && !gender) {
          previous = null;
          continue;
        }
        // A he/she picks by gender alone; an untagged line is the turn of whoever did not just speak.
        const candidates = gender
          ? [a, b].filter((e) => fits(e, gender))
          : [a, b].filter((e) => e !== previous);
        if (here[0]?.span.continued) speaker = previous;
        else speaker = candidates.length === 1 ? (candidates[0] as EntityRecord) : null;
        if (speaker) {
          for (const r of here) {
            r.entity = speaker;
            r.quote.speaker = speakerName(speaker);
            if (!r.tagged) r.quote.speakerMention = null;
            r.quote.confidence = Math.min(r.quote.confidence, 0.6);
          }
        }
      }
      previous = speaker;
    }
  }
}
