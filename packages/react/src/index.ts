// Provider and session
export { MyOrgProvider } from './provider/my-org-provider.tsx'
export type {
  MyOrgProviderProps,
  MyOrgGetAccessToken,
  MyOrgProxyConfig,
} from './provider/my-org-provider.tsx'
export { useMyOrg } from './provider/my-org-context.ts'
export { useMyOrgClient } from './provider/use-my-org-client.ts'
export type { MyOrgContextValue, MyOrgQueryContext } from './provider/my-org-context.ts'
export { useMyOrgSession, useMyOrgPermissions } from './provider/use-my-org-session.ts'
export type { MyOrgSession, MyOrgPermissions } from './provider/use-my-org-session.ts'
export { myOrgKitScope, myOrgKitScopes } from './provider/scopes.ts'
export { createMyOrgQueryClient } from './provider/create-query-client.ts'
export type {
  TokenSourceRequest,
  TokenSourceResult,
  TokenSessionSnapshot,
} from './provider/token-session.ts'

// Data layer
export { myOrgKeys } from './api/query-keys.ts'
export type {
  MyOrgKeyScope,
  DomainListParams,
  IdentityProviderListParams,
} from './api/query-keys.ts'
export type { MyOrgQueryHookOptions, MyOrgMutationHookOptions } from './api/hook-options.ts'
export {
  orgDetailsQueryOptions,
  orgConfigurationQueryOptions,
  identityProvidersConfigurationQueryOptions,
  updateOrgDetailsMutationOptions,
  useOrgDetails,
  useUpdateOrgDetails,
  useOrgConfiguration,
  useIdentityProvidersConfiguration,
} from './api/organization.queries.ts'
export { DOMAIN_PAGE_SIZE } from './api/cursor-pages.ts'
export {
  domainsInfiniteQueryOptions,
  domainQueryOptions,
  domainIdentityProvidersQueryOptions,
  createDomainMutationOptions,
  deleteDomainMutationOptions,
  verifyDomainMutationOptions,
  useDomains,
  useDomain,
  useDomainIdentityProviders,
  useCreateDomain,
  useDeleteDomain,
  useVerifyDomain,
} from './api/domains.queries.ts'
export type { DomainsData, UseDomainsOptions } from './api/domains.queries.ts'
export {
  identityProvidersQueryOptions,
  identityProviderQueryOptions,
  createIdentityProviderMutationOptions,
  updateIdentityProviderMutationOptions,
  deleteIdentityProviderMutationOptions,
  detachIdentityProviderMutationOptions,
  refreshIdentityProviderAttributesMutationOptions,
  addIdentityProviderDomainMutationOptions,
  removeIdentityProviderDomainMutationOptions,
  useIdentityProviders,
  useIdentityProvider,
  useCreateIdentityProvider,
  useUpdateIdentityProvider,
  useDeleteIdentityProvider,
  useDetachIdentityProvider,
  useRefreshIdentityProviderAttributes,
  useAddIdentityProviderDomain,
  useRemoveIdentityProviderDomain,
} from './api/identity-providers.queries.ts'
export type {
  UseIdentityProvidersOptions,
  UpdateIdentityProviderVariables,
  IdentityProviderDomainVariables,
} from './api/identity-providers.queries.ts'
export {
  setIdentityProviderEnabledMutationOptions,
  useSetIdentityProviderEnabled,
} from './api/identity-provider-enabled.queries.ts'
export type { SetIdentityProviderEnabledVariables } from './api/identity-provider-enabled.queries.ts'
export {
  syncIdentityProviderDomainsMutationOptions,
  useSyncIdentityProviderDomains,
} from './api/identity-provider-domains.queries.ts'
export type {
  DomainLinkChange,
  DomainSyncProgress,
  DomainSyncResult,
  SyncIdentityProviderDomainsVariables,
} from './api/identity-provider-domains.queries.ts'
export {
  provisioningQueryOptions,
  createProvisioningMutationOptions,
  deleteProvisioningMutationOptions,
  refreshProvisioningAttributesMutationOptions,
  useProvisioning,
  useCreateProvisioning,
  useDeleteProvisioning,
  useRefreshProvisioningAttributes,
} from './api/provisioning.queries.ts'
export {
  scimTokensQueryOptions,
  createScimTokenMutationOptions,
  deleteScimTokenMutationOptions,
  useScimTokens,
  useCreateScimToken,
  useDeleteScimToken,
} from './api/scim-tokens.queries.ts'
export type {
  CreateScimTokenVariables,
  DeleteScimTokenVariables,
  UseCreateScimTokenResult,
} from './api/scim-tokens.queries.ts'
// Members, roles and invitations: hooks, types and the two components
export * from './members-exports.ts'
export { SecretHandOff } from './api/secret-hand-off.ts'
export {
  isSensitiveMutation,
  purgeSensitiveMutations,
  sensitiveMutationMeta,
} from './api/sensitive-mutations.ts'

// Texts
export { enUS } from './i18n/en-US.ts'
export { createMyOrgTranslator } from './i18n/translator.ts'
export type { MyOrgTranslator, MyOrgTranslatorOptions } from './i18n/translator.ts'
export { useMyOrgTranslator } from './i18n/use-my-org-translator.ts'
export { describeError } from './i18n/describe-error.ts'
export type { ErrorAction, ErrorDescription, DescribeErrorOptions } from './i18n/describe-error.ts'
export type {
  DeepPartial,
  MyOrgMessages,
  MyOrgMessageKey,
  MyOrgMessagesInput,
  MessageParams,
} from './i18n/types.ts'

// Theming
export { appearanceVariableNames } from './theming/appearance.ts'
export type { MyOrgAppearance, MyOrgAppearanceVariables, MyOrgTheme } from './theming/appearance.ts'
export { useMyOrgRootProps } from './theming/use-my-org-root-props.ts'
export type { MyOrgRootProps, UseMyOrgRootPropsOptions } from './theming/use-my-org-root-props.ts'
export { getSlotProps } from './theming/slots.ts'
export type { SlotProps } from './theming/slots.ts'

// From @myorg-kit/client: what hosts need to handle errors and type data without a second import
export {
  MyOrgError,
  MyOrgApiError,
  MyOrgNetworkError,
  MyOrgTokenError,
  MyOrgRequestValidationError,
  MyOrgResponseValidationError,
  isMyOrgError,
  isFullIdentityProvider,
} from '@myorg-kit/client'
export type {
  MyOrgClient,
  MyOrgTransport,
  MyOrgErrorKind,
  FieldIssue,
  NetworkFailureReason,
  TokenErrorCode,
  OperationName,
  MyOrgScope,
  RateLimits,
  OrgDetails,
  UpdateOrgDetailsRequest,
  OrgConfiguration,
  IdentityProvidersConfiguration,
  OrgDomain,
  DomainPage,
  DomainStatus,
  DomainIdentityProvider,
  IdentityProvider,
  IdentityProviderListItem,
  MinimalIdentityProvider,
  CreateIdentityProviderRequest,
  UpdateIdentityProviderRequest,
  IdpStrategy,
  OrganizationAccessLevel,
  ProvisioningConfig,
  ScimToken,
  CreatedScimToken,
  CreateScimTokenRequest,
} from '@myorg-kit/client'

export { MyOrgErrorNotice } from './components/error-notice/index.ts'
export type { MyOrgErrorNoticeProps, ErrorNoticeSlot } from './components/error-notice/index.ts'

export {
  OrgDetailsForm,
  ORG_BRANDING_DEFAULT_COLORS,
  createOrgDetailsSchema,
} from './components/org-details-form/index.ts'
export type {
  OrgDetailsFormProps,
  OrgDetailsFormField,
  OrgDetailsFormAction,
  OrgDetailsFormSlot,
  OrgDetailsFormValues,
} from './components/org-details-form/index.ts'

export { DomainList, normalizeDomain } from './components/domain-list/index.ts'
export type {
  DomainListProps,
  DomainListAction,
  DomainListSlot,
  NormalizedDomain,
  DomainInputProblem,
} from './components/domain-list/index.ts'

export { IdentityProviderList } from './components/identity-provider-list/index.ts'
export type {
  IdentityProviderListProps,
  IdentityProviderListAction,
  IdentityProviderListSlot,
  IdentityProviderListMessages,
  IdentityProviderListPanel,
  AttributeMappingDiff,
  DomainChangeSummary,
} from './components/identity-provider-list/index.ts'

export {
  ScimTokenManager,
  supportsScimProvisioning,
  identityProvidersConfigurationKey,
} from './components/scim-token-manager/index.ts'
export type {
  ScimTokenManagerProps,
  ScimTokenManagerAction,
  ScimTokenManagerSlot,
  ScimTokenManagerMessages,
  TokenLifetimeChoice,
  TokenLifetimeValues,
} from './components/scim-token-manager/index.ts'

export * from './invitation/index.ts'

export {
  IdpWizard,
  IDP_WIZARD_STEPS,
  getServiceProviderValues,
  parseSamlMetadata,
  parseCertificate,
  certificateStatus,
} from './components/idp-wizard/index.ts'
export type {
  IdpWizardProps,
  IdpWizardAction,
  IdpWizardStep,
  IdpWizardSlot,
  IdpWizardMessages,
  IdpWizardValues,
  IdpWizardFlags,
  ServiceProviderValues,
  ServiceProviderValuesInput,
  SamlMetadata,
  SamlMetadataParseResult,
  MetadataProblem,
  ParsedCertificate,
  CertificateParseResult,
  CertificateProblem,
  CertificateStatus,
} from './components/idp-wizard/index.ts'
