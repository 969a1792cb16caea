'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'

import { type SettingsPage, texts } from '../../lib/texts.ts'

/** The pages in the navigation, in order: each one is at `/settings/<page>`. */
const navPages: readonly SettingsPage[] = [
  'general',
  'members',
  'invitations',
  'domains',
  'sso',
  'provisioning',
]

export function SettingsNav() {
  const pathname = usePathname()
  return (
    <nav className="sidenav" aria-label={texts.settingsNav}>
      <ul>
        {navPages.map((page) => {
          const href = `/settings/${page}`
          return (
            <li key={page}>
              <Link href={href} aria-current={pathname.startsWith(href) ? 'page' : undefined}>
                {texts.pages[page].label}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
