import { router } from "../../../trpc.ts";
import { acceptTraining } from "./accept-training.ts";
import { declineCredential } from "./decline-credential.ts";
import { declineTraining } from "./decline-training.ts";
import { getCredential } from "./get-credential.ts";
import { getTraining } from "./get-training.ts";
import { issuePraktijkverklaring } from "./issue-praktijkverklaring.ts";
import { list } from "./list.ts";
import { sendMessage } from "./send-message.ts";

export const requestsRouter = router({
  list,
  getTraining,
  acceptTraining,
  declineTraining,
  sendMessage,
  getCredential,
  issuePraktijkverklaring,
  declineCredential,
});
