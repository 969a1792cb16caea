/**
 * The stories every component has for an API that fails while it loads (`parameters.myOrg.api`
 * in `.storybook/preview.tsx`): the component shows one alert that says what happened. A server
 * error also offers Try again. Stories that check more (the page's own origin in the CORS
 * advice) write their own `play`.
 */
import { expect, within } from 'storybook/test'

/** The API failures the Storybook toolbar can switch on, with the words the alert must say. */
const failures = {
  'server-error': { says: ['Something went wrong on the server'], within: 15_000 },
  'rate-limited': { says: ['Too many requests'], within: 15_000 },
  cors: { says: ['The browser blocked the request', 'Allowed Origins (CORS)'], within: 8000 },
} as const

export type ApiFailure = keyof typeof failures

/** A story whose component loads from an API failing with `api`. */
export function apiFailureStory(api: ApiFailure) {
  const { says, within: timeout } = failures[api]
  return {
    parameters: { myOrg: { api } },
    play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
      const alert = await within(canvasElement).findByRole('alert', {}, { timeout })
      for (const text of says) {
        await expect(alert).toHaveTextContent(text)
      }
      if (api === 'server-error') {
        await expect(within(alert).getByRole('button', { name: 'Try again' })).toBeVisible()
      }
    },
  }
}
