import type { Metadata } from 'next'
import type { ComponentType, ReactNode } from 'react'

import { type SettingsPage, texts } from '../../lib/texts.ts'

export function PageHeader(props: { page: SettingsPage }) {
  const page = texts.pages[props.page]
  return (
    <header className="page-header">
      <h1>{page.title}</h1>
      <p className="muted">{page.intro}</p>
    </header>
  )
}

/** The browser tab's title of a settings page. */
export function titleOf(page: SettingsPage): Metadata {
  return { title: texts.pages[page].title }
}

/** A settings page that is its header and one of the kit's views, with its tab title. */
export function settingsPage(
  page: SettingsPage,
  View: ComponentType,
): { metadata: Metadata; Page: () => ReactNode } {
  const Page = () => (
    <>
      <PageHeader page={page} />
      <View />
    </>
  )
  return { metadata: titleOf(page), Page }
}
