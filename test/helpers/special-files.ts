import { execFileSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';

/**
 * Special files for the tests that need them. Each returns false when the OS
 * refuses to make one (no mkfifo, no right to make links), and the test then
 * skips instead of failing.
 */
export function makeFifo(path: string): boolean {
  try {
    execFileSync('mkfifo', [path], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export function makeLink(target: string, path: string, type: 'file' | 'dir' = 'file'): boolean {
  try {
    symlinkSync(target, path, type);
    return true;
  } catch {
    return false;
  }
}

/** Whether file permissions bind this process (root reads and writes whatever the mode says). */
export const permissionsBind = typeof process.getuid !== 'function' || process.getuid() !== 0;
