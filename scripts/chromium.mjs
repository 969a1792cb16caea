// Finds the Chromium the browser tests drive. Playwright's own browser download does not work
// on our machines, so we use a system Chromium:
//   1. $CHROMIUM_PATH, or /usr/bin/chromium when present;
//   2. as root on Debian/Ubuntu without one: install Debian's `chromium` package;
//   3. otherwise stop and say how to get a browser.
// `node scripts/chromium.mjs` ensures one and prints its path.
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser']

/** Flags that keep headless Chromium quiet on a closed network (toolchain.md §5.3). */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** The path of a usable Chromium, or undefined. */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv) {
    if (!existsSync(fromEnv)) {
      throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`)
    }
    return fromEnv
  }
  return CANDIDATES.find((candidate) => existsSync(candidate))
}

function isDebianLike() {
  try {
    return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(readFileSync('/etc/os-release', 'utf8'))
  } catch {
    return false
  }
}

/** Finds Chromium, installing Debian's package when we may; exits with guidance otherwise. */
export function ensureChromium() {
  const found = findChromium()
  if (found) {
    return found
  }
  const root = typeof process.getuid === 'function' && process.getuid() === 0
  if (root && isDebianLike()) {
    console.log('No Chromium found: installing Debian’s chromium package (about a minute)…')
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env })
    execFileSync(
      'apt-get',
      ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-dejavu-core'],
      {
        stdio: 'inherit',
        env,
      },
    )
    const installed = findChromium()
    if (installed) {
      return installed
    }
  }
  console.error(
    [
      'The browser tests need Chromium, and none was found.',
      '  • Set CHROMIUM_PATH to a Chromium or Chrome executable, or',
      '  • install one: `sudo apt-get install chromium` (Debian/Ubuntu), `brew install --cask chromium` (macOS).',
      'Playwright’s own browser download (`npx playwright install`) is not used by this project.',
    ].join('\n'),
  )
  process.exit(1)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(`Chromium: ${ensureChromium()}`)
}
