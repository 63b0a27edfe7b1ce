import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleLoadError } from '../../src/articles/errors.js';
import { articleFromBytes, articleIdOf, isIgnoredFile, loadArticleFile } from '../../src/articles/loader.js';
import { normaliseText } from '../../src/articles/normalize.js';
import { deriveTitle } from '../../src/articles/title.js';
import { useTempDir } from '../helpers/temp-dir.js';

const SEED = 'test/fixtures/us-weighs-taking-refugees-from-australian-detention.txt';
const options = { maxBytes: 2 * 1024 * 1024 };
const utf8 = (text: string) => new TextEncoder().encode(text);

const temp = useTempDir();

async function write(name: string, content: string | Uint8Array): Promise<string> {
  const file = path.join(temp.path, name);
  await writeFile(file, content);
  return file;
}

async function loadError(file: string, maxBytes = options.maxBytes): Promise<ArticleLoadError> {
  const error = await loadArticleFile(file, { maxBytes }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ArticleLoadError);
  return error as ArticleLoadError;
}

describe('loading .txt', () => {
  it('reads the seed article: id from the file name, derived title, paragraphs and hash', async () => {
    const article = await loadArticleFile(SEED, options);
    expect(article.id).toBe('us-weighs-taking-refugees-from-australian-detention');
    expect(article.title).toBe(
      'The United States has agreed to consider taking refugees from Australian detention centres',
    );
    expect(article.titleDerived).toBe(true);
    expect(article.paragraphs[0]).toMatch(/^The United States has agreed/);
    expect(article.text).toBe(article.paragraphs.join('\n\n'));
    expect(article.hash).toMatch(/^[0-9a-f]{64}$/);
    // The seed has a run of blank lines; it still yields single blank lines between paragraphs.
    expect(article.text).not.toMatch(/\n{3,}/);
    expect(article.paragraphs).toHaveLength(17);
  });

  it('splits paragraphs on blank lines, joins hard-wrapped lines and normalises whitespace', async () => {
    const file = await write(
      'Wrapped Story.txt',
      'First  line\r\nstill\tthe first paragraph.\r\n\r\n\r\n\r\n  Second\u00a0one.  \n\n\n',
    );
    const article = await loadArticleFile(file, options);
    expect(article.id).toBe('wrapped-story');
    expect(article.paragraphs).toEqual(['First line still the first paragraph.', 'Second one.']);
    expect(article.text).toBe('First line still the first paragraph.\n\nSecond one.');
  });

  it('keeps every quotation mark exactly as written and composes Unicode (NFC)', async () => {
    const decomposed = 'Cafe\u0301';
    const file = await write(
      'quotes.txt',
      `\u201cCurly,\u201d she said. "Straight," he said. \u2018Single\u2019 and 'plain' at the ${decomposed}.`,
    );
    const article = await loadArticleFile(file, options);
    expect(article.text).toBe(
      '\u201cCurly,\u201d she said. "Straight," he said. \u2018Single\u2019 and \'plain\' at the Caf\u00e9.',
    );
  });

  it('gives the same hash to the same text and a different one to changed text', () => {
    const a = articleFromBytes(utf8('One.\n\nTwo.'), 'a.txt', options);
    const b = articleFromBytes(utf8('One.\r\n\r\nTwo.\r\n'), 'b.txt', options);
    const c = articleFromBytes(utf8('One.\n\nThree.'), 'c.txt', options);
    expect(a.hash).toBe(b.hash);
    expect(a.hash).not.toBe(c.hash);
  });

  it('strips terminal control characters and bidi overrides from the text', () => {
    const article = articleFromBytes(utf8('Safe\u001b[31m text\u202e here.'), 'x.txt', options);
    expect(article.text).toBe('Safe[31m text here.');
  });
});

describe('loading .md', () => {
  it('reads front matter: title, url, published, source', async () => {
    const file = await write(
      'story.md',
      '---\ntitle: "Council approves budget"\nurl: https://example.com/budget\npublished: 2024-03-05\nsource: Example Times\nauthor: ignored\n---\n\nThe council said "yes".\n\nSecond paragraph.\n',
    );
    const article = await loadArticleFile(file, options);
    expect(article).toMatchObject({
      id: 'story',
      title: 'Council approves budget',
      titleDerived: false,
      url: 'https://example.com/budget',
      publisher: 'Example Times',
      paragraphs: ['The council said "yes".', 'Second paragraph.'],
    });
    expect(article.published?.toISOString()).toBe('2024-03-05T00:00:00.000Z');
  });

  it('works without front matter, taking a leading # heading as the title', async () => {
    const file = await write('plain.md', '# The headline\n\nBody text here.\n\n## A section\n\nMore text.');
    const article = await loadArticleFile(file, options);
    expect(article.title).toBe('The headline');
    expect(article.paragraphs).toEqual(['Body text here.', 'A section', 'More text.']);
  });
});

describe('loading .json', () => {
  it('reads {title, text, url, published}', async () => {
    const file = await write(
      'item.json',
      JSON.stringify({ title: 'A title', text: 'Para one.\n\nPara two.', published: '2023-01-02T10:00:00Z' }),
    );
    const article = await loadArticleFile(file, options);
    expect(article).toMatchObject({ id: 'item', title: 'A title', paragraphs: ['Para one.', 'Para two.'] });
    expect(article.published?.toISOString()).toBe('2023-01-02T10:00:00.000Z');
  });

  it('derives a title when the JSON has none', async () => {
    const article = await loadArticleFile(
      await write('t.json', '{"text":"Short first sentence. More."}'),
      options,
    );
    expect(article).toMatchObject({ title: 'Short first sentence', titleDerived: true });
  });
});

describe('bad input', () => {
  const latin1 = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x2e]); // "Café." in Latin-1
  // [file name, content, expected kind, part of the reason a user reads]
  const cases: Array<[string, string | Uint8Array, ArticleLoadError['kind'], string]> = [
    ['empty.txt', '', 'empty', 'it is empty'],
    ['blank.txt', ' \n\r\n\t\n', 'empty', 'it is empty'],
    ['nobody.json', '{"text":"  "}', 'empty', 'no article text'],
    ['image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]), 'binary', 'binary file'],
    ['latin1.txt', latin1, 'encoding', 'save it as UTF-8'],
    ['utf16.txt', new Uint8Array([0xff, 0xfe, 0x41, 0]), 'encoding', 'UTF-16'],
    ['big.txt', 'word '.repeat(400), 'too-large', 'over the 1 KB limit (MAX_ARTICLE_BYTES)'],
    ['notes.docx', 'x', 'unsupported', '.txt, .md or .json'],
    ['broken.json', '{"text": "unterminated', 'bad-json', 'it is not valid JSON'],
    ['untexted.json', '{"title":"x"}', 'bad-json', 'text'],
    ['list.json', '["text"]', 'bad-json', 'one JSON object'],
    ['yaml.md', '---\ntitle: [unclosed\n---\nText.', 'bad-front-matter', 'not valid YAML'],
    ['list.md', '---\n- a\n- b\n---\nText.', 'bad-front-matter', '"key: value" lines'],
    ['fields.md', '---\nurl: not a url\n---\nText.', 'bad-front-matter', 'url: must be a full URL'],
    ['date.md', '---\npublished: someday\n---\nText.', 'bad-front-matter', '"someday" is not a date'],
    ['open.md', '---\ntitle: x\n\nText.', 'bad-front-matter', 'no closing "---"'],
  ];
  it.each(cases)('rejects %s as %s', async (name, content, kind, reason) => {
    const error = await loadError(await write(name, content), 1024);
    expect(error.kind).toBe(kind);
    expect(error.reason).toContain(reason);
    expect(error.message.startsWith(`${name}: `)).toBe(true);
  });

  it('reports a missing file as unreadable', async () => {
    expect((await loadError(path.join(temp.path, 'gone.txt'))).kind).toBe('unreadable');
  });
});

describe('helpers', () => {
  it('slugs file names into ids', () => {
    expect(articleIdOf('/x/US Weighs Refugees (Draft).txt')).toBe('us-weighs-refugees-draft');
    expect(articleIdOf('/x/Café Olé — Été 2024.md')).toBe('cafe-ole-ete-2024');
    expect(articleIdOf('!!!.md')).toMatch(/^article-[0-9a-f]{8}$/);
    expect(articleIdOf('!!!.md')).toBe(articleIdOf('/other/!!!.md'));
    expect(articleIdOf('???.md')).not.toBe(articleIdOf('!!!.md'));
  });

  it('keeps Unicode letters and digits, so non-Latin file names get distinct ids', () => {
    expect(articleIdOf('новости.txt')).toBe('новости');
    expect(articleIdOf('新闻.txt')).toBe('新闻');
    expect(articleIdOf('Ελλάδα 2024.txt')).toBe('ελλάδα-2024');
    expect(articleIdOf('Новости дня.md')).toBe('новости-дня');
    // NFKC: a full-width digit and a compatibility ligature become their plain forms.
    expect(articleIdOf('ﬁle２.txt')).toBe('file2');
  });

  it('ignores hidden, swap and backup files', () => {
    for (const name of ['.DS_Store', 'a.txt~', '.a.txt.swp', '#a.txt#', 'a.txt.tmp'])
      expect(isIgnoredFile(name)).toBe(true);
    expect(isIgnoredFile('a.txt')).toBe(false);
  });

  it('normalises text without touching quotes', () => {
    expect(normaliseText('\uFEFF a \u201cb\u201d\r\n\r\n\r\n\r\nc ')).toBe('a \u201cb\u201d\n\nc');
  });

  it('derives readable titles: first sentence, cut at a clause or word boundary', () => {
    expect(deriveTitle(['Mr. J. Smith of the U.S. Senate spoke today. Then more.'])).toBe(
      'Mr. J. Smith of the U.S. Senate spoke today',
    );
    const long = deriveTitle([`${'word '.repeat(40)}end.`]);
    expect(long.length).toBeLessThanOrEqual(101);
    expect(long.endsWith('word\u2026')).toBe(true);
    expect(deriveTitle([])).toBe('Untitled');
  });

  it('reads the seed fixture as UTF-8 without changing its quotation marks', async () => {
    const raw = await readFile(SEED, 'utf8');
    const article = await loadArticleFile(SEED, options);
    const marks = (s: string) => s.match(/["\u201c\u201d'\u2018\u2019]/g)?.join('');
    expect(marks(article.text)).toBe(marks(raw));
  });
});
