import { describe, expect, it } from 'vitest';
import { sentenceQuality } from '../../src/analysis/summary/quality.js';

const plain = { share: 0, namedSpeaker: false };
const q = (text: string) => sentenceQuality(text, plain);

describe('sentence quality for summaries', () => {
  it('excludes bylines, captions, calls to action and links', () => {
    for (const text of [
      'By Jane Example and Tom Writer.',
      'Photo: The old harbour bridge at dusk, seen from the quay.',
      'Scroll down for video of the moment the bridge was closed.',
      'Read more about the closure at https://example.org/bridge today.',
    ])
      expect(q(text).excluded, text).toBe(true);
    expect(q('The council voted on Tuesday to close the old harbour bridge to cars.').excluded).toBe(false);
  });

  it('excludes a quotation without its speaker and penalises one with it', () => {
    expect(
      sentenceQuality('"We will rebuild it," he said.', { share: 0.8, namedSpeaker: false }).excluded,
    ).toBe(true);
    const named = sentenceQuality('"We will rebuild it," Mayor Aroha Tane said.', {
      share: 0.6,
      namedSpeaker: true,
    });
    expect(named.excluded).toBe(false);
    expect(named.penalty).toBeGreaterThan(0);
  });

  it('marks sentences that need the one before them', () => {
    expect(q('He added that buses and bicycles would still be allowed on the bridge.').needsPrevious).toBe(
      true,
    );
    expect(
      q('But the council said a shuttle would keep the waterfront shops within reach.').needsPrevious,
    ).toBe(true);
    expect(q('When he opened his practice on Market Street in 1984, there were six.').needsPrevious).toBe(
      true,
    );
    expect(q('The council said a shuttle would keep the waterfront shops within reach.').needsPrevious).toBe(
      false,
    );
  });

  it('penalises questions, very short and very long sentences, and pronoun attribution tails', () => {
    const base = q('The council said a shuttle would keep the waterfront shops within reach.').penalty;
    expect(q('Who will pay for the new harbour bridge repairs this year?').penalty).toBeGreaterThan(base);
    expect(q('The bridge closed today.').penalty).toBeGreaterThan(base);
    expect(q(`The bridge ${'and the old tunnel '.repeat(15)}closed.`).penalty).toBeGreaterThan(base);
    expect(q('The bridge will close to cars and trucks next spring, she said.').penalty).toBeGreaterThan(
      base,
    );
    // A photo caption run into the next sentence without a full stop reads badly.
    expect(
      q('Ze Maria played for Brazil for five years The result left the club 16th in the standings.').penalty,
    ).toBeGreaterThan(base);
  });
});
