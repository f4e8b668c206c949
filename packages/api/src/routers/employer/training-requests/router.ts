import { router } from "../../../trpc.ts";
import { acceptProposal } from "./accept-proposal.ts";

export const trainingRequestsRouter = router({ acceptProposal });
