-- A held credential uploaded as a verifiable credential is what its issuer signed, verified on upload:
-- like an issued credential it never changes and is never deleted. HR may take it off the person's
-- list once, by archiving it with a reason. Its origin comes whole (issuer, school, the signed
-- document, when it was verified) or not at all, and only when the row is made.
ALTER TABLE "HeldCredential" ADD CONSTRAINT "HeldCredential_origin_whole" CHECK (
  ("originIssuerDid" IS NULL AND "originSchoolName" IS NULL AND "originDocument" IS NULL AND "verifiedAt" IS NULL)
  OR ("originIssuerDid" IS NOT NULL AND "originSchoolName" IS NOT NULL AND "originDocument" IS NOT NULL
      AND "verifiedAt" IS NOT NULL)
);

CREATE FUNCTION "guard_uploaded_held_credential"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD."verifiedAt" IS NULL AND NEW."verifiedAt" IS NULL THEN
    RETURN NEW;
  END IF;
  IF TG_OP = 'DELETE' AND OLD."verifiedAt" IS NULL THEN
    RETURN OLD;
  END IF;
  IF TG_OP = 'UPDATE' AND OLD."verifiedAt" IS NOT NULL
     AND OLD."archivedAt" IS NULL AND NEW."archivedAt" IS NOT NULL
     AND length(trim(coalesce(NEW."archivedReason", ''))) > 0
     AND (NEW."id", NEW."personId", NEW."employerOrganizationId", NEW."kind", NEW."credentialId", NEW."title",
          NEW."educationLevel", NEW."diplomaGroup", NEW."issuedOn", NEW."institution", NEW."note",
          NEW."recordedByUserId", NEW."workProcessIds", NEW."originIssuerDid", NEW."originSchoolName",
          NEW."originDocument"::text, NEW."verifiedAt", NEW."createdAt")
         IS NOT DISTINCT FROM
         (OLD."id", OLD."personId", OLD."employerOrganizationId", OLD."kind", OLD."credentialId", OLD."title",
          OLD."educationLevel", OLD."diplomaGroup", OLD."issuedOn", OLD."institution", OLD."note",
          OLD."recordedByUserId", OLD."workProcessIds", OLD."originIssuerDid", OLD."originSchoolName",
          OLD."originDocument"::text, OLD."verifiedAt", OLD."createdAt") THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'Uploaded held credential % is kept as verified; only archiving it once is allowed', OLD."id"
    USING ERRCODE = 'integrity_constraint_violation';
END;
$$;

CREATE TRIGGER "HeldCredential_uploaded_immutable"
  BEFORE UPDATE OR DELETE ON "HeldCredential"
  FOR EACH ROW EXECUTE FUNCTION "guard_uploaded_held_credential"();
