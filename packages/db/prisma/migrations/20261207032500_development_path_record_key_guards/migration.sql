-- A path carries its person's record key, so the region dashboard counts paths with core's cell key
-- method without a lookup of each path's person. The database fills it, on every insert and from the
-- person, whatever the insert gives: no write path (a procedure, the seed, the generator's bulk
-- INSERTs) can forget it or give another. It stays right because neither copy of it changes: a
-- person's record key never changes, and neither does a path's person.
UPDATE "DevelopmentPath" d SET "recordKey" = p."recordKey" FROM "Person" p WHERE p."id" = d."personId";

ALTER TABLE "DevelopmentPath" ADD CONSTRAINT "DevelopmentPath_recordKey_check" CHECK ("recordKey" >= 0);

CREATE FUNCTION "fill_development_path_record_key"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT "recordKey" INTO NEW."recordKey" FROM "Person" WHERE "id" = NEW."personId";
  IF NOT FOUND THEN
    RAISE EXCEPTION 'Person % does not exist; a path belongs to an existing person', NEW."personId"
      USING ERRCODE = 'foreign_key_violation';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "DevelopmentPath_record_key_filled"
  BEFORE INSERT ON "DevelopmentPath"
  FOR EACH ROW EXECUTE FUNCTION "fill_development_path_record_key"();

CREATE FUNCTION "guard_development_path_person"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."personId" IS DISTINCT FROM OLD."personId" OR NEW."recordKey" IS DISTINCT FROM OLD."recordKey" THEN
    RAISE EXCEPTION 'The person of path % and its record key never change; start a new path instead', OLD."id"
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "DevelopmentPath_person_kept"
  BEFORE UPDATE OF "personId", "recordKey" ON "DevelopmentPath"
  FOR EACH ROW EXECUTE FUNCTION "guard_development_path_person"();

CREATE FUNCTION "guard_person_record_key"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."recordKey" IS DISTINCT FROM OLD."recordKey" THEN
    RAISE EXCEPTION 'The record key of person % never changes', OLD."id"
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "Person_record_key_kept"
  BEFORE UPDATE OF "recordKey" ON "Person"
  FOR EACH ROW EXECUTE FUNCTION "guard_person_record_key"();
