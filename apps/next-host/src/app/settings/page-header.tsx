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
export function titleOf(page: SettingsPage): string {
  return texts.pages[page].title
}
