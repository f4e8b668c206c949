// Prints a persona's starting point and development plan in Dutch: the rules without the portals.
import { childcareCatalog as catalog } from "../catalog/childcare/index.ts";
import { LEARNING_ROUTE_WORDS } from "../catalog/schema.ts";
import { describeMissing } from "../rules/requirements.ts";
import { assessStartingPoint } from "../rules/starting-point.ts";
import { planDevelopmentPath } from "../rules/plan.ts";
import { PERSONAS } from "../personas.ts";

const key = process.argv[2]?.toLowerCase();
const persona = PERSONAS.find((p) => p.key === key);
if (!persona) {
  console.error(`Gebruik: demo <${PERSONAS.map((p) => p.key).join("|")}>`);
  process.exit(2);
}
const asOf = new Date().toISOString().slice(0, 10);
const lines: string[] = [`Ontwikkelpad van ${persona.name}`, persona.story, "", "Startpunt:"];
for (const fn of assessStartingPoint(catalog, persona.profile, asOf))
  lines.push(`  ${fn.mayFill ? "✓" : "·"} ${fn.explanation}`);
const plan = planDevelopmentPath(catalog, persona.profile, persona.goal, asOf);
lines.push("", plan.alreadyMet ? "Het doel is al bereikt." : `Routes naar het doel (${plan.routes.length}):`);
plan.routes.forEach((route, i) => {
  lines.push(`  Route ${i + 1}: ${route.title} — ongeveer ${route.totalMonths} maanden`);
  for (const step of route.steps) {
    lines.push(
      `    • ${step.title} (niveau ${step.niveau}, ${LEARNING_ROUTE_WORDS[step.learningRoute]}, ${step.estimatedMonths} mnd, ${step.workProcessIds.length} werkprocessen)`,
    );
    for (const pre of step.preconditions) lines.push(`        voorwaarde: ${pre.message}`);
  }
  if (route.openRequirements.length)
    lines.push(`    Blijft open buiten de opleiding: ${describeMissing(route.openRequirements)}`);
});
console.log(lines.join("\n"));
