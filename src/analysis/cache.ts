import { analyze, hashText } from './analyze.js';
import type { Analysis } from './types.js';

/** Analysis runs once per article version: results are kept by content hash. */
export class AnalysisCache {
  private readonly byHash = new Map<string, Analysis>();

  get(text: string): Analysis {
    const hash = hashText(text);
    let analysis = this.byHash.get(hash);
    if (!analysis) {
      analysis = analyze(text);
      this.byHash.set(hash, analysis);
    }
    return analysis;
  }

  /** Drop entries whose hash is no longer used by any article. */
  retain(hashes: Iterable<string>): void {
    const keep = new Set(hashes);
    for (const hash of this.byHash.keys()) if (!keep.has(hash)) this.byHash.delete(hash);
  }
}
