/** @type {import('prettier').Config} */
export const config = {
  singleQuote: true,
  semi: false,
  trailingComma: 'all',
  printWidth: 100,
}
export default config
