/** Offsets are JavaScript string indices into Article.text, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

export interface Paragraph extends Span {
  index: number;
}

export interface Sentence extends Span {
  index: number;
  paragraph: number;
  text: string;
}

export interface Mention extends Span {
  text: string;
}

export type Gender = 'male' | 'female' | 'unknown';

export interface Person {
  /** Canonical (fullest) name, e.g. "John Kerry". */
  name: string;
  /** Other ways the article refers to them: "Kerry", "US Secretary of State John Kerry", "the Secretary of State". */
  aliases: string[];
  /** Role where the text gives one, e.g. "US Secretary of State". */
  role?: string;
  gender: Gender;
  /** Every place the article refers to this person (names, aliases, role references). */
  mentions: Mention[];
}

export type EntityKind = 'organisation' | 'place';

export interface Entity {
  name: string;
  kind: EntityKind;
  mentions: Mention[];
}

export type QuoteKind = 'direct' | 'partial' | 'scare' | 'title';

export interface Quote extends Span {
  /** The quoted text without its outer quotation marks. */
  text: string;
  /** Index of the paragraph the quote starts in. */
  paragraph: number;
  kind: QuoteKind;
  /** Canonical name of the person or organisation who said it; null when not speech or nobody identifiable. */
  speaker: string | null;
  /** The words in the text that named the speaker ("he", "the minister", "a police spokesperson"). */
  speakerMention: Mention | null;
  /** 0..1 */
  confidence: number;
}

export interface Analysis {
  /** Hash of the text it was computed from. */
  hash: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  people: Person[];
  organisations: Entity[];
  places: Entity[];
  quotes: Quote[];
}
