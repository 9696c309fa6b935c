import { type Result, fail, ok } from './result';
/**
 * A path inside the vault, as settings and daily-note formats give it:
 * vault-relative, with `/` between folders. Anything that could name a place
 * outside the vault is refused before it reaches a writer: a `..` segment, a
 * leading `/`, a backslash (a separator on Windows, where `..\outside`
 * climbs out), a drive letter (`C:`), and NUL and the other control
 * characters (NUL ends a path for the operating system). Windows drops the
 * dots and spaces that end a name, so a name of only dots and spaces (`.. `,
 * `...`) is refused as `..` is. Links
 * planted inside the vault are the writer's part; this check needs no file system.
 */
export type VaultPathCheck = Result<string>;

/** Whether a vault-relative path stays inside the vault; when it does, the path without `.` segments and doubled or trailing slashes (`""` is the vault's root). */
export function validateVaultPath(path: string): VaultPathCheck {
  const refuse = (why: string): VaultPathCheck => fail(`${JSON.stringify(path)} ${why}`);
  // eslint-disable-next-line no-control-regex -- control characters are what is looked for
  if (/[\x00-\x1f\x7f]/.test(path)) return refuse('holds a control character (NUL, a line break, …)');
  if (path.includes('\\')) return refuse('holds a backslash; folders are separated by /');
  if (path.startsWith('/')) return refuse('starts with /; give it from the vault root, without the leading /');
  const segments = path.split('/').filter((s) => s !== '' && s !== '.');
  // Checked after `./` is dropped: `./C:` would otherwise become a drive.
  if (segments.length > 0 && /^[A-Za-z]:/.test(segments[0])) return refuse('starts with a drive letter; give it from the vault root');
  if (segments.some((s) => /^[. ]+$/.test(s))) return refuse('has a ".." segment, which leads out of the vault');
  return ok(segments.join('/'));
}
