/** Base of the typed errors core throws for bad input; `message` is Dutch and fit for a user. */
export class CoreInputError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class UnknownReferenceError extends CoreInputError {
  constructor(
    readonly kind: string,
    readonly ref: string,
  ) {
    super("UNKNOWN_REFERENCE", `Onbekende ${kind}: ${ref}. Kies een ${kind} uit de catalogus.`);
  }
}

export class ForeignWorkProcessError extends CoreInputError {
  constructor(
    readonly workProcessId: string,
    readonly qualificationId: string,
  ) {
    super(
      "FOREIGN_WORK_PROCESS",
      `Werkproces ${workProcessId} hoort niet bij het kwalificatiedossier van ${qualificationId}.`,
    );
  }
}

export class FutureEvidenceError extends CoreInputError {
  constructor(
    readonly ref: string,
    readonly date: string,
  ) {
    super(
      "FUTURE_EVIDENCE",
      `${ref} is gedateerd op ${date}, in de toekomst. Gebruik de datum waarop het bewijs is geleverd.`,
    );
  }
}

export class DuplicateEvidenceError extends CoreInputError {
  constructor(readonly evidenceId: string) {
    super("DUPLICATE_EVIDENCE", `Bewijs ${evidenceId} staat er twee keer in. Verwijder het dubbele bewijs.`);
  }
}

export class InvalidDateError extends CoreInputError {
  constructor(
    readonly field: string,
    readonly value: string,
  ) {
    super(
      "INVALID_DATE",
      `De ${field} ${value} is geen geldige datum. Gebruik jjjj-mm-dd tussen 1900 en 2100.`,
    );
  }
}

export class CredentialContentError extends CoreInputError {
  constructor(
    readonly credentialRef: string,
    readonly unexpected: string[],
    readonly absent: string[],
  ) {
    super(
      "CREDENTIAL_CONTENT",
      `${credentialRef} vermeldt andere werkprocessen dan de catalogus` +
        `${unexpected.length ? ` (niet in de catalogus: ${unexpected.join(", ")})` : ""}` +
        `${absent.length ? ` (ontbreekt: ${absent.join(", ")})` : ""}. Neem de werkprocessen over zoals ze op het certificaat staan.`,
    );
  }
}

export class NotForRvoError extends CoreInputError {
  constructor(readonly reasons: string[]) {
    super("NOT_FOR_RVO", reasons.join(" "));
  }
}
