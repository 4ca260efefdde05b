// Bundles the apps as a user's bundler would, with the development condition (the library's
// development build) and development React/Vue (React's StrictMode double-runs effects only there).
import {readFile} from 'node:fs/promises';
import {build} from 'esbuild';
import {compileScript, parse} from 'vue/compiler-sfc';

// What @vitejs/plugin-vue's template.compilerOptions would be: without it, the compiled template
// looks for a component named dialpad-cti.
const compilerOptions = {isCustomElement: (tag) => tag === 'dialpad-cti'};

// The least of what Vite's Vue plugin does: a <script setup> SFC, its template compiled in.
const sfc = {
  name: 'vue-sfc',
  setup(b) {
    b.onLoad({filter: /\.vue$/}, async ({path}) => {
      const {descriptor} = parse(await readFile(path, 'utf8'), {filename: path, templateParseOptions: compilerOptions});
      const script = compileScript(descriptor, {id: path, inlineTemplate: true, templateOptions: {compilerOptions}});
      return {contents: script.content, loader: 'js'};
    });
  },
};

await build({
  entryPoints: ['src/react-app.jsx', 'src/vue-app.js', 'src/react-element-app.jsx', 'src/vue-element-app.js'],
  bundle: true,
  format: 'esm',
  outdir: 'dist',
  conditions: ['development'],
  jsx: 'automatic',
  plugins: [sfc],
  define: {
    'process.env.NODE_ENV': '"development"',
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  logLevel: 'warning',
});
