#!/usr/bin/env node
// dialpad-cti-mock: serves the mock Dialpad CTI from this folder with Node's own http module.
//   dialpad-cti-mock [--port 8081] [--host 127.0.0.1]
// Mount it with DialpadCti.mount(el, {url: 'http://127.0.0.1:8081/mock-cti.html'}). Ctrl-C or
// SIGTERM stops it. No dependencies.
import {createServer} from 'node:http';
import {readFile} from 'node:fs/promises';
import {dirname, extname, join, normalize, sep} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));
const types = {'.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8'};

function option(name, fallback) {
  const args = process.argv.slice(2);
  const i = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return fallback;
  const value = args[i].includes('=') ? args[i].slice(args[i].indexOf('=') + 1) : args[i + 1];
  if (value === undefined || value === '') {
    console.error(`dialpad-cti-mock: --${name} needs a value`);
    process.exit(2);
  }
  return value;
}

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log('Usage: dialpad-cti-mock [--port 8081] [--host 127.0.0.1]\n'
    + 'Serves the mock Dialpad CTI; mount it with {url: "http://<host>:<port>/mock-cti.html"}.');
  process.exit(0);
}
const port = Number(option('port', '8081'));
const host = option('host', '127.0.0.1');
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`dialpad-cti-mock: --port must be a number from 0 to 65535, not ${option('port')}`);
  process.exit(2);
}

const server = createServer(async (request, response) => {
  let path;
  try {
    path = decodeURIComponent(new URL(request.url, 'http://mock').pathname);
  } catch {
    response.writeHead(400, {'content-type': 'text/plain'}).end('bad request');
    return;
  }
  const file = normalize(join(root, path === '/' ? 'mock-cti.html' : path));
  // Only the mock's own files, never anything above its folder, and not this server.
  if (!file.startsWith(root + sep) || !types[extname(file)] || file.endsWith(`${sep}server.mjs`)) {
    response.writeHead(404, {'content-type': 'text/plain'}).end('not found');
    return;
  }
  try {
    const body = await readFile(file);
    response.writeHead(200, {'content-type': types[extname(file)], 'cache-control': 'no-store'}).end(body);
  } catch {
    response.writeHead(404, {'content-type': 'text/plain'}).end('not found');
  }
});
server.on('error', (error) => {
  console.error(`dialpad-cti-mock: ${error.message}`);
  process.exit(1);
});
server.listen(port, host, () => {
  const {port: actual} = server.address();
  const shown = host.includes(':') ? `[${host}]` : host;
  console.log(`Mock Dialpad CTI: http://${shown}:${actual}/mock-cti.html`);
  console.log('Mount it with DialpadCti.mount(el, {url}). Ctrl-C stops it.');
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    // Keep-alive connections would hold close() open (closeAllConnections: Node 18.2+).
    if (server.closeAllConnections) server.closeAllConnections();
  });
}
