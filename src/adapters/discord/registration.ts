import { type REST, Routes } from 'discord.js';
import { z } from 'zod';
import type { CommandDefinition } from './definitions.js';

/** What a registration changed, by command name. */
export interface RegistrationResult {
  scope: 'global' | `guild ${string}`;
  added: string[];
  changed: string[];
  removed: string[];
  unchanged: string[];
  written: boolean;
}

// Discord answers with more than we send (ids, versions, localisations, defaults); compare only our fields.
interface Comparable {
  type: number;
  name: string;
  description: string;
  required: boolean;
  autocomplete: boolean;
  choices: Array<{ name: string; value: string | number }>;
  min_value?: number;
  max_value?: number;
  max_length?: number;
  /** Permission bits a member needs to see the command (commands only; null for everyone). */
  default_member_permissions: string | null;
  options: Comparable[];
}

const remoteOption: z.ZodType<Comparable> = z.lazy(() =>
  z.object({
    type: z.number().default(1),
    name: z.string(),
    description: z.string().default(''),
    required: z.boolean().default(false),
    autocomplete: z.boolean().default(false),
    choices: z.array(z.object({ name: z.string(), value: z.union([z.string(), z.number()]) })).default([]),
    min_value: z.number().optional(),
    max_value: z.number().optional(),
    max_length: z.number().optional(),
    default_member_permissions: z.string().nullable().default(null),
    options: z.array(remoteOption).default([]),
  }),
);
const remoteCommands = z.array(remoteOption);

function comparable(value: unknown): Comparable {
  return remoteOption.parse(value);
}

function sameDeep(a: Comparable, b: Comparable): boolean {
  const { options: ao, ...ar } = a;
  const { options: bo, ...br } = b;
  const flat = (c: Omit<Comparable, 'options'>) =>
    JSON.stringify(Object.entries(c).sort(([x], [y]) => x.localeCompare(y)));
  return (
    flat(ar) === flat(br) && ao.length === bo.length && ao.every((o, i) => sameDeep(o, bo[i] as Comparable))
  );
}

/** Compare what we want registered with what Discord has. */
export function diffCommands(
  local: readonly CommandDefinition[],
  remote: unknown,
): Omit<RegistrationResult, 'scope' | 'written'> {
  const existing = new Map(remoteCommands.parse(remote).map((c) => [c.name, c]));
  const result = {
    added: [] as string[],
    changed: [] as string[],
    removed: [] as string[],
    unchanged: [] as string[],
  };
  for (const def of local) {
    const before = existing.get(def.name);
    if (!before) result.added.push(def.name);
    else if (sameDeep(comparable(def), before)) result.unchanged.push(def.name);
    else result.changed.push(def.name);
    existing.delete(def.name);
  }
  result.removed.push(...existing.keys());
  return result;
}

/**
 * Register the slash commands globally, or in one guild (instant, for testing). Idempotent: fetches what
 * is registered, and overwrites (PUT) only when something differs.
 */
export async function registerCommands(
  rest: REST,
  applicationId: string,
  definitions: readonly CommandDefinition[],
  guildId?: string,
): Promise<RegistrationResult> {
  const route = guildId
    ? Routes.applicationGuildCommands(applicationId, guildId)
    : Routes.applicationCommands(applicationId);
  const diff = diffCommands(definitions, await rest.get(route));
  const written = diff.added.length + diff.changed.length + diff.removed.length > 0;
  if (written) await rest.put(route, { body: definitions });
  return { scope: guildId ? `guild ${guildId}` : 'global', ...diff, written };
}

/** A few lines saying what changed, for the register script. */
export function describeRegistration(r: RegistrationResult): string {
  const lines = [`Slash commands (${r.scope}):`];
  for (const [label, names] of [
    ['added', r.added],
    ['changed', r.changed],
    ['removed', r.removed],
  ] as const)
    if (names.length) lines.push(`  ${label}: ${names.map((n) => `/${n}`).join(', ')}`);
  lines.push(
    r.written ? '  registered.' : `  already up to date (${r.unchanged.length} unchanged), nothing sent.`,
  );
  return lines.join('\n');
}
