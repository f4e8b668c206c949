-- Hand-written: rules Prisma's schema language cannot express. The schema engine ignores triggers
-- and CHECK constraints when it diffs, so later generated migrations leave them alone.
-- Defence in depth: the api already never updates these rows, but a signed assessment, an issued
-- credential and the audit trail are records other parties rely on, so the database refuses too.

-- A signed assessment may still gain the co-signature of a leidinggevende; nothing else changes,
-- and it is never deleted. A correction is a new row with "supersedesId" and a reason.
CREATE FUNCTION "guard_signed_evidence"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."signedAt" IS NULL THEN
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  END IF;
  IF TG_OP = 'UPDATE'
     AND OLD."coSignedAt" IS NULL
     AND (to_jsonb(NEW) - 'coSignedAt' - 'coSignedByUserId') = (to_jsonb(OLD) - 'coSignedAt' - 'coSignedByUserId')
  THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'Evidence % is signed and cannot be changed or deleted; record a correction instead', OLD."id"
    USING ERRCODE = 'integrity_constraint_violation';
END;
$$;

CREATE TRIGGER "Evidence_append_only"
  BEFORE UPDATE OR DELETE ON "Evidence"
  FOR EACH ROW EXECUTE FUNCTION "guard_signed_evidence"();

-- An issued credential never changes, except that it can be superseded once, with a reason.
CREATE FUNCTION "guard_issued_credential"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE'
     AND OLD."supersededById" IS NULL
     AND NEW."supersededById" IS NOT NULL
     AND coalesce(btrim(NEW."supersededReason"), '') <> ''
     AND (to_jsonb(NEW) - 'supersededById' - 'supersededReason' - 'supersededAt')
       = (to_jsonb(OLD) - 'supersededById' - 'supersededReason' - 'supersededAt')
  THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'Issued credential % is immutable; issue a new credential that supersedes it, with a reason', OLD."id"
    USING ERRCODE = 'integrity_constraint_violation';
END;
$$;

CREATE TRIGGER "IssuedCredential_immutable"
  BEFORE UPDATE OR DELETE ON "IssuedCredential"
  FOR EACH ROW EXECUTE FUNCTION "guard_issued_credential"();

CREATE FUNCTION "guard_audit_event"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'Audit events are append-only' USING ERRCODE = 'integrity_constraint_violation';
END;
$$;

CREATE TRIGGER "AuditEvent_append_only"
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "guard_audit_event"();

-- The Ontwikkelpad has eight steps.
ALTER TABLE "DevelopmentPath" ADD CONSTRAINT "DevelopmentPath_currentStep_range" CHECK ("currentStep" BETWEEN 1 AND 8);
ALTER TABLE "PathStepRecord" ADD CONSTRAINT "PathStepRecord_step_range" CHECK ("step" BETWEEN 1 AND 8);
ALTER TABLE "LocationGroup" ADD CONSTRAINT "LocationGroup_age_band" CHECK ("minAgeMonths" >= 0 AND "maxAgeMonths" > "minAgeMonths" AND "maxChildren" > 0);
-- A correction supersedes another record, so it must say why.
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_correction_reason" CHECK ("supersedesId" IS NULL OR coalesce(btrim("correctionReason"), '') <> '');
