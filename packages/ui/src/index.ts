export { AppShell, type NavItem } from "./AppShell.tsx";
export { ConfirmDialog } from "./ConfirmDialog.tsx";
export { VerificationResult } from "./VerificationResult.tsx";
export { readCookie } from "./cookies.ts";
export { downloadBlob, downloadCsv, toCsv, type CsvColumn } from "./csv.ts";
export { ACTIONS_COLUMN, ActionsHeader, DataTable, type DataTableProps } from "./DataTable.tsx";
export { TableScroll } from "./TableScroll.tsx";
export { SimpleTable, type SimpleColumn, type SimpleTableProps } from "./SimpleTable.tsx";
export { errorCode, errorMessage, fieldErrorsOf, isClientError } from "./errors.ts";
export { Field, applyServerErrors, type FieldControlProps, type ServerErrorForm } from "./Field.tsx";
export {
  WorkProcessChecklist,
  filterWorkProcessGroups,
  type WorkProcessGroup,
} from "./WorkProcessChecklist.tsx";
export { FormPanel, type FormPanelProps } from "./FormPanel.tsx";
export { ActionField, ActionForm } from "./ActionForm.tsx";
export { ReflectionList, type ReflectionItem } from "./ReflectionList.tsx";
export { ContactLine } from "./ContactLine.tsx";
export { Section } from "./Section.tsx";
export { LearningTeamFrame, LearningTeamGoals, type LearningTeamView } from "./LearningTeamFrame.tsx";
export { PersonNameFields, type PersonNameValues } from "./PersonNameFields.tsx";
export { HoursPerWeekField } from "./HoursPerWeekField.tsx";
export { ReasonField } from "./ReasonField.tsx";
export { LabelOptions } from "./LabelOptions.tsx";
export { LoginPage, redirectTarget } from "./LoginPage.tsx";
export {
  COACH_ROLES,
  PEOPLE_ACTIONS,
  PERMISSIONS,
  ROLES,
  ROLES_OF_KIND,
  can,
  type CoachRole,
  type Permission,
  type Role,
  type StaffedKind,
} from "./roles.ts";
export { CopyLinkField } from "./CopyLinkField.tsx";
export { ColleaguesPage } from "./ColleaguesPage.tsx";
export { InvitationPage } from "./InvitationPage.tsx";
export { useRoles } from "./useRoles.ts";
export { ErrorMessage, QueryState } from "./QueryState.tsx";
export { RowProblem } from "./RowProblem.tsx";
export { compareFamilyNames, compareValues, type PersonName } from "./sort.ts";
export {
  CSRF_COOKIE,
  CSRF_HEADER,
  TrpcProvider,
  createClient,
  createQueryClient,
  useTRPC,
  useTRPCClient,
} from "./trpc.tsx";
export { usePageTitle } from "./usePageTitle.ts";
export {
  formatAmountUpTo,
  formatCents,
  formatCodeTitle,
  formatDate,
  formatDurationMonths,
  formatEuro,
  formatPeriod,
  titleWithLearningRoute,
} from "./format.ts";
export { describeNotification, type NotificationItem } from "./notifications.ts";
export * from "./labels.ts";
