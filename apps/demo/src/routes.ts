/** The Organization settings pages, in navigation order. */
export const routes = [
  { id: 'overview', path: '/', label: 'Overview' },
  { id: 'general', path: '/general', label: 'General' },
  { id: 'members', path: '/members', label: 'Members' },
  { id: 'invitations', path: '/invitations', label: 'Invitations' },
  { id: 'domains', path: '/domains', label: 'Domains' },
  { id: 'sso', path: '/single-sign-on', label: 'Single sign-on' },
  { id: 'provisioning', path: '/provisioning', label: 'Provisioning' },
] as const

export type RouteId = (typeof routes)[number]['id']

/** Pages reached from another page: not in the navigation, which highlights their `parent`. */
export const subRoutes = [
  { id: 'sso-new', path: '/single-sign-on/new', label: 'New identity provider', parent: 'sso' },
  { id: 'sso-edit', path: '/single-sign-on/edit', label: 'Edit identity provider', parent: 'sso' },
] as const

export type PageId = RouteId | (typeof subRoutes)[number]['id']

/** A page: a navigation route, or a sub-route with its navigation parent. */
export type PageRoute = (typeof routes)[number] | (typeof subRoutes)[number]

export function routeFor(path: string): PageRoute | undefined {
  const normalized = path.length > 1 ? path.replace(/\/+$/, '') : path
  return [...routes, ...subRoutes].find((route) => route.path === normalized)
}

/** The navigation entry to highlight for a page. */
export function navIdFor(route: PageRoute | undefined): RouteId | undefined {
  return route && 'parent' in route ? route.parent : route?.id
}
