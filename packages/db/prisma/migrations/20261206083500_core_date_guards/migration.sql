-- Dates core judges, kept within what core can read: every page that judges a person refuses a date
-- outside core's calendar (1900–2100), and an enrolment whose POK ends before it starts. The api refuses
-- these when they are typed; here they are refused for every other writer too. Dates after today are
-- not refused here: they become valid with time, the procedures refuse them when written.
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_assessedOn_in_calendar" CHECK ("assessedOn" BETWEEN DATE '1900-01-01' AND DATE '2100-12-31');
ALTER TABLE "HeldCredential" ADD CONSTRAINT "HeldCredential_issuedOn_in_calendar" CHECK ("issuedOn" BETWEEN DATE '1900-01-01' AND DATE '2100-12-31');
ALTER TABLE "IssuedCredential" ADD CONSTRAINT "IssuedCredential_issuedOn_in_calendar" CHECK ("issuedOn" BETWEEN DATE '1900-01-01' AND DATE '2100-12-31');
ALTER TABLE "ExamResult" ADD CONSTRAINT "ExamResult_assessedOn_in_calendar" CHECK ("assessedOn" BETWEEN DATE '1900-01-01' AND DATE '2100-12-31');
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_pok_dates_in_calendar" CHECK (
  ("pokSignedOn" IS NULL OR "pokSignedOn" BETWEEN DATE '1900-01-01' AND DATE '2100-12-31')
  AND ("pokStartDate" IS NULL OR "pokStartDate" BETWEEN DATE '1900-01-01' AND DATE '2100-12-31')
  AND ("pokEndDate" IS NULL OR "pokEndDate" BETWEEN DATE '1900-01-01' AND DATE '2100-12-31')
);
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_pok_ends_after_start" CHECK ("pokEndDate" IS NULL OR "pokStartDate" IS NULL OR "pokEndDate" >= "pokStartDate");
