/** The few calendar operations core needs on ISO dates (UTC, no time of day); core stays dependency-free. */
export function parseISO(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

export function formatISO(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addMonths(date: Date, months: number): Date {
  const result = new Date(date);
  result.setUTCMonth(result.getUTCMonth() + months);
  return result;
}

/** An ISO date the way Dutch users write it in messages: "2023-08-01" → "1-8-2023". */
export function formatDutchDate(date: string): string {
  const [year, month, day] = date.split("-");
  return `${Number(day)}-${Number(month)}-${year}`;
}
