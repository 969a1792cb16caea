/** The Organization settings pages, in navigation order. */
export const routes = [
  { id: 'overview', path: '/', label: 'Overview' },
  { id: 'general', path: '/general', label: 'General' },
  { id: 'domains', path: '/domains', label: 'Domains' },
  { id: 'sso', path: '/single-sign-on', label: 'Single sign-on' },
  { id: 'provisioning', path: '/provisioning', label: 'Provisioning' },
] as const

export type RouteId = (typeof routes)[number]['id']

export function routeFor(path: string): (typeof routes)[number] | undefined {
  const normalized = path.length > 1 ? path.replace(/\/+$/, '') : path
  return routes.find((route) => route.path === normalized)
}
