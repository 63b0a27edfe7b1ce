import { parseArgs } from 'node:util';
import { z } from 'zod';
import { analyze } from '../analysis/analyze.js';
import { articleIndex } from '../analysis/search/article-search.js';
import { type WhoSaidAnswer, whoSaid } from '../analysis/search/who-said.js';
import type { Analysis } from '../analysis/types.js';
import type { CliIO } from './io.js';
import { forEachJsonLine, readInput } from './jsonl.js';

const USAGE = 'Usage: who-said --jsonl IN.jsonl (lines {id, text, phrase}; - for stdin)';

const inputLine = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string(),
  phrase: z.string().min(1),
});

/**
 * `{speaker, quote}` for an answer: the speaker is null when the phrase is not a quotation (narration,
 * scare quote, title, no match) or the text does not name who spoke. `match` says which it was.
 */
export function answerJson(answer: WhoSaidAnswer) {
  switch (answer.type) {
    case 'speech':
      return {
        speaker: answer.quote.speaker,
        quote: answer.quote.text,
        match: answer.quote.kind,
        start: answer.quote.start,
        end: answer.quote.end,
      };
    case 'not-speech':
      return {
        speaker: null,
        quote: answer.quote.text,
        match: answer.quote.kind,
        start: answer.quote.start,
        end: answer.quote.end,
      };
    case 'narration':
      return {
        speaker: null,
        quote: null,
        match: 'narration',
        start: answer.sentence.start,
        end: answer.sentence.end,
      };
    case 'none':
      return { speaker: null, quote: null, match: 'none' };
  }
}

/** `who-said --jsonl IN.jsonl`: one `{id, speaker, quote, match}` line per `{id, text, phrase}` line. */
export async function run(args: string[], io: CliIO): Promise<number> {
  let jsonl: string | undefined;
  try {
    ({ jsonl } = parseArgs({ args, options: { jsonl: { type: 'string' } }, strict: true }).values);
  } catch (error) {
    io.err(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (jsonl === undefined) {
    io.err(USAGE);
    return 2;
  }
  const text = await readInput(jsonl, io);
  if (text === undefined) return 2;
  // Several phrases are often asked of one text in a row: analyse it once.
  let last: { text: string; analysis: Analysis } | undefined;
  const errors = forEachJsonLine(text, inputLine, io, (line) => {
    if (last?.text !== line.text) last = { text: line.text, analysis: analyze(line.text) };
    return answerJson(whoSaid(articleIndex(last.analysis), line.phrase));
  });
  return errors ? 1 : 0;
}
