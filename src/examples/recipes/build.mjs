// Bundles both apps as a user's bundler would, with the development condition (the library's
// development build) and development React/Vue (React's StrictMode double-runs effects only there).
import {build} from 'esbuild';

await build({
  entryPoints: ['src/react-app.jsx', 'src/vue-app.js'],
  bundle: true,
  format: 'esm',
  outdir: 'dist',
  conditions: ['development'],
  jsx: 'automatic',
  define: {
    'process.env.NODE_ENV': '"development"',
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  logLevel: 'warning',
});
