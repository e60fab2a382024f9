/**
 * The protocols an overview reported, by the name each row carries. A click in the webview
 * names a row's file; only a name the overview itself reported opens anything, so a forged
 * message cannot open another file. Plain Node: no `vscode` here, so it is tested on its own.
 */
export class ReportedFiles<T> {
  private readonly byName = new Map<string, T>();

  constructor(entries: Iterable<readonly [name: string, target: T]>) {
    for (const [name, target] of entries) this.byName.set(name, target);
  }

  /** The protocol an `{ type: 'open', file }` message from the webview asks for, or undefined. */
  target(message: unknown): T | undefined {
    if (typeof message !== 'object' || message === null) return undefined;
    const { type, file } = message as { type?: unknown; file?: unknown };
    if (type !== 'open' || typeof file !== 'string') return undefined;
    // A Map, not an object: "__proto__" or "constructor" is no reported file either.
    return this.byName.get(file);
  }
}
