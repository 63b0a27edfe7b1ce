import { canonicalTimezone } from './timezone.js';

export interface SubscriptionRequest {
  schedule: string;
  /** Post nothing when nothing is new ("daily 08:00 silent"). */
  silent: boolean;
  /** A time zone typed after the schedule ("weekdays 7:30 Europe/London"), canonicalised. */
  timezone?: string;
}

const SILENT_WORD = /^(silent|silently|quiet|quietly)$/i;
const ZONE_LIKE = /^([A-Za-z_]+(\/[A-Za-z0-9_+-]+)+|UTC|GMT)$/i;

/**
 * What a user typed as a schedule, with the extras text platforms run into it: a trailing "silent" and
 * a trailing IANA zone, in either order. On Discord these come as separate options; in the terminal and
 * on Slack "/digest subscribe weekdays 7:30 Europe/London silent" should mean the same.
 */
export function parseSubscriptionText(text: string): SubscriptionRequest {
  // Whitespace only: commas belong to cron lists ("0 8 * * 1,3,5") and day lists ("mon,fri 9:00").
  const words = text.trim().split(/\s+/);
  const request: SubscriptionRequest = { schedule: '', silent: false };
  for (let i = 0; i < 2 && words.length > 1; i++) {
    const last = words[words.length - 1]!;
    if (!request.silent && SILENT_WORD.test(last)) request.silent = true;
    // An unknown zone-like word is an error about the zone, not about the schedule.
    else if (!request.timezone && ZONE_LIKE.test(last)) request.timezone = canonicalTimezone(last);
    else break;
    words.pop();
    words.push(words.pop()!.replace(/[,;]$/, '')); // "daily 08:00, silent"
  }
  request.schedule = words.join(' ');
  return request;
}
