import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ArticleLoadError } from './errors.js';
import { paragraphsOf } from './normalize.js';

/** What a file says about its article, before ids and hashes are attached. */
export interface ParsedArticle {
  title?: string;
  paragraphs: string[];
  url?: string;
  published?: Date;
  publisher?: string;
}

export type ArticleFormat = 'txt' | 'md' | 'json';

/** File extensions Briefing reads, and the format each one is. */
export const FORMAT_BY_EXTENSION: Readonly<Record<string, ArticleFormat>> = {
  '.txt': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.json': 'json',
};

const optionalText = z
  .string()
  .nullish()
  .transform((v) => v?.trim() || undefined);

const dateValue = z
  .union([z.string(), z.date()])
  .nullish()
  .transform((v, ctx) => {
    if (v === null || v === undefined || v === '') return undefined;
    const date = v instanceof Date ? v : new Date(v.trim());
    if (Number.isNaN(date.getTime())) {
      ctx.addIssue({ code: 'custom', message: `"${String(v)}" is not a date (write it as YYYY-MM-DD)` });
      return z.NEVER;
    }
    return date;
  });

const urlValue = z
  .string()
  .nullish()
  .transform((v) => v?.trim() || undefined)
  .refine((v) => v === undefined || URL.canParse(v), 'must be a full URL such as https://example.com/story');

const frontMatterSchema = z.object({
  title: optionalText,
  url: urlValue,
  published: dateValue,
  // Static-site generators call it "date"; accept both.
  date: dateValue,
  source: optionalText,
});

const jsonSchema = z.object({
  title: optionalText,
  text: z.string({ error: 'needs a "text" field with the article text' }),
  url: urlValue,
  published: dateValue,
  source: optionalText,
});

function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || 'value'}: ${i.message}`).join('; ');
}

/** Check that parsed metadata is an object with valid fields; a specific ArticleLoadError otherwise. */
function validateFields<T extends z.ZodType>(
  schema: T,
  data: unknown,
  errors: { kind: 'bad-json' | 'bad-front-matter'; source: string; notAnObject: string; invalid: string },
): z.infer<T> {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new ArticleLoadError(errors.kind, errors.source, errors.notAnObject);
  const parsed = schema.safeParse(data);
  if (!parsed.success)
    throw new ArticleLoadError(
      errors.kind,
      errors.source,
      `${errors.invalid}: ${describeIssues(parsed.error)}.`,
    );
  return parsed.data;
}

export function parseText(text: string): ParsedArticle {
  return { paragraphs: paragraphsOf(text) };
}

// Front matter: a YAML block between two "---" lines at the very top of the file.
const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n?(?:---|\.\.\.)[ \t]*(?:\n|$)/;

export function parseMarkdown(text: string, source: string): ParsedArticle {
  const body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let meta: z.infer<typeof frontMatterSchema> = frontMatterSchema.parse({});
  let rest = body;
  if (/^---[ \t]*\n/.test(body)) {
    const match = FRONT_MATTER.exec(body);
    if (!match)
      throw new ArticleLoadError(
        'bad-front-matter',
        source,
        'its front matter starts with "---" but has no closing "---" line.',
      );
    let data: unknown;
    try {
      data = parseYaml(match[1] ?? '') ?? {};
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      throw new ArticleLoadError('bad-front-matter', source, `its front matter is not valid YAML: ${reason}`);
    }
    meta = validateFields(frontMatterSchema, data, {
      kind: 'bad-front-matter',
      source,
      notAnObject: 'its front matter must be "key: value" lines (title, url, published, source).',
      invalid: 'its front matter is invalid',
    });
    rest = body.slice(match[0].length);
  }
  // Without a title in the front matter, a leading "# Heading" is the title.
  let title = meta.title;
  if (!title) {
    const heading = /^\s*#[ \t]+(.+?)[ \t]*#*[ \t]*(?:\n|$)/.exec(rest);
    if (heading?.[1]) {
      title = heading[1];
      rest = rest.slice(heading[0].length);
    }
  }
  const plain = rest.replace(/^#{1,6}[ \t]+(.*?)[ \t]*#*$/gm, '$1');
  return {
    title,
    paragraphs: paragraphsOf(plain),
    url: meta.url,
    published: meta.published ?? meta.date,
    publisher: meta.source,
  };
}

export function parseJson(text: string, source: string): ParsedArticle {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ArticleLoadError('bad-json', source, `it is not valid JSON: ${reason}.`);
  }
  const fields = validateFields(jsonSchema, data, {
    kind: 'bad-json',
    source,
    notAnObject: 'it must be one JSON object such as {"title": "...", "text": "..."}.',
    invalid: 'its fields are invalid',
  });
  const { title, text: body, url, published, source: publisher } = fields;
  return { title, paragraphs: paragraphsOf(body), url, published, publisher };
}

export function parseByFormat(format: ArticleFormat, text: string, source: string): ParsedArticle {
  switch (format) {
    case 'txt':
      return parseText(text);
    case 'md':
      return parseMarkdown(text, source);
    case 'json':
      return parseJson(text, source);
  }
}
