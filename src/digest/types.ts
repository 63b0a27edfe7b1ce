/** Where a digest goes: a platform and one of its channels ("terminal" has a single channel). */
export type Platform = 'terminal' | 'discord' | 'slack';

export interface Destination {
  platform: Platform;
  channelId: string;
}

export interface Subscription extends Destination {
  id: number;
  /** The schedule as the user typed it (parsed again on load, so the parser can improve). */
  schedule: string;
  timezone: string;
  /** Post nothing (rather than "nothing new") when no article is new. */
  silentWhenEmpty: boolean;
  /** 'config' for the default subscription from DIGEST_*; config owns it and may replace it. */
  origin: 'chat' | 'config';
  createdAt: Date;
  /** Articles added or changed after this are new; null before the first digest. */
  lastDigestAt: Date | null;
}

export type LedgerStatus = 'claimed' | 'done' | 'failed';

export interface LedgerEntry {
  subscriptionId: number;
  slot: Date;
  status: LedgerStatus;
  attempts: number;
  reason: string | null;
  claimedAt: Date;
  updatedAt: Date;
  /** How many articles the digest briefed (done only). */
  articles: number | null;
}

export const PLATFORMS: readonly Platform[] = ['terminal', 'discord', 'slack'];

/** "discord:123", "slack:C123" or "terminal". */
export function parseDestination(text: string): Destination | undefined {
  const t = text.trim();
  if (t.toLowerCase() === 'terminal') return { platform: 'terminal', channelId: 'terminal' };
  const m = /^(discord|slack):([A-Za-z0-9_-]{1,64})$/i.exec(t);
  if (!m) return undefined;
  return { platform: m[1]!.toLowerCase() as Platform, channelId: m[2]! };
}

export function formatDestination(d: Destination): string {
  return d.platform === 'terminal' ? 'terminal' : `${d.platform}:${d.channelId}`;
}
