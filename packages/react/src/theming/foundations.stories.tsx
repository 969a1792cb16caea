import type { Meta, StoryObj } from '@storybook/react-vite'
import type { ReactNode } from 'react'
import { expect, within } from 'storybook/test'

import { useMyOrgTranslator } from '../i18n/use-my-org-translator.ts'
import { useMyOrgRootProps } from './use-my-org-root-props.ts'

/** The kit's styling primitives, as components compose them, in the current theme. */
function Foundations(): ReactNode {
  const rootProps = useMyOrgRootProps({
    componentClassName: 'mk-Foundations',
    style: { display: 'grid', gap: '1rem' },
  })
  const { t } = useMyOrgTranslator()
  return (
    <div {...rootProps}>
      <section className="mk-card" aria-labelledby="mk-foundations-buttons">
        <h2 id="mk-foundations-buttons" className="mk-card-title">
          Buttons
        </h2>
        <div className="mk-alert-actions">
          <button type="button" className="mk-button" data-variant="primary">
            {t('common.actions.save')}
          </button>
          <button type="button" className="mk-button">
            {t('common.actions.cancel')}
          </button>
          <button type="button" className="mk-button" data-variant="danger">
            {t('common.actions.delete')}
          </button>
          <button type="button" className="mk-button" data-variant="ghost">
            {t('common.actions.edit')}
          </button>
          <button type="button" className="mk-button" data-variant="link">
            {t('common.actions.loadMore')}
          </button>
          <button type="button" className="mk-button" disabled>
            {t('common.actions.saving')}
          </button>
          <button type="button" className="mk-button" data-size="sm">
            {t('common.actions.copy')}
          </button>
        </div>
      </section>
      <section className="mk-card" aria-labelledby="mk-foundations-fields">
        <h2 id="mk-foundations-fields" className="mk-card-title">
          Fields
        </h2>
        <div className="mk-field">
          <label className="mk-label" htmlFor="mk-foundations-name">
            Display name
          </label>
          <input id="mk-foundations-name" className="mk-input" defaultValue="Acme Corp" />
          <p className="mk-description">Shown to your users on the login page.</p>
        </div>
        <div className="mk-field" data-invalid="">
          <label className="mk-label" htmlFor="mk-foundations-logo">
            Logo URL
          </label>
          <input
            id="mk-foundations-logo"
            className="mk-input"
            defaultValue="http://acme.com/logo.png"
            aria-invalid="true"
            aria-describedby="mk-foundations-logo-error"
          />
          <p id="mk-foundations-logo-error" className="mk-field-error">
            Must be an https:// URL
          </p>
        </div>
      </section>
      <section className="mk-card" aria-labelledby="mk-foundations-status">
        <h2 id="mk-foundations-status" className="mk-card-title">
          Status
        </h2>
        <p className="mk-alert-actions">
          <span className="mk-badge" data-variant="success">
            Verified
          </span>
          <span className="mk-badge" data-variant="warning">
            Pending
          </span>
          <span className="mk-badge" data-variant="danger">
            Failed
          </span>
          <span className="mk-badge" data-variant="info">
            SCIM
          </span>
          <span className="mk-badge">Disabled</span>
        </p>
        <div className="mk-alert" data-variant="success">
          <p className="mk-alert-title">{t('common.status.saved')}</p>
        </div>
        <div className="mk-alert" data-variant="warning">
          <p className="mk-alert-title">{t('common.status.unsavedChanges')}</p>
        </div>
        <p role="status" className="mk-alert-actions">
          <span className="mk-spinner" aria-hidden="true" />
          {t('common.status.loading')}
        </p>
        <div className="mk-skeleton" style={{ blockSize: '1.25rem', inlineSize: '60%' }} />
      </section>
    </div>
  )
}

const meta = {
  title: 'Foundations/Styles',
  component: Foundations,
  parameters: { layout: 'padded' },
} satisfies Meta<typeof Foundations>

export default meta
type Story = StoryObj<typeof meta>

export const Light: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('button', { name: 'Save' })).toBeVisible()
    await expect(canvas.getByRole('textbox', { name: 'Logo URL' })).toHaveAccessibleDescription(
      'Must be an https:// URL',
    )
  },
}

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector('[data-mk-root]')
    await expect(root).toHaveAttribute('data-mk-theme', 'dark')
  },
}
