export const MANAGES_ORGANISATION = ["ADMIN"] as const;
export const onlyAdmin = "Alleen een beheerder van de organisatie kan dit wijzigen.";
