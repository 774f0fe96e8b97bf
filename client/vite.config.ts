import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  // `npm run dev --workspace client` proxies the API to a server started with `npm start`.
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000' } },
});
