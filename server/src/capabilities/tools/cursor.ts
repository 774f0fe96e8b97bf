import { badUserInput } from '../../graphql/errors.js';

/** An opaque cursor: the sort key of the last tool on a page. */
export function encodeCursor(name: string, id: string): string {
  return Buffer.from(JSON.stringify([name.toLowerCase(), id])).toString('base64url');
}

export function decodeCursor(cursor: string): { name: string; id: string } {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && value.every((part) => typeof part === 'string')) {
      return { name: value[0] as string, id: value[1] as string };
    }
  } catch {
    // fall through to the error below
  }
  throw badUserInput('after', '`after` is not a cursor this API gave out; pass an endCursor or cursor from a previous page.');
}
