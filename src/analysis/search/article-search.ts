import type { Analysis } from '../types.js';
import { UnitIndex } from './unit-index.js';
import { searchUnits } from './units.js';

/** Indexes of recently searched article versions, by analysis hash (oldest dropped first). */
const MAX_CACHED = 256;
const byHash = new Map<string, UnitIndex>();

/** The search index of one article version, built on first use and kept by the analysis hash. */
export function articleIndex(analysis: Analysis): UnitIndex {
  let index = byHash.get(analysis.hash);
  if (index) {
    // Re-insert so that the map's order is least recently used first.
    byHash.delete(analysis.hash);
  } else {
    index = new UnitIndex();
    index.add(searchUnits(analysis));
  }
  byHash.set(analysis.hash, index);
  while (byHash.size > MAX_CACHED) {
    const oldest = byHash.keys().next().value;
    if (oldest === undefined) break;
    byHash.delete(oldest);
  }
  return index;
}
