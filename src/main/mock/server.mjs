#!/usr/bin/env node
// dialpad-cti-mock: serves the mock Dialpad CTI from this folder with Node's own http module.
//   dialpad-cti-mock [--port 8089] [--host 127.0.0.1]
// Mount it with DialpadCti.mount(el, {url: 'http://127.0.0.1:8089/mock-cti.html'}). Ctrl-C or
// SIGTERM stops it. No dependencies.
import {createServer} from 'node:http';
import {readFile} from 'node:fs/promises';
import {dirname, extname, join, normalize, sep} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));
const types = {'.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8'};

const USAGE = 'Usage: dialpad-cti-mock [--port 8089] [--host 127.0.0.1]';
// The demo's own mock is on 8081: a different default, so both can run at once.
const DEFAULT_PORT = '8089';

function fail(message) {
  console.error(`dialpad-cti-mock: ${message}\n${USAGE}`);
  process.exit(2);
}

// --name value or --name=value, for --port and --host only; anything else is refused, so a typo
// (--prot 9999) never starts a server on a port nobody asked for.
function parse(args) {
  const options = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--help' || arg === '-h') {
      console.log(`${USAGE}\nServes the mock Dialpad CTI; mount it with {url: "http://<host>:<port>/mock-cti.html"}.`);
      process.exit(0);
    }
    const match = /^--(port|host)(?:=(.*))?$/s.exec(arg);
    if (!match) fail(`unknown argument ${JSON.stringify(arg)}`);
    const value = match[2] !== undefined ? match[2] : args[++i];
    if (value === undefined || value.trim() === '') fail(`--${match[1]} needs a value`);
    options[match[1]] = value.trim();
  }
  return options;
}

const options = parse(process.argv.slice(2));
const portText = options.port ?? DEFAULT_PORT;
const port = /^\d{1,5}$/.test(portText) ? Number(portText) : NaN;
const host = options.host ?? '127.0.0.1';
if (!(port >= 0 && port <= 65535)) fail(`--port must be a number from 0 to 65535, not ${JSON.stringify(portText)}`);

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
  const why = error.code === 'EADDRINUSE' ? `port ${port} is in use on ${host}: choose another with --port`
    : error.code === 'EACCES' ? `no permission to listen on port ${port}: choose another with --port`
    : error.message;
  console.error(`dialpad-cti-mock: ${why}`);
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
