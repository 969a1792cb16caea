import { screen } from '@testing-library/react'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

import { renderWithMyOrg } from '../../test/render.tsx'
import { appearanceToStyle, appearanceVariableNames } from './appearance.ts'
import { getSlotProps } from './slots.ts'
import { useMyOrgRootProps } from './use-my-org-root-props.ts'

function Root({ className }: { className?: string }) {
  const props = useMyOrgRootProps({ componentClassName: 'mk-DomainList', className })
  return (
    <section aria-label="root" {...props}>
      <span {...getSlotProps('DomainList', 'row', { row: 'host-row' })}>row</span>
    </section>
  )
}

describe('theming', () => {
  it('puts data-mk-root, the theme and the appearance variables on the component root', () => {
    renderWithMyOrg(<Root className="host" />, {
      providerProps: {
        appearance: {
          theme: 'dark',
          variables: { colorPrimary: 'rebeccapurple', borderRadius: '0' },
        },
      },
    })
    const root = screen.getByRole('region', { name: 'root' })
    expect(root).toHaveAttribute('data-mk-root', '')
    expect(root).toHaveAttribute('data-mk-theme', 'dark')
    expect(root).toHaveClass('mk-DomainList', 'host')
    expect(root.style.getPropertyValue('--mk-color-primary')).toBe('rebeccapurple')
    expect(root.style.getPropertyValue('--mk-radius')).toBe('0')
  })

  it('builds slot classes and data-slot', () => {
    expect(getSlotProps('DomainList', 'row', { row: 'x' })).toEqual({
      className: 'mk-DomainList-row x',
      'data-slot': 'domain-list-row',
    })
    expect(getSlotProps('IdpWizard', 'stepHeader')).toEqual({
      className: 'mk-IdpWizard-stepHeader',
      'data-slot': 'idp-wizard-step-header',
    })
  })

  it('maps every typed variable to a variable declared in styles.css', () => {
    const css = readFileSync(join(import.meta.dirname, '../styles/styles.css'), 'utf8')
    for (const property of Object.values(appearanceVariableNames)) {
      expect(css).toContain(`${property}:`)
    }
    expect(appearanceToStyle({ colorText: '#000', colorMuted: '' })).toEqual({
      '--mk-color-text': '#000',
    })
  })

  it('keeps styles.css inside @layer mk and scoped to [data-mk-root]', () => {
    const css = readFileSync(join(import.meta.dirname, '../styles/styles.css'), 'utf8')
    const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '')
    expect(withoutComments.trim().startsWith('@layer mk {')).toBe(true)
    expect(withoutComments.trim().endsWith('}')).toBe(true)
    expect(withoutComments).not.toMatch(/(^|[\s,}])(html|body|:root)\b/)
    // Every rule's selector mentions [data-mk-root] (keyframe steps aside).
    const selectors = [...withoutComments.matchAll(/([^{};]+)\{/g)]
      .map((match) => match[1]!.trim())
      .filter((selector) => !/^(@|from|to|\d)/.test(selector))
    expect(selectors.length).toBeGreaterThan(10)
    for (const selector of selectors) {
      expect(selector).toContain('[data-mk-root]')
    }
  })
})
