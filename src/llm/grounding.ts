import { contentTerms } from '../analysis/summary/terms.js';
import type { ModelOutput } from './output.js';

/** Share of a summary sentence's content words that its cited sentences must contain. */
const MIN_SUPPORT = 0.5;

/** Straight quotes, single spaces: the same words must match however they were typed. */
function normalise(text: string): string {
  return text
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Strings the summary puts in double quotation marks. */
export function quotedStrings(text: string): string[] {
  return [...normalise(text).matchAll(/"([^"]+)"/g)].map((m) => m[1]!.trim()).filter((q) => q.length > 1);
}

// Runs of capitalised words ("John Kerry", "New Zealand Prime Minister John Key"), allowing initials.
const NAME_RUN = /\b[A-Z][\p{L}'’.-]*(?:\s+(?:[A-Z][\p{L}'’.-]*))*/gu;

/** Capitalised name runs in a summary sentence, with whether each starts the sentence. */
export function nameRuns(sentence: string): Array<{ text: string; atStart: boolean }> {
  // Words inside quotation marks are checked as quotations, verbatim.
  const text = normalise(sentence).replace(/"[^"]*"/g, (q) => ' '.repeat(q.length));
  const firstWordAt = text.search(/[\p{L}]/u);
  return [...text.matchAll(NAME_RUN)].map((m) => ({
    text: m[0].replace(/['’]s$/, '').replace(/[.'’-]+$/, ''),
    atStart: m.index === firstWordAt,
  }));
}

/**
 * Reasons the model's summary is not grounded in the article (empty when it is): a quotation not in the
 * article word for word, a citation of a sentence that does not exist, a capitalised name the article
 * never uses, or a sentence whose words are mostly not in the sentences it cites (which also stops an
 * article's planted instruction from being restated as if it were the story's content).
 */
export function groundingProblems(
  output: ModelOutput,
  articleText: string,
  /** The sentences the model was shown, by number (1-based). */
  citable: ReadonlyMap<number, string>,
): string[] {
  const article = normalise(articleText);
  const articleLower = article.toLowerCase();
  const problems: string[] = [];
  for (const [i, sentence] of output.summary.entries()) {
    const label = `summary sentence ${i + 1}`;
    for (const source of sentence.sources)
      if (!citable.has(source)) problems.push(`${label} cites sentence ${source}, which it was not given`);
    const cited = new Set(sentence.sources.flatMap((n) => contentTerms(citable.get(n) ?? '')));
    const terms = contentTerms(sentence.text);
    const supported = terms.filter((t) => cited.has(t)).length;
    if (terms.length && supported / terms.length < MIN_SUPPORT)
      problems.push(
        `${label} is mostly not in the sentences it cites (${supported} of ${terms.length} words)`,
      );
    for (const quote of quotedStrings(sentence.text))
      if (!article.includes(quote))
        problems.push(`${label} quotes "${quote}", which the article does not say`);
    for (const run of nameRuns(sentence.text)) {
      if (article.includes(run.text)) continue;
      // The first word of a sentence is capitalised anyway: "The United States", "Officials".
      if (run.atStart) {
        const rest = run.text.split(/\s+/).slice(1).join(' ');
        if (!rest || article.includes(rest) || articleLower.includes(run.text.toLowerCase())) continue;
      }
      problems.push(`${label} names "${run.text}", which the article does not mention`);
    }
  }
  return problems;
}
