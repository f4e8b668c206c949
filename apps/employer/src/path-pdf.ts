import type { RouterOutputs } from "@ontwikkelpad/api";
import {
  formatCodeTitle,
  formatEuro,
  FUNDING_APPLICATION_LABELS,
  FUNDING_ELIGIBILITY_LABELS,
  LEARNING_ROUTE_LABELS,
  TRAINING_REQUEST_STATUS_LABELS,
} from "@ontwikkelpad/ui";
import { MUTED, createPdf, dutchDate, type PlacedItem } from "@ontwikkelpad/ui/pdf";
import type { PathData } from "./path-view.ts";

/** What the Ontwikkelpad PDF shows; the page gathers it from auth.me, persons.get and paths.get. */
export interface PathPdfData {
  organization: string;
  person: {
    name: string;
    functionTitle: string | null;
    location: string | null;
    hoursPerWeek: number | null;
  };
  functions: { title: string; mayFill: boolean; explanation: string }[];
  path: {
    startedOn: string;
    currentStep: number;
    steps: { step: number; title: string; completedOn: string | null }[];
    careerPerspective: string | null;
    ambition: string | null;
    /** The goal by its name: the function, or the credential when the goal is one credential. */
    goal: string | null;
    learningRoute: string | null;
    learningHoursPerWeek: number | null;
    trainerHoursPerWeek: number | null;
    workplaceTrainer: string | null;
    /** The school and offer of the latest training request. */
    training: { school: string; offer: string | null; status: string } | null;
    /** Funding that applies or was applied for, with its amount and what it still needs. */
    funding: { title: string; status: string; amountEuro: number | null }[];
    lastReviewedOn: string | null;
    nextReviewOn: string | null;
  } | null;
  route: {
    title: string;
    totalMonths: number;
    steps: { title: string; niveau: number; learningRoute: string; estimatedMonths: number }[];
    openRequirements: string[];
  } | null;
  /** Werkprocessen with a signed "beheerst" per kerntaak. */
  progress: { code: string; title: string; mastered: number; total: number }[];
  /** "25-11-2026": when the PDF was made. */
  generatedOn: string;
}

type PersonData = RouterOutputs["employer"]["persons"]["get"];

/**
 * The PDF's content from persons.get and paths.get: the goal named by its function or credential,
 * the route the wizard shows, leerwegen, statuses and funding in words.
 */
export function toPathPdfData(
  organization: string,
  person: PersonData,
  pathData: PathData,
  progress: PathPdfData["progress"],
  credentialTitle: (id: string) => string,
  generatedOn: string,
): PathPdfData {
  const path = pathData.path;
  const route = pathData.plan?.chosenRoute ?? null;
  const goalFunction = person.functions.find((f) => f.functionId === path?.goalFunctionId);
  const request = path?.trainingRequests.at(-1);
  return {
    organization,
    person: {
      name: person.name,
      functionTitle: person.employment?.functionTitle ?? null,
      location: person.employment?.location ?? null,
      hoursPerWeek: person.employment?.hoursPerWeek ?? null,
    },
    functions: person.functions.map(({ title, mayFill, explanation }) => ({ title, mayFill, explanation })),
    path: path && {
      startedOn: path.startedOn,
      currentStep: path.currentStep,
      steps: path.steps,
      careerPerspective: path.careerPerspective,
      ambition: path.ambition,
      goal: goalFunction?.title ?? (path.goalCredentialId ? credentialTitle(path.goalCredentialId) : null),
      learningRoute: path.learningRoute && LEARNING_ROUTE_LABELS[path.learningRoute],
      learningHoursPerWeek: path.learningHoursPerWeek,
      trainerHoursPerWeek: path.trainerHoursPerWeek,
      workplaceTrainer: pathData.trainers.find((t) => t.userId === path.workplaceTrainerUserId)?.name ?? null,
      training: request
        ? {
            school: request.school,
            offer: request.offer,
            status: TRAINING_REQUEST_STATUS_LABELS[request.status],
          }
        : null,
      funding: pathData.funding
        .filter((f) => f.status === "eligible" || f.application)
        .map((f) => ({
          title: f.title,
          status: f.application
            ? FUNDING_APPLICATION_LABELS[f.application.status]
            : FUNDING_ELIGIBILITY_LABELS[f.status],
          amountEuro: f.amountEuro,
        })),
      lastReviewedOn: path.lastReviewedOn,
      nextReviewOn: path.nextReviewOn,
    },
    route: route && {
      title: route.title,
      totalMonths: route.totalMonths,
      steps: route.steps.map((s) => ({
        title: s.title,
        niveau: s.niveau,
        learningRoute: LEARNING_ROUTE_LABELS[s.learningRoute],
        estimatedMonths: s.estimatedMonths,
      })),
      openRequirements: route.openRequirements,
    },
    progress,
    generatedOn,
  };
}

const dutchNumber = (n: number | null) => (n === null ? null : n.toLocaleString("nl-NL"));

/**
 * The Ontwikkelpad of one person as pages for the conversation: organisation and person, career
 * perspective and ambition, the goal and the chosen route with its duration, school and offer,
 * praktijkopleider, hours and funding, progress, steps, review dates, and places to sign for the
 * employee, the praktijkopleider and the leidinggevende. Also returns where everything was placed.
 */
export async function layoutPathPdf(data: PathPdfData): Promise<{ bytes: Uint8Array; placed: PlacedItem[] }> {
  const w = createPdf(`Ontwikkelpad ${data.person.name}`);
  w.title(`Ontwikkelpad van ${data.person.name}`);
  w.text(`${data.organization} - gemaakt op ${data.generatedOn}`, { size: 9, color: MUTED });

  w.heading("Persoon");
  w.field("Organisatie", data.organization);
  w.field("Functie", data.person.functionTitle);
  w.field("Locatie", data.person.location);
  w.field("Uren per week", dutchNumber(data.person.hoursPerWeek));

  w.heading("Functies en waarom (nog) niet");
  w.bullets(
    data.functions.map((f) => `${f.title}: ${f.mayFill ? "mag vervullen" : "nog niet"}. ${f.explanation}`),
  );

  const path = data.path;
  if (!path) {
    w.heading("Ontwikkelpad");
    w.text("Er is nog geen Ontwikkelpad gestart.");
  } else {
    w.heading("Loopbaanperspectief en ambitie");
    w.field("Loopbaanperspectief", path.careerPerspective);
    w.field("Ambitie", path.ambition);

    w.heading("Doel en route");
    w.field("Doel", path.goal ?? "nog niet gekozen");
    if (data.route) {
      w.field("Route", `${data.route.title}, ongeveer ${data.route.totalMonths} maanden`);
      w.bullets([
        ...data.route.steps.map(
          (s) => `${s.title} (niveau ${s.niveau}, ${s.learningRoute}, ongeveer ${s.estimatedMonths} maanden)`,
        ),
        ...data.route.openRequirements.map((open) => `Blijft open: ${open}`),
      ]);
    } else if (path.learningRoute) {
      w.field("Leerweg", path.learningRoute);
    }
    w.field(
      "School en aanbod",
      path.training
        ? `${path.training.school}${path.training.offer ? `, ${path.training.offer}` : ""} (${path.training.status.toLowerCase()})`
        : "nog niet aangevraagd",
    );

    w.heading("Begeleiding, uren en financiering");
    w.field("Praktijkopleider", path.workplaceTrainer ?? "nog niet gekozen");
    w.field("Leeruren per week", dutchNumber(path.learningHoursPerWeek));
    w.field("Uren praktijkopleider per week", dutchNumber(path.trainerHoursPerWeek));
    if (path.funding.length === 0) w.field("Financiering", "geen regeling van toepassing");
    else
      w.bullets(
        path.funding.map(
          (f) =>
            `${f.title}: ${f.status.toLowerCase()}${f.amountEuro ? `, ${formatEuro(f.amountEuro)}` : ""}`,
        ),
      );

    if (data.progress.length > 0) {
      w.heading("Voortgang per kerntaak");
      w.bullets(
        data.progress.map(
          (t) => `${formatCodeTitle(t)}: ${t.mastered} van ${t.total} werkprocessen beheerst`,
        ),
      );
    }

    w.heading("Stappen");
    w.text(`Gestart op ${dutchDate(path.startedOn)}; nu bij stap ${path.currentStep}.`);
    w.bullets(
      path.steps.map((s) => {
        const status = s.completedOn
          ? `afgerond op ${dutchDate(s.completedOn)}`
          : s.step === path.currentStep
            ? "huidige stap"
            : "nog niet afgerond";
        // The status in parentheses: a step title may end in a question mark.
        return `${s.step}. ${s.title} (${status})`;
      }),
    );

    w.heading("Evaluaties");
    w.field("Laatste evaluatie", path.lastReviewedOn ? dutchDate(path.lastReviewedOn) : "nog niet geweest");
    w.field("Volgende evaluatie", path.nextReviewOn ? dutchDate(path.nextReviewOn) : "nog niet gepland");
  }

  w.heading("Akkoord");
  w.text("Besproken en afgesproken zoals hierboven beschreven.");
  w.signatures([
    { role: "Medewerker", name: data.person.name },
    { role: "Praktijkopleider", name: path?.workplaceTrainer ?? null },
    { role: "Leidinggevende", name: null },
  ]);
  return { bytes: await w.save(), placed: w.placed };
}

/** The Ontwikkelpad PDF's bytes (see `layoutPathPdf`). */
export async function buildPathPdf(data: PathPdfData): Promise<Uint8Array> {
  return (await layoutPathPdf(data)).bytes;
}
