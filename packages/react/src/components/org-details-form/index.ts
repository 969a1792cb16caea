export { OrgDetailsForm } from './org-details-form.tsx'
export type {
  OrgDetailsFormProps,
  OrgDetailsFormField,
  OrgDetailsFormAction,
} from './org-details-form.tsx'
export type { OrgDetailsFormSlot } from './org-details-form.slots.ts'
export { ORG_BRANDING_DEFAULT_COLORS, createOrgDetailsSchema } from './org-details-form.schema.ts'
export type { OrgDetailsFormValues } from './org-details-form.schema.ts'
