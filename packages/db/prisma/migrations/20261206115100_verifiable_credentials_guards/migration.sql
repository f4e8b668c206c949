-- A signed credential is what its holder and anyone checking it rely on: it never changes and is never
-- deleted (a correction supersedes the issued credential, which revokes the signed one through the
-- school's status list). A school's key is kept for good so what it signed keeps verifying; its only
-- change is being retired, once.
CREATE FUNCTION "guard_signed_credential"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'Signed credential % is immutable; correct the issued credential instead', OLD."id"
    USING ERRCODE = 'integrity_constraint_violation';
END;
$$;

CREATE TRIGGER "SignedCredential_immutable"
  BEFORE UPDATE OR DELETE ON "SignedCredential"
  FOR EACH ROW EXECUTE FUNCTION "guard_signed_credential"();

CREATE FUNCTION "guard_credential_key"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD."retiredAt" IS NULL AND NEW."retiredAt" IS NOT NULL
     AND NEW."id" = OLD."id" AND NEW."schoolOrganizationId" = OLD."schoolOrganizationId"
     AND NEW."publicKeyMultibase" = OLD."publicKeyMultibase"
     AND NEW."encryptedSecretKey" = OLD."encryptedSecretKey" AND NEW."createdAt" = OLD."createdAt" THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'Credential key % is kept as it is; only retiring it once is allowed', OLD."id"
    USING ERRCODE = 'integrity_constraint_violation';
END;
$$;

CREATE TRIGGER "CredentialKey_kept"
  BEFORE UPDATE OR DELETE ON "CredentialKey"
  FOR EACH ROW EXECUTE FUNCTION "guard_credential_key"();
