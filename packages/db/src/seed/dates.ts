/** Dates as the demo writes them: a calendar day (a `@db.Date` column) and a moment in UTC. */
export const day = (isoDate: string) => new Date(`${isoDate}T00:00:00.000Z`);
export const at = (isoDateTime: string) => new Date(isoDateTime);
