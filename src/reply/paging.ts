/**
 * Split a list into pages that hold at most `maxItems` items and about `maxChars` characters each
 * (a single longer item still gets a page of its own), so a reply stays within platform limits.
 */
export function paginate<T>(
  items: readonly T[],
  size: (item: T) => number,
  limits: { maxItems: number; maxChars: number },
): T[][] {
  const pages: T[][] = [];
  let page: T[] = [];
  let chars = 0;
  for (const item of items) {
    const n = size(item);
    if (page.length && (page.length >= limits.maxItems || chars + n > limits.maxChars)) {
      pages.push(page);
      page = [];
      chars = 0;
    }
    page.push(item);
    chars += n;
  }
  if (page.length) pages.push(page);
  return pages;
}
