// oxlint-disable-next-line import/no-unassigned-import -- the stylesheet is imported for its effect
import "@ontwikkelpad/ui/styles.css";
import { TrpcProvider } from "@ontwikkelpad/ui";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router/dom";
import { router } from "./routes.tsx";

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <TrpcProvider>
      <RouterProvider router={router} />
    </TrpcProvider>
  </StrictMode>,
);
