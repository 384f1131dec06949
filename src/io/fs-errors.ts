/**
 * File system errors in words
 *
 * Node's errno codes turned into the short phrases our one-line messages end with
 * ("no such file or directory", "cannot write (permission denied)").
 */

/** A file system error in words ("no such file or directory"). */
export function fsReason(error: unknown, fallback: string): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return `${fallback} (permission denied)`;
    case 'EISDIR':
      return `${fallback} (is a directory)`;
    case 'ENOTDIR':
      return `${fallback} (a parent is not a directory)`;
    case 'EROFS':
      return `${fallback} (read-only file system)`;
    case 'ENOSPC':
      return `${fallback} (no space left on device)`;
    default:
      return `${fallback} (${error instanceof Error ? error.message : String(error)})`;
  }
}
