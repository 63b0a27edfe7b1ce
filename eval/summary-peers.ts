import { createRequire } from 'node:module';

/**
 * The npm summarisers we compare against, behind one typed signature: text and a sentence count in,
 * the chosen sentences out. Both packages are CommonJS without types.
 */
const require = createRequire(import.meta.url);

interface LexRankModule {
  summarize(
    text: string,
    lines: number,
    callback: (error: unknown, topLines: Array<{ text: string }>) => void,
  ): void;
}

interface SummarizerManagerClass {
  new (
    text: string,
    sentences: number,
  ): {
    getSummaryByRank(): Promise<{ summary: unknown } | Error>;
    getSummaryByFrequency(): { summary: unknown } | Error;
  };
}

const lexrank = require('lexrank') as LexRankModule;
const { SummarizerManager } = require('node-summarizer') as { SummarizerManager: SummarizerManagerClass };

export type PeerSummarizer = (text: string, sentences: number) => Promise<string[]>;

export const lexrankSummary: PeerSummarizer = (text, sentences) =>
  new Promise((resolve, reject) => {
    lexrank.summarize(text, sentences, (error, topLines) => {
      if (error) reject(error instanceof Error ? error : new Error(String(error)));
      else resolve(topLines.map((l) => l.text.trim()));
    });
  });

/** node-summarizer returns one string (its sentences run together), so it is re-split by our splitter. */
function summaryText(result: { summary: unknown } | Error): string {
  if (result instanceof Error) return '';
  return typeof result.summary === 'string' ? result.summary : '';
}

export const nodeSummarizerRank = async (text: string, sentences: number): Promise<string> =>
  summaryText(await new SummarizerManager(text, sentences).getSummaryByRank());

export const nodeSummarizerFrequency = async (text: string, sentences: number): Promise<string> =>
  summaryText(new SummarizerManager(text, sentences).getSummaryByFrequency());
