import { basename } from 'node:path';

/** Why an article file could not be loaded. Each kind has a message a user can act on. */
export type ArticleErrorKind =
  | 'empty'
  | 'binary'
  | 'encoding'
  | 'too-large'
  | 'bad-json'
  | 'bad-front-matter'
  | 'unsupported'
  | 'unreadable';

/** message reads "notes.json: it is not valid JSON: ..."; reason is the part after the file name. */
export class ArticleLoadError extends Error {
  constructor(
    public readonly kind: ArticleErrorKind,
    /** The file (or URL) the article came from. */
    public readonly source: string,
    public readonly reason: string,
  ) {
    super(`${basename(source)}: ${reason}`);
    this.name = 'ArticleLoadError';
  }
}

/** The articles folder itself is missing or is not a folder: the bot cannot serve anything from it. */
export class ArticlesFolderError extends Error {
  constructor(
    public readonly dir: string,
    message: string,
  ) {
    super(message);
    this.name = 'ArticlesFolderError';
  }
}
