import { zoneFormat } from './zone-format.js';

/**
 * Local wall-clock time in an IANA zone, as "wall milliseconds": the local date and time read as if it
 * were UTC. Converting back is where DST matters: a wall time repeated when clocks fall back maps to its
 * first occurrence, and a wall time skipped when clocks spring forward maps to the moment of the jump
 * (what classic cron does). Both rules keep the mapping monotonic, so slots never go backwards.
 */
const HOUR = 3_600_000;
/** The wall time at an instant. */
export function wallAt(instant: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const p of zoneFormat('parts', timeZone).formatToParts(new Date(instant)))
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const seconds = Math.floor(instant / 1000) * 1000;
  const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return wall + (instant - seconds);
}

/** Local minus UTC at an instant, in milliseconds. */
export function offsetAt(instant: number, timeZone: string): number {
  return wallAt(instant, timeZone) - instant;
}

/** The instant a wall time happens (first occurrence; the jump itself when the wall time is skipped). */
export function instantOf(wall: number, timeZone: string): number {
  // Offsets a day either side bracket any single DST transition near this wall time.
  const offsets = [...new Set([offsetAt(wall - 24 * HOUR, timeZone), offsetAt(wall + 24 * HOUR, timeZone)])];
  const exact = offsets.map((o) => wall - o).filter((t) => offsetAt(t, timeZone) === wall - t);
  if (exact.length) return Math.min(...exact);
  // Skipped: find the first instant whose wall time is at or past it (the jump), to the second.
  let lo = wall - Math.max(...offsets);
  let hi = wall - Math.min(...offsets);
  while (hi - lo > 1000) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (wallAt(mid, timeZone) >= wall) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** How far a wall time can sit from its instant's own wall time (the largest DST shift, with margin). */
export const MAX_SHIFT_MS = 3 * HOUR;
