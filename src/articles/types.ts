/** An article as loaded from a file (later: a URL or feed). */
export interface Article {
  /** Stable id: a slug of the file name. */
  id: string;
  title: string;
  /** Whether the title was given by the source or derived from the text. */
  titleDerived: boolean;
  /** Plain text: paragraphs joined by a blank line ("\n\n"). All analysis offsets index into this. */
  text: string;
  /** Paragraph texts in order (text === paragraphs.join('\n\n')). */
  paragraphs: string[];
  /** File path or URL the article came from. */
  source: string;
  url?: string;
  /** Publisher or outlet, from front matter. */
  publisher?: string;
  published?: Date;
  /** sha256 of the text: analysis is cached by it. */
  hash: string;
}
