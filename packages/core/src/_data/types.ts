// The record types of the generated data modules beside this file (written by scripts/derive-bank-holidays.mjs).
// Hand-written: the generated modules and the code that reads them both import from here.

/** One bank holiday: date, title and the feed's note (`Substitute day`, `Extra bank holiday`, or empty). */
export interface BankHoliday {
  readonly date: string;
  readonly title: string;
  readonly notes: string;
}
