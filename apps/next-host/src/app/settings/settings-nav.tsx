'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'

import { type SettingsPage, texts } from '../../lib/texts.ts'

const items: { page: SettingsPage; href: string }[] = [
  { page: 'general', href: '/settings/general' },
  { page: 'members', href: '/settings/members' },
  { page: 'invitations', href: '/settings/invitations' },
  { page: 'domains', href: '/settings/domains' },
  { page: 'sso', href: '/settings/sso' },
  { page: 'provisioning', href: '/settings/provisioning' },
]

export function SettingsNav() {
  const pathname = usePathname()
  return (
    <nav className="sidenav" aria-label={texts.settingsNav}>
      <ul>
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={pathname.startsWith(item.href) ? 'page' : undefined}
            >
              {texts.pages[item.page].label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
