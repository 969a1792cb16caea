'use client'

import type { IdpStrategy } from '@myorg-kit/client'
import type { ReactNode } from 'react'

import { Button } from '../../../ui/button.tsx'
import { useWizardScope } from '../wizard-context.tsx'
import { type ValueRow, setupSheetFileName, setupSheetText } from './setup-sheet.ts'

/** Prints `text` from a hidden frame, so the page itself is not printed. */
function printText(text: string): void {
  const frame = document.createElement('iframe')
  frame.setAttribute('aria-hidden', 'true')
  frame.style.cssText = 'position:fixed;inline-size:0;block-size:0;border:0'
  document.body.append(frame)
  const doc = frame.contentDocument
  const win = frame.contentWindow
  if (doc && win) {
    const pre = doc.createElement('pre')
    pre.style.cssText = 'font:14px/1.5 system-ui,sans-serif;white-space:pre-wrap'
    pre.textContent = text
    doc.body.append(pre)
    win.focus()
    win.print()
  }
  setTimeout(() => {
    frame.remove()
  }, 1000)
}

/** Saves `text` as a plain-text file. */
function downloadText(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain' }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.click()
  setTimeout(() => {
    URL.revokeObjectURL(url)
  }, 1000)
}

/** Props of {@link SetupSheetActions}. */
export interface SetupSheetActionsProps {
  strategy: IdpStrategy
  rows: readonly ValueRow[]
  /** The connection name (the file's name). */
  name: string
}

/** Print and download the setup sheet for the IdP admin. */
export function SetupSheetActions(props: SetupSheetActionsProps): ReactNode {
  const { t, slot } = useWizardScope()
  const { strategy } = props
  const text = setupSheetText(t, strategy, props.rows)
  const print = (): void => {
    printText(text)
  }
  const download = (): void => {
    downloadText(text, setupSheetFileName(t, strategy, props.name))
  }
  return (
    <div {...slot('sheet')}>
      <Button size="sm" onClick={print}>
        {t('idpWizard.spValues.sheet.print')}
      </Button>
      <Button size="sm" onClick={download}>
        {t('idpWizard.spValues.sheet.download')}
      </Button>
    </div>
  )
}
