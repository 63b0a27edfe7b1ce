import { analyze } from '../analyze.js';
import type { Analysis } from '../types.js';
import { extractSummary, type PickedSentence } from './summarize.js';

/** Offline summary of a plain text, analysing it when no analysis is given. */
export function summarizeText(
  text: string,
  sentences: number,
  analysis: Analysis = analyze(text),
): PickedSentence[] {
  return extractSummary(analysis, { sentences });
}
