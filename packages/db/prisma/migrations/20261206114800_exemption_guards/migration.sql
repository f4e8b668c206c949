-- A vrijstelling is decided once by the examencommissie (WEB art. 7.4.6) and never changes after:
-- a request may move to GRANTED or REFUSED with who decided, when and why; a decided row is final and
-- no row is deleted. A correction is a new, decided row that supersedes one, with a reason.
CREATE FUNCTION "guard_exemption"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'Exemption % cannot be deleted; record a correction instead', OLD."id"
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  IF OLD."status" = 'REQUESTED'
     AND NEW."status" IN ('GRANTED', 'REFUSED')
     AND NEW."decidedByUserId" IS NOT NULL
     AND NEW."decidedOn" IS NOT NULL
     AND (NEW."id", NEW."schoolOrganizationId", NEW."personId", NEW."credentialId", NEW."workProcessIds",
          NEW."ground", NEW."groundDetail", NEW."requestedByUserId", NEW."supersedesId",
          NEW."correctionReason", NEW."createdAt")
         IS NOT DISTINCT FROM
         (OLD."id", OLD."schoolOrganizationId", OLD."personId", OLD."credentialId", OLD."workProcessIds",
          OLD."ground", OLD."groundDetail", OLD."requestedByUserId", OLD."supersedesId",
          OLD."correctionReason", OLD."createdAt") THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'Exemption % is decided or changed out of order; record a correction instead', OLD."id"
    USING ERRCODE = 'integrity_constraint_violation';
END;
$$;

CREATE TRIGGER "Exemption_guarded"
  BEFORE UPDATE OR DELETE ON "Exemption"
  FOR EACH ROW EXECUTE FUNCTION "guard_exemption"();

-- A decision says who and when; a correction is itself a decision and says why.
ALTER TABLE "Exemption" ADD CONSTRAINT "Exemption_decided" CHECK (
  "status" = 'REQUESTED' OR ("decidedByUserId" IS NOT NULL AND "decidedOn" IS NOT NULL)
);
ALTER TABLE "Exemption" ADD CONSTRAINT "Exemption_correction_reason" CHECK (
  "supersedesId" IS NULL OR ("status" <> 'REQUESTED' AND coalesce(btrim("correctionReason"), '') <> '')
);
ALTER TABLE "Exemption" ADD CONSTRAINT "Exemption_decidedOn_in_calendar" CHECK (
  "decidedOn" IS NULL OR "decidedOn" BETWEEN DATE '1900-01-01' AND DATE '2100-12-31'
);
