/** Calendar dates travel as ISO strings (YYYY-MM-DD); the database stores them as DATE columns. */
export const isoDate = (d: Date): string => d.toISOString().slice(0, 10);
export const isoDateOrNull = (d: Date | null | undefined): string | null => (d ? isoDate(d) : null);
export const today = (): string => isoDate(new Date());
export const dateColumn = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
