import type { LibraryEntry } from './articles/library.js';
import type { DigestService } from './digest/service.js';

export type SummaryLength = 'short' | 'medium' | 'long' | number;
export type SummaryStyle = 'paragraph' | 'bullets';
export type SummaryEngine = 'auto' | 'offline' | 'model';

export interface SummaryRequest {
  length: SummaryLength;
  style: SummaryStyle;
  engine: SummaryEngine;
}

export interface SummaryResult {
  /** Summary sentences in order (rendered as a paragraph or bullets by the command). */
  sentences: string[];
  engine: 'offline' | 'model';
  /** The model's name when the model wrote it. */
  model?: string;
  /** A short note for the user, e.g. why the model path fell back to the offline summary. */
  note?: string;
  /** For each summary sentence, the 0-based indices of the article sentences it rests on. */
  citations?: number[][];
}

/** Writes summaries: offline extractive by default, through a model when configured. */
export interface Summarizer {
  readonly modelAvailable: boolean;
  summarize(entry: LibraryEntry, request: SummaryRequest): Promise<SummaryResult>;
}

/** Services that commands use and that depend on configuration; built once in main.ts. */
export interface Services {
  summarizer?: Summarizer;
  /** Scheduled digests (/digest); absent when the digest store could not be opened. */
  digests?: DigestService;
}
