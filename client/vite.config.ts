import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const page = (name: string) => fileURLToPath(new URL(name, import.meta.url));

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // Two pages: the explorer, and GraphiQL (served by the API at GET /graphql for browsers),
    // so GraphiQL's editor never weighs on the explorer's first load.
    rollupOptions: {
      input: { main: page('index.html'), graphiql: page('graphiql.html') },
      // GraphiQL's packages carry React-compiler directives ("use no memo") that bundling drops harmlessly.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
    // GraphiQL's editor (Monaco) is big by nature; only graphiql.html loads it.
    chunkSizeWarningLimit: 4000,
  },
  // `npm run dev --workspace client` proxies the API to a server started with `npm start`.
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000' } },
});
