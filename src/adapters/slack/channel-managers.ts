import type { Clock } from '../../clock.js';
import type { Logger } from '../../logger.js';
import { apiErrorSchema, type SlackMember, usersInfoSchema } from './payloads.js';

/** Whether a Slack user may change what a channel receives, and why. */
export type ManagerVerdict =
  | { allowed: true; because: 'listed' | 'admin' }
  | { allowed: false; because: 'not-admin' | 'lookup-failed' };

/** The rule itself: a workspace admin or owner (primary or not) whose account is still active. */
export function isWorkspaceAdmin(member: SlackMember): boolean {
  return !member.deleted && (member.is_admin || member.is_owner || member.is_primary_owner);
}

/** What to log about a failed users.info: Slack's error code and the missing scope, nothing else. */
function describeFailure(error: unknown): Record<string, unknown> {
  const parsed = apiErrorSchema.safeParse(error);
  const message = error instanceof Error ? error.message : String(error);
  if (!parsed.success) return { message };
  const { code, statusCode, data } = parsed.data;
  return { code, status: statusCode, slackError: data?.error, needed: data?.needed, message };
}

export interface ChannelManagersOptions {
  /** Users allowed besides admins and owners (SLACK_DIGEST_MANAGERS). */
  listed: readonly string[];
  /** Slack's users.info for one user, answered as Slack sends it (validated here). */
  lookup: (userId: string) => Promise<unknown>;
  clock: Clock;
  log: Logger;
  /** How long a users.info answer is trusted (default 5 minutes). */
  ttlMs?: number;
  /** Most users remembered at once (default 5,000). */
  maxEntries?: number;
}

/**
 * Who may change what a channel receives: listed users, and workspace admins and owners according to
 * users.info. Answers are remembered for a few minutes so a busy channel does not ask Slack per message,
 * and concurrent questions about one user share one call. A failed lookup is not remembered: the next
 * request asks again.
 */
export class ChannelManagers {
  private readonly listed: ReadonlySet<string>;
  private readonly known = new Map<string, { admin: boolean; until: number }>();
  private readonly asking = new Map<string, Promise<boolean | undefined>>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;

  constructor(private readonly o: ChannelManagersOptions) {
    this.listed = new Set(o.listed);
    this.ttlMs = o.ttlMs ?? 5 * 60_000;
    this.maxEntries = o.maxEntries ?? 5000;
  }

  async verdict(userId: string): Promise<ManagerVerdict> {
    if (this.listed.has(userId)) return { allowed: true, because: 'listed' };
    const admin = await this.isAdmin(userId);
    if (admin === undefined) return { allowed: false, because: 'lookup-failed' };
    return admin ? { allowed: true, because: 'admin' } : { allowed: false, because: 'not-admin' };
  }

  private isAdmin(userId: string): Promise<boolean | undefined> {
    const known = this.known.get(userId);
    if (known && known.until > this.now()) return Promise.resolve(known.admin);
    let asking = this.asking.get(userId);
    if (!asking) {
      asking = this.ask(userId).finally(() => this.asking.delete(userId));
      this.asking.set(userId, asking);
    }
    return asking;
  }

  /** users.info for the user: true or false, or undefined when Slack could not say. */
  private async ask(userId: string): Promise<boolean | undefined> {
    let answer: unknown;
    try {
      answer = await this.o.lookup(userId);
    } catch (error) {
      this.o.log.error(
        { user: userId, ...describeFailure(error) },
        'slack: users.info failed, so a channel change was refused (does the app have the users:read scope?)',
      );
      return undefined;
    }
    const parsed = usersInfoSchema.safeParse(answer);
    if (!parsed.success || parsed.data.user.id !== userId) {
      this.o.log.error(
        { user: userId, issues: parsed.error?.issues },
        'slack: users.info answered about someone else or in an unexpected shape; refusing the channel change',
      );
      return undefined;
    }
    const admin = isWorkspaceAdmin(parsed.data.user);
    this.remember(userId, admin);
    return admin;
  }

  private remember(userId: string, admin: boolean): void {
    const now = this.now();
    this.known.delete(userId); // re-inserted last: the map stays in order of expiry
    this.known.set(userId, { admin, until: now + this.ttlMs });
    // Oldest first: drop what has expired, and anything beyond the cap.
    for (const [key, entry] of this.known) {
      if (entry.until > now && this.known.size <= this.maxEntries) break;
      this.known.delete(key);
    }
  }

  private now(): number {
    return this.o.clock.now().getTime();
  }
}
