-- Hand-written: core now spells leerwegen as the database does (BBL, DERDE_LEERWEG, BOL), so the id of a
-- plan's route that core builds for a diploma step ("PMK:bbl") became "PMK:BBL". A path keeps the route
-- chosen in step 4 by that id; rewrite the stored ids so every chosen route is still found.
UPDATE "DevelopmentPath"
SET "chosenRoute" = replace(replace(replace("chosenRoute", ':derde-leerweg', ':DERDE_LEERWEG'), ':bbl', ':BBL'), ':bol', ':BOL')
WHERE "chosenRoute" LIKE '%:%';
