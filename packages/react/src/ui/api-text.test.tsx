import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { ApiText } from './api-text.tsx'

/** The text between line-break opportunities, as the browser may lay it out. */
function segments(element: Element): string[] {
  return element.innerHTML.split('<wbr>')
}

describe('ApiText', () => {
  it('offers a line break before each dot, @ and slash, so a narrow column breaks between words', () => {
    const { container } = render(<ApiText value="contractor.ops@partner.example" />)
    const text = container.firstElementChild!
    expect(segments(text)).toEqual(['contractor', '.ops', '@partner', '.example'])
    // Copy, search and the accessible name see the value as the API sent it.
    expect(text).toHaveTextContent('contractor.ops@partner.example', { normalizeWhitespace: false })
    expect(text.textContent).toBe('contractor.ops@partner.example')
  })

  it('leaves a value without those characters, and a leading dot, as one text', () => {
    const { container } = render(
      <>
        <ApiText value="Wolfeschlegelsteinhausenbergerdorff" />
        <ApiText value=".well-known" />
      </>,
    )
    expect(container.querySelectorAll('wbr')).toHaveLength(0)
  })

  it('keeps markup as text between the break points', () => {
    const { container } = render(<ApiText value="<img src=x onerror=alert(1)>.acme.com" />)
    expect(container.querySelector('img')).toBeNull()
    expect(container.textContent).toBe('<img src=x onerror=alert(1)>.acme.com')
    expect(container.querySelectorAll('wbr')).toHaveLength(2)
  })

  it('does not split a very long value into thousands of parts: it wraps anywhere instead', () => {
    const value = `${'a.'.repeat(5000)}com`
    const { container } = render(<ApiText value={value} />)
    expect(container.querySelectorAll('wbr')).toHaveLength(0)
    expect(container.textContent).toBe(value)
  })
})
