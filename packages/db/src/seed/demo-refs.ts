/** What the demo's areas hand each other inside the one seed transaction: rows by their id. */
interface Row {
  id: string;
}

export interface DemoOrganizations {
  region: Row & { name: string };
  haaglanden: Row;
  uwv: Row & { name: string };
  gemeente: Row;
  employer: Row & { name: string };
  zonnebloem: Row & { name: string };
  school: Row & { name: string };
  hofstad: Row & { name: string };
  /** Deventer's mbo and hbo school and the childcare host of their learning team (seed 004). */
  aventus: Row & { name: string };
  saxion: Row & { name: string };
  raster: Row & { name: string };
  /** Kinderrijk's KDV, Ellen's and Sanne's location. */
  boomhut: Row;
  /** Kinderrijk's BSO, Miriam's and Milan's location. */
  ontdekkers: Row;
  /** Zonnebloem's KDV. */
  delfshaven: Row;
}

export interface DemoUsers {
  /** The user id of a demo account; throws when the account was not seeded. */
  userId: (email: string) => string;
  /** Kinderrijk's praktijkopleider and leidinggevende, De Maasoever's examinator and docent. */
  trainer: string;
  manager: string;
  examiner: string;
  teacher: string;
}

export interface DemoOffers {
  /** De Maasoever's BBL offer for pedagogisch medewerker kinderopvang. */
  pmkBbl: Row;
  /** De Maasoever's workplace trajectory for the praktijkverklaring helpende zorg en welzijn. */
  pvHzw: Row;
}

export type DemoRefs = DemoOrganizations & DemoUsers & DemoOffers;
