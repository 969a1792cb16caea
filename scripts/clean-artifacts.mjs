// Test reports and screenshots of a previous run must not count in this one.
import { mkdirSync, rmSync } from 'node:fs'

rmSync('.artifacts', { recursive: true, force: true })
mkdirSync('.artifacts')
