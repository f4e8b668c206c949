import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FormPanel, type FormPanelProps } from "./FormPanel.tsx";

const render = (props: Partial<FormPanelProps> = {}) =>
  renderToStaticMarkup(
    createElement(FormPanel, {
      title: "Groep toevoegen",
      error: null,
      submitLabel: "Groep opslaan",
      pending: false,
      onSubmit: () => {},
      ...props,
    }),
  );

describe("FormPanel", () => {
  it("names the form after its legend", () => {
    const html = render();
    const id = /aria-labelledby="([^"]+)"/.exec(html)?.[1];
    expect(id).toBeTruthy();
    expect(html).toContain(`<legend id="${id}">Groep toevoegen</legend>`);
  });

  it("announces the form error and lays out the grid before the full-width fields", () => {
    const html = render({ error: "Er ging iets mis.", grid: "rooster", children: "breed" });
    expect(html).toContain('<p class="form-error" role="alert">Er ging iets mis.</p>');
    expect(html.indexOf('<div class="form-grid">rooster</div>')).toBeLessThan(html.indexOf("breed"));
    expect(render()).not.toContain("form-error");
    expect(render()).not.toContain("form-grid");
  });

  it("shows the pending label while saving, and Annuleren only with onCancel", () => {
    expect(render({ pending: true })).toContain(
      '<button type="submit" disabled="">Bezig met opslaan…</button>',
    );
    expect(render({ pending: true, pendingLabel: "Bezig met plaatsen…" })).toContain("Bezig met plaatsen…");
    expect(render()).toContain('<button type="submit">Groep opslaan</button>');
    expect(render()).not.toContain("Annuleren");
    expect(render({ onCancel: () => {} })).toContain("Annuleren");
  });
});
