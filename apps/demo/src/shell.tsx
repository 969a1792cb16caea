import { useEffect, useId, useRef, useState } from 'react'

import { KitPage, isKitPage } from './pages/kit-pages.tsx'
import { OverviewPage } from './pages/overview.tsx'
import { ProvisioningPage } from './pages/provisioning.tsx'
import { SingleSignOnPage } from './pages/single-sign-on.tsx'
import { usePath } from './location.ts'
import { SsoSetupPage } from './pages/sso-setup.tsx'
import { type PageId, type RouteId, navIdFor, routeFor, routes } from './routes.ts'
import { DisclosureButton } from './ui/disclosure-button.tsx'
import { Icon } from './ui/icon.tsx'
import { Link } from './ui/link.tsx'

/** The signed-in person, as the host app knows them. */
export interface DemoUser {
  name: string
  email: string
  organization: string
  role?: string | undefined
  picture?: string | undefined
}

export function Shell(props: {
  user: DemoUser
  /** Shown in Auth0 mode. */
  onSignOut?: (() => void) | undefined
}) {
  const path = usePath()
  const route = routeFor(path)

  useEffect(() => {
    document.title = `${route?.label ?? 'Page not found'} · Organization settings · Lumen Analytics`
  }, [route])

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <Link to="/" className="brand">
          <span className="brand-mark" aria-hidden="true">
            <svg viewBox="0 0 32 32" width="28" height="28">
              <rect width="32" height="32" rx="8" fill="currentColor" />
              <path
                d="M10 8v16h13"
                stroke="var(--brand-mark-contrast)"
                strokeWidth="3.5"
                fill="none"
                strokeLinecap="round"
                strokeLinejoin="round"
              />
              <circle cx="21" cy="12" r="3" fill="var(--brand-mark-contrast)" />
            </svg>
          </span>
          <span className="brand-name">
            Lumen <span className="brand-name-light">Analytics</span>
          </span>
        </Link>
        {/* The rest of the host product, for context only. */}
        <div className="product-nav" aria-hidden="true">
          <span className="product-nav-item">Dashboards</span>
          <span className="product-nav-item">Reports</span>
          <span className="product-nav-item" data-active="true">
            Settings
          </span>
        </div>
        <UserMenu user={props.user} onSignOut={props.onSignOut} />
      </header>
      <div className="layout">
        <nav className="sidenav" aria-label="Organization settings">
          <p className="sidenav-title" aria-hidden="true">
            Organization settings
          </p>
          <p className="sidenav-org">{props.user.organization}</p>
          <ul>
            {routes.map((item) => (
              <li key={item.id}>
                <Link
                  to={item.path}
                  className="sidenav-link"
                  aria-current={item.id === navIdFor(route) ? 'page' : undefined}
                >
                  <NavIcon id={item.id} />
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" className="main" tabIndex={-1}>
          <Page id={route?.id} userName={props.user.name} />
        </main>
      </div>
    </div>
  )
}

function Page(props: { id: PageId | undefined; userName: string }) {
  if (props.id !== undefined && isKitPage(props.id)) {
    return <KitPage id={props.id} userName={props.userName} />
  }
  switch (props.id) {
    case 'overview':
      return <OverviewPage userName={props.userName} />
    case 'sso':
      return <SingleSignOnPage />
    case 'provisioning':
      return <ProvisioningPage />
    case 'sso-new':
      return <SsoSetupPage />
    case 'sso-edit':
      return <SsoSetupPage edit />
    case undefined:
      return (
        <div className="not-found">
          <h1>Page not found</h1>
          <p className="page-intro">
            This settings page does not exist. <Link to="/">Go to the overview</Link>.
          </p>
        </div>
      )
  }
}

const icons: Record<RouteId, string> = {
  overview: 'M3 3h7v7H3zM14 3h7v4h-7zM14 11h7v10h-7zM3 14h7v7H3z',
  general: 'M4 21V8l8-5 8 5v13M9 21v-6h6v6',
  members:
    'M17 21v-2a4 4 0 0 0-4-4H5a4 4 0 0 0-4 4v2M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8M23 21v-2a4 4 0 0 0-3-3.87M16 3.13a4 4 0 0 1 0 7.75',
  invitations: 'M3 5h18v14H3zM3 5l9 8 9-8',
  domains: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM3 12h18M12 3c3 3 3 15 0 18M12 3c-3 3-3 15 0 18',
  sso: 'M7 11V8a5 5 0 0 1 10 0v3M5 11h14v10H5zM12 15v2',
  provisioning:
    'M16 21v-2a4 4 0 0 0-4-4H6a4 4 0 0 0-4 4v2M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8M19 8v6M22 11h-6',
}

function NavIcon(props: { id: RouteId }) {
  return (
    <Icon className="nav-icon" size={18}>
      <path d={icons[props.id]} />
    </Icon>
  )
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('')
}

function UserMenu(props: { user: DemoUser; onSignOut?: (() => void) | undefined }) {
  const { user } = props
  const [open, setOpen] = useState(false)
  const menuId = useId()
  const ref = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (!open) {
      return undefined
    }
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') {
        setOpen(false)
      }
    }
    const onPointer = (event: PointerEvent): void => {
      if (ref.current && event.target instanceof Node && !ref.current.contains(event.target)) {
        setOpen(false)
      }
    }
    const listening = new AbortController()
    document.addEventListener('keydown', onKey, { signal: listening.signal })
    document.addEventListener('pointerdown', onPointer, { signal: listening.signal })
    return () => {
      listening.abort()
    }
  }, [open])

  return (
    <div className="user-menu" ref={ref}>
      <DisclosureButton
        className="user-button"
        open={open}
        controls={menuId}
        onOpenChange={setOpen}
      >
        <Avatar user={user} />
        <span className="user-button-text">
          <span className="user-name">{user.name}</span>
          <span className="user-org">{user.organization}</span>
        </span>
        <span className="visually-hidden">, account menu</span>
        <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" className="chevron">
          <path d="M5 8l5 5 5-5" fill="none" stroke="currentColor" strokeWidth="1.8" />
        </svg>
      </DisclosureButton>
      <div id={menuId} className="user-popover" hidden={!open}>
        <div className="user-popover-head">
          <Avatar user={user} large />
          <div>
            <p className="user-name">{user.name}</p>
            <p className="muted">{user.email}</p>
          </div>
        </div>
        <dl className="user-facts">
          <div>
            <dt>Organization</dt>
            <dd>{user.organization}</dd>
          </div>
          {user.role ? (
            <div>
              <dt>Role</dt>
              <dd>{user.role}</dd>
            </div>
          ) : null}
        </dl>
        {props.onSignOut ? (
          <button type="button" className="button button-block" onClick={props.onSignOut}>
            Sign out
          </button>
        ) : (
          <p className="muted user-popover-note">
            Demo user on the mocked API. Connect a real Auth0 tenant to sign in for real.
          </p>
        )}
      </div>
    </div>
  )
}

function Avatar(props: { user: DemoUser; large?: boolean }) {
  const { user } = props
  return user.picture ? (
    <img
      className="avatar"
      data-large={props.large}
      src={user.picture}
      alt=""
      width={props.large ? 40 : 32}
      height={props.large ? 40 : 32}
    />
  ) : (
    <span className="avatar" data-large={props.large} aria-hidden="true">
      {initials(user.name)}
    </span>
  )
}
