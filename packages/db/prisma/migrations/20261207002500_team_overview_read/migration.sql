-- The employer's team overview with the facts the rules judge each person's own function from, as one
-- JSON document (`readTeamOverview`, src/read-models/team-overview.ts, which describes the answer).
-- A PL/pgSQL function because its statement's plan is cached for the session: the embedded database
-- plans every statement anew, and planning this one cost about as much as running it (profiled on a
-- 72-person team at national scale). Tenant scope: every table is read for `employer_id` only, as
-- `scopePersonsForEmployer` and `scopeOwnedByEmployer` do; evidence, issued credentials and exam
-- results are the person's own, whoever recorded them.
CREATE FUNCTION "team_overview"(employer_id text, as_of date, name_pattern text) RETURNS json
LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN (SELECT COALESCE(json_agg(t ORDER BY t."familyName", t."givenName"), '[]') FROM (
    SELECT p.id, p.kind, p."givenName", p."familyName", p.email, p.profile IS NOT NULL AS "hasProfile",
      CASE WHEN e."functionId" IS NOT NULL THEN json_build_object('functionId', e."functionId",
        'hoursPerWeek', e."hoursPerWeek", 'contractStart', e."contractStart", 'contractEnd', e."contractEnd",
        'locationName', (SELECT l.name FROM "Location" l WHERE l.id = e."locationId" AND l."employerOrganizationId" = employer_id))
      END AS employment,
      (SELECT json_build_object('currentStep', d."currentStep", 'careerPerspective', d."careerPerspective",
          'ambition', d.ambition, 'goalFunctionId', d."goalFunctionId", 'goalCredentialId', d."goalCredentialId",
          'learningHoursPerWeek', d."learningHoursPerWeek", 'trainerHoursPerWeek', d."trainerHoursPerWeek",
          'nextReviewAt', d."nextReviewAt",
          'completedSteps', ARRAY(SELECT s.step FROM "PathStepRecord" s WHERE s."developmentPathId" = d.id AND s."completedAt" IS NOT NULL),
          'trainingRequestStatuses', ARRAY(SELECT q.status FROM "TrainingRequest" q WHERE q."developmentPathId" = d.id))
        FROM "DevelopmentPath" d WHERE d."personId" = p.id AND d."employerOrganizationId" = employer_id AND d.status = 'ACTIVE'
        ORDER BY d."startedAt" DESC LIMIT 1) AS path,
      CASE WHEN r."functionId" IS NOT NULL THEN json_build_object('profile', p.profile, 'functionId', r."functionId",
        'groups', CASE WHEN r."locationId" IS NOT NULL THEN COALESCE((SELECT json_agg(json_build_object(
            'minAgeMonths', g."minAgeMonths", 'maxAgeMonths', g."maxAgeMonths"))
          FROM "LocationGroup" g WHERE g."locationId" = r."locationId"), '[]') END,
        'evidence', (SELECT json_agg(json_build_object('id', v.id, 'kind', v.kind, 'workProcessId', v."workProcessId",
            'result', v.result, 'assessedOn', v."assessedOn", 'signedAt', v."signedAt", 'coSignedAt', v."coSignedAt",
            'supersedesId', v."supersedesId", 'schoolOrganizationId', v."schoolOrganizationId"))
          FROM "Evidence" v WHERE v."personId" = p.id),
        'credentials', (SELECT json_agg(json_build_object('id', c.id, 'kind', c.kind, 'credentialId', c."credentialId",
            'workProcessIds', c."workProcessIds", 'schoolOrganizationId', c."schoolOrganizationId",
            'issuedOn', c."issuedOn", 'supersededById', c."supersededById"))
          FROM "IssuedCredential" c WHERE c."personId" = p.id),
        'heldCredentials', (SELECT json_agg(json_build_object('kind', h.kind, 'credentialId', h."credentialId",
            'title', h.title, 'educationLevel', h."educationLevel", 'diplomaGroup', h."diplomaGroup",
            'issuedOn', h."issuedOn", 'workProcessIds', h."workProcessIds", 'originIssuerDid', h."originIssuerDid")
            ORDER BY h."issuedOn" DESC)
          FROM "HeldCredential" h
          WHERE h."personId" = p.id AND h."employerOrganizationId" = employer_id AND h."archivedAt" IS NULL),
        'enrolments', (SELECT json_agg(json_build_object('credentialId', n."credentialId",
            'learningRoute', n."learningRoute", 'pokSignedOn', n."pokSignedOn", 'pokStartDate', n."pokStartDate",
            'pokEndDate', n."pokEndDate") ORDER BY n."createdAt" DESC)
          FROM "Enrolment" n WHERE n."personId" = p.id AND n."employerOrganizationId" = employer_id AND n.status = 'ACTIVE'),
        'examResults', (SELECT json_agg(json_build_object('generiekDeelPart', x."generiekDeelPart", 'status', x.status,
            'outcome', x.outcome, 'assessedOn', x."assessedOn",
            'supersededById', (SELECT y.id FROM "ExamResult" y WHERE y."supersedesId" = x.id)))
          FROM "ExamResult" x WHERE x."personId" = p.id AND x."generiekDeelPart" IS NOT NULL),
        'ontwikkelplans', (SELECT count(*) FROM "DevelopmentPath" o
          WHERE o."personId" = p.id AND o."employerOrganizationId" = employer_id AND o.status = 'ACTIVE'
            AND (o."goalFunctionId" IS NOT NULL OR o."goalCredentialId" IS NOT NULL)))
      END AS standing
    FROM "Person" p
    -- The latest own employment (the overview shows it), and the latest running on as_of (it is judged).
    LEFT JOIN LATERAL (SELECT j."functionId", j."hoursPerWeek", j."locationId", j."contractStart", j."contractEnd"
      FROM "Employment" j WHERE j."personId" = p.id AND j."employerOrganizationId" = employer_id
      ORDER BY j."contractStart" DESC LIMIT 1) e ON true
    LEFT JOIN LATERAL (SELECT j."functionId", j."locationId"
      FROM "Employment" j WHERE j."personId" = p.id AND j."employerOrganizationId" = employer_id
        AND (j."contractEnd" IS NULL OR j."contractEnd" >= as_of)
      ORDER BY j."contractStart" DESC LIMIT 1) r ON true
    WHERE p."employerOrganizationId" = employer_id AND p."archivedAt" IS NULL
      AND (name_pattern IS NULL OR p."givenName" ILIKE name_pattern OR p."familyName" ILIKE name_pattern)
  ) t);
END;
$$;
