import react from '@vitejs/plugin-react'
import { defaultClientConditions, defineConfig } from 'vite'

// Workspace packages resolve to their TypeScript sources (the `@myorg-kit/source` condition), so
// the demo always runs the kit as it is in this checkout, without building the packages first.
export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['@myorg-kit/source', ...defaultClientConditions] },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { target: 'es2022', chunkSizeWarningLimit: 1000 },
})
