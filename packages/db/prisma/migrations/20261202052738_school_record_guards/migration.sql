-- Hand-written: the school's records that others rely on are guarded by the database too, as signed
-- evidence, issued credentials and audit events are (see …_append_only_guards). The api never changes
-- them; a correction is a new row that supersedes, with a reason.

-- An exam result moves along its log until the examencommissie establishes it. From then on the only
-- change is being marked CORRECTED when a correction supersedes it; a withdrawn or corrected result
-- never changes. No exam result is ever deleted.
CREATE FUNCTION "guard_exam_result"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD."status" IN ('REGISTERED', 'ASSESSED') THEN
    RETURN NEW;
  END IF;
  IF TG_OP = 'UPDATE'
     AND OLD."status" = 'ESTABLISHED'
     AND NEW."status" = 'CORRECTED'
     AND (to_jsonb(NEW) - 'status') = (to_jsonb(OLD) - 'status')
  THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'Exam result % is %: it cannot be changed or deleted; record a correction instead', OLD."id", OLD."status"
    USING ERRCODE = 'integrity_constraint_violation';
END;
$$;

CREATE TRIGGER "ExamResult_guarded"
  BEFORE UPDATE OR DELETE ON "ExamResult"
  FOR EACH ROW EXECUTE FUNCTION "guard_exam_result"();

-- The exam log, the attendance register and the coaching log are append-only.
CREATE FUNCTION "guard_school_record"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% % is append-only; record a correction instead', TG_TABLE_NAME, OLD."id"
    USING ERRCODE = 'integrity_constraint_violation';
END;
$$;

CREATE TRIGGER "ExamResultEvent_append_only"
  BEFORE UPDATE OR DELETE ON "ExamResultEvent"
  FOR EACH ROW EXECUTE FUNCTION "guard_school_record"();

CREATE TRIGGER "PokAttendance_append_only"
  BEFORE UPDATE OR DELETE ON "PokAttendance"
  FOR EACH ROW EXECUTE FUNCTION "guard_school_record"();

CREATE TRIGGER "PokCoaching_append_only"
  BEFORE UPDATE OR DELETE ON "PokCoaching"
  FOR EACH ROW EXECUTE FUNCTION "guard_school_record"();

-- A correction supersedes another record, so it must say why.
ALTER TABLE "ExamResult" ADD CONSTRAINT "ExamResult_correction_reason" CHECK ("supersedesId" IS NULL OR coalesce(btrim("correctionReason"), '') <> '');
ALTER TABLE "PokAttendance" ADD CONSTRAINT "PokAttendance_correction_reason" CHECK ("supersedesId" IS NULL OR coalesce(btrim("correctionReason"), '') <> '');
ALTER TABLE "PokCoaching" ADD CONSTRAINT "PokCoaching_correction_reason" CHECK ("supersedesId" IS NULL OR coalesce(btrim("correctionReason"), '') <> '');
