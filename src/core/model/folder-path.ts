/**
 * A folder setting without the slashes at its ends: `/People/` is `People`.
 * A loop, not `/^\/+|\/+$/g`: that pattern searches to the end of every run
 * of slashes from each of them, which a checker rightly rates quadratic.
 */
export function bareFolder(folder: string): string {
  let start = 0;
  let end = folder.length;
  while (start < end && folder.charCodeAt(start) === 47 /* / */) start++;
  while (end > start && folder.charCodeAt(end - 1) === 47) end--;
  return folder.slice(start, end);
}
