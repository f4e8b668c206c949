import { router } from "../../../trpc.ts";
import { listReferrals, respondToReferral } from "./referrals.ts";
import { closeVacancy, createVacancy, listVacancies } from "./vacancies.ts";

export const vacanciesRouter = router({
  list: listVacancies,
  create: createVacancy,
  close: closeVacancy,
});

export const referralsRouter = router({
  list: listReferrals,
  respond: respondToReferral,
});
