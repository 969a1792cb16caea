export { createMyOrgClient, DEFAULT_RATE_LIMITS } from './create-client.ts'
export { createMyOrgTransport } from './transport.ts'
export type { MyOrgTransport } from './transport.ts'
export type { Call, CheckBody } from './resources/call.ts'
export {
  organizationOf,
  detailsOf,
  configurationOf,
  domainsOf,
  identityProvidersOf,
  membersOf,
  invitationsOf,
  rolesOf,
  clientOf,
} from './resources/accessors.ts'
export { resolveBaseUrl, resolveAgainstPage, audienceFor } from './base-url.ts'
export type {
  MyOrgClient,
  MyOrgClientOptions,
  MyOrgClientCommonOptions,
  MyOrgBearerAuth,
  MyOrgCookieAuth,
  GetAccessToken,
  TokenRequest,
  RateLimits,
  RetryOptions,
  RequestEvent,
  CallOptions,
  PageParams,
} from './client-types.ts'
export type {
  MembersClient,
  InvitationsClient,
  RolesClient,
  FieldSelection,
  MemberListParams,
  InvitationListParams,
  InvitationSort,
  CreateInvitationsOptions,
} from './member-client-types.ts'
export type { BatchOptions, BatchProgress } from './batch.ts'
export { memberBatchLimits, maxInvitationTtlSeconds } from './schemas/members.ts'
// Every error class, its guard and the pointer/path helpers: all of errors.ts is public.
export * from './errors.ts'
export { toTokenError, parseRetryAfter } from './http-failures.ts'
export { decodeAccessToken, parseScopes } from './jwt.ts'
export type { AccessTokenClaims } from './jwt.ts'
export { operations, scopesFor, canPerform } from './operations.ts'
export type { OperationName, OperationDefinition, HttpMethod } from './operations.ts'
export { myOrgScopes } from './scopes.ts'
export { domainNameProblem, toAsciiDomain } from './domain-name.ts'
export type { DomainNameProblem } from './domain-name.ts'
export type { MyOrgScope } from './scopes.ts'
export { identityProvidersConfigurationKey, isFullIdentityProvider } from './types.ts'
export type {
  OrgId,
  DomainId,
  IdentityProviderId,
  ScimTokenId,
  OrgBrandingColors,
  OrgBranding,
  OrgDetails,
  UpdateOrgDetailsRequest,
  IdpStrategy,
  OrganizationAccessLevel,
  ConnectionDeletionBehavior,
  OrgConfiguration,
  IdpStrategyConfiguration,
  IdpConfigurationStrategyKey,
  IdentityProvidersConfiguration,
  DomainStatus,
  OrgDomain,
  DomainPage,
  DomainIdentityProvider,
  IdpInitiatedOptions,
  SignatureAlgorithm,
  DigestAlgorithm,
  ProtocolBinding,
  SamlMetadataOptionsRequest,
  SamlManualOptionsRequest,
  SamlOptionsRequest,
  OidcOptionsRequest,
  OktaOptionsRequest,
  GoogleAppsOptionsRequest,
  WaadOptionsRequest,
  AdfsOptionsRequest,
  PingFederateOptionsRequest,
  IdpOptionsRequestByStrategy,
  CreateIdentityProviderRequest,
  UpdateIdentityProviderRequest,
  AttributeMapItemBase,
  IdpAttributeMapItem,
  IdpOptionsResponse,
  IdentityProvider,
  MinimalIdentityProvider,
  IdentityProviderListItem,
  ProvisioningAttributeMapItem,
  ProvisioningConfig,
  ScimToken,
  CreatedScimToken,
  CreateScimTokenRequest,
  MemberId,
  RoleId,
  InvitationId,
  Role,
  MemberAttributes,
  OrgMember,
  OrgMemberField,
  MemberPage,
  RolePage,
  MemberInvitationInviter,
  MemberInvitation,
  MemberInvitationField,
  InvitationPage,
  MemberInvitationInvitee,
  CreateMemberInvitationsRequest,
} from './types.ts'
