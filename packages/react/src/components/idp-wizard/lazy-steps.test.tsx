// Its own file: the first test to reach a step is the one that loads the step's code.
import { fireEvent, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { renderWithMyOrg } from '../../../test/render.tsx'
import { IdpWizard } from './idp-wizard.tsx'

describe('IdpWizard: later steps load on first use', () => {
  it('shows the next step after Continue even while its code is still loading', async () => {
    renderWithMyOrg(<IdpWizard />)
    fireEvent.click(await screen.findByRole('radio', { name: /^Okta/ }))
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }))

    // At once: step 2's heading (focused, as on every step change) and a loading line.
    const heading = await screen.findByRole('heading', {
      name: 'Give these values to your IdP admin',
    })
    expect(heading).toHaveFocus()
    expect(screen.getByText('Step 2 of 6')).toBeInTheDocument()
    const step = heading.parentElement ?? document.body
    expect(within(step).getByRole('status')).toHaveTextContent('Loading…')

    // Then the step itself, in place of the loading line; focus stays on the heading.
    expect(await within(step).findByText('Callback URL (redirect URI)')).toBeInTheDocument()
    expect(within(step).queryByText('Loading…')).not.toBeInTheDocument()
    expect(heading).toHaveFocus()
  })
})
