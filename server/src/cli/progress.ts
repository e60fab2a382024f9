import type { Locale } from '../engine';
import { cliMessage } from './messages';

/** A single self-overwriting line on an interactive terminal, redrawn at most ten times a second. */
export class Progress {
  private lastDraw = 0;
  private drawn = false;

  constructor(
    private readonly total: number,
    private readonly locale: Locale,
    private readonly write: (text: string) => void,
  ) {}

  update(done: number): void {
    const now = Date.now();
    if (done < this.total && now - this.lastDraw < 100) return;
    this.lastDraw = now;
    this.drawn = true;
    this.write(`\r\u001b[K${cliMessage(this.locale, 'progress', { done, total: this.total })}`);
  }

  clear(): void {
    if (this.drawn) this.write('\r\u001b[K');
  }
}
