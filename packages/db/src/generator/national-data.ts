/** The fixed lists the national dataset draws from: names, location kinds, offers and region weights. */

export const GIVEN_NAMES = [
  "Anna",
  "Sophie",
  "Emma",
  "Fleur",
  "Lisa",
  "Noor",
  "Sara",
  "Julia",
  "Fatima",
  "Aylin",
  "Ilse",
  "Mila",
  "Yara",
  "Lotte",
  "Eva",
  "Tess",
  "Daan",
  "Sem",
  "Milan",
  "Omar",
  "Ruben",
  "Kim",
  "Priya",
  "Olga",
  "Marieke",
  "Esther",
  "Ellen",
  "Miriam",
  "Naima",
  "Chantal",
];
export const FAMILY_NAMES = [
  "de Jong",
  "Jansen",
  "de Vries",
  "van den Berg",
  "van Dijk",
  "Bakker",
  "Visser",
  "Smit",
  "Meijer",
  "de Boer",
  "Mulder",
  "de Groot",
  "Bos",
  "Vos",
  "Peters",
  "Hendriks",
  "El Idrissi",
  "Yilmaz",
  "Kaya",
  "Ramdin",
  "Pinas",
  "Kovač",
  "Nowak",
  "Özdemir",
  "Bouzid",
  "Verbeek",
  "Koster",
  "Prins",
  "Huisman",
  "Kramer",
];
export const LOCATION_WORDS = [
  "De Boomhut",
  "Het Vlindernest",
  "De Ontdekkers",
  "Zonnestraal",
  "De Speeltuin",
  "Het Kabouterhuis",
  "De Regenboog",
  "Klavertje Vier",
  "De Rakkers",
  "Het Avontuur",
  "De Notenkraker",
  "Duimelot",
];

export const LOCATION_TYPES = [
  {
    type: "KDV",
    weight: 0.5,
    groups: [
      ["Baby's", 0, 12, 9],
      ["Dreumesen", 12, 24, 12],
      ["Peuters", 24, 48, 16],
    ],
  },
  {
    type: "BSO",
    weight: 0.35,
    groups: [
      ["Onderbouw", 48, 84, 20],
      ["Bovenbouw", 84, 156, 24],
    ],
  },
  { type: "PEUTEROPVANG", weight: 0.12, groups: [["Peutergroep", 24, 48, 16]] },
  { type: "GASTOUDERBUREAU", weight: 0.03, groups: [] },
] as const;

export const OFFERS = [
  {
    title: "Pedagogisch medewerker kinderopvang (BBL)",
    credentialId: "PMK",
    crebo: "25696",
    learningRoute: "BBL",
    weeks: 104,
  },
  {
    title: "Certificaat Pedagogisch klimaat in de kinderopvang",
    credentialId: "C0125",
    crebo: "25696",
    learningRoute: "DERDE_LEERWEG",
    weeks: 20,
  },
  {
    title: "Certificaat Ontwikkeling en spelen stimuleren",
    credentialId: "C0123",
    crebo: "25696",
    learningRoute: "DERDE_LEERWEG",
    weeks: 20,
  },
  {
    title: "Certificaat Professioneel samenwerken en communiceren",
    credentialId: "C0126",
    crebo: "25696",
    learningRoute: "DERDE_LEERWEG",
    weeks: 16,
  },
  {
    title: "Praktijkverklaring Helpende zorg en welzijn",
    credentialId: "pv-helpende-zorg-welzijn",
    crebo: "25498",
    learningRoute: "DERDE_LEERWEG",
    weeks: 30,
  },
  {
    title: "Certificaat Ondersteuning in de kinderopvang",
    credentialId: "OIK",
    crebo: "25498",
    learningRoute: "DERDE_LEERWEG",
    weeks: 26,
  },
  {
    title: "Gespecialiseerd pedagogisch medewerker (BBL)",
    credentialId: "GPM",
    crebo: "25697",
    learningRoute: "BBL",
    weeks: 156,
  },
] as const;

/** Larger regions get proportionally more employers. */
export const REGION_WEIGHT: Record<string, number> = {
  AM18: 3,
  AM22: 2.5,
  AM21: 2,
  AM13: 2,
  AM28: 1.5,
  AM19: 1.3,
  AM26: 1.2,
};

/** Diplomas off the catalog that HR records with their level and cao diplomagroep. */
export const OTHER_DIPLOMAS = [
  { title: "Pedagogiek", educationLevel: "hbo", diplomaGroup: "A1", institution: "Hogeschool Utrecht" },
  {
    title: "Social work (sociaal pedagogische hulpverlening)",
    educationLevel: "hbo",
    diplomaGroup: "A1",
    institution: "Hogeschool van Amsterdam",
  },
  {
    title: "Pedagogisch educatief medewerker",
    educationLevel: "mbo-4",
    diplomaGroup: "A1",
    institution: "ROC Midden Nederland",
  },
] as const;

/** Schools that issued the diplomas and certificates staff brought. */
export const INSTITUTIONS = [
  "Albeda, Rotterdam",
  "ROC van Amsterdam",
  "ROC Midden Nederland",
  "Deltion College, Zwolle",
  "Graafschap College, Doetinchem",
  "ROC Tilburg",
  "Noorderpoort, Groningen",
  "Summa College, Eindhoven",
];
