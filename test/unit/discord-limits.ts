import { expect } from 'vitest';
import { DISCORD_LIMITS as L } from '../../src/adapters/discord/limits.js';
import { type DiscordMessage, embedLength } from '../../src/adapters/discord/render.js';

/** Assert that rendered Discord messages respect every limit in the table. */
export function expectWithinLimits(messages: DiscordMessage[]): void {
  expect(messages.length).toBeGreaterThan(0);
  for (const message of messages) {
    expect(message.allowedMentions).toEqual({ parse: [] });
    expect(message.embeds.length).toBeGreaterThan(0);
    expect(message.embeds.length).toBeLessThanOrEqual(L.embedsPerMessage);
    expect(message.embeds.reduce((n, e) => n + embedLength(e), 0)).toBeLessThanOrEqual(L.embedTotal);
    for (const embed of message.embeds) {
      expect(embedLength(embed)).toBeGreaterThan(0);
      expect(embed.title?.length ?? 0).toBeLessThanOrEqual(L.title);
      expect(embed.description?.length ?? 0).toBeLessThanOrEqual(L.description);
      expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(L.footer);
      expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(L.fields);
      for (const field of embed.fields ?? []) {
        expect(field.name.length).toBeGreaterThan(0);
        expect(field.name.length).toBeLessThanOrEqual(L.fieldName);
        expect(field.value.length).toBeGreaterThan(0);
        expect(field.value.length).toBeLessThanOrEqual(L.fieldValue);
      }
    }
    expect(message.components.length).toBeLessThanOrEqual(L.actionRows);
    for (const row of message.components) {
      expect(row.components.length).toBeLessThanOrEqual(L.buttonsPerRow);
      for (const button of row.components) {
        expect('label' in button && button.label ? button.label.length : 0).toBeLessThanOrEqual(
          L.buttonLabel,
        );
        expect('custom_id' in button ? button.custom_id.length : 0).toBeLessThanOrEqual(L.customId);
      }
    }
  }
}
