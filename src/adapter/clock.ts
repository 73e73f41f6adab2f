/** "Today" as an ISO date in UTC. Injected everywhere so tests can fix it. */
export interface Clock {
  today(): string;
}

export class SystemClock implements Clock {
  private fixed: string | undefined;

  today(): string {
    return this.fixed ?? new Date().toISOString().slice(0, 10);
  }

  /** Tests only: pin today to a date (undefined returns to the real date). */
  setFixedToday(date: string | undefined): void {
    this.fixed = date;
  }
}
