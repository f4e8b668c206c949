export const onlyAdmin = "Alleen een beheerder van de organisatie kan dit wijzigen.";
