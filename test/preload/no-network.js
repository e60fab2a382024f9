'use strict';
/**
 * Makes every way out to the network throw, in this process and in every Node process it
 * starts: loaded through mocha's `--require` (see .mocharc.json), it adds itself to
 * NODE_OPTIONS, so the CLI and language server that tests spawn inherit it.
 *
 * Blocked: TCP and TLS connects (net, tls, http, https, http2, fetch), UDP sends and
 * every DNS lookup but that of a loopback name. Not blocked: local IPC sockets (a `path`
 * connect) and listening.
 *
 * MELDCODE_NETWORK_ALLOW=loopback lets TCP connects to 127.0.0.1/::1/localhost through
 * (for a harness that drives a local editor server); nothing else is ever allowed.
 * MELDCODE_NETWORK_LOG=<file>: every blocked attempt is also appended to that file, so a
 * test can see attempts that the code under test caught and swallowed.
 */
const fs = require('node:fs');
const net = require('node:net');
const tls = require('node:tls');
const dns = require('node:dns');
const dgram = require('node:dgram');
const http = require('node:http');
const https = require('node:https');
const http2 = require('node:http2');

const MARK = Symbol.for('meldcode.no-network');

if (!globalThis[MARK]) {
  globalThis[MARK] = true;
  install();
}

function install() {
  const allowLoopback = process.env.MELDCODE_NETWORK_ALLOW === 'loopback';
  const loopbackHosts = new Set(['127.0.0.1', '::1', 'localhost', '[::1]']);

  function blocked(what) {
    const message = `Network access is disabled in tests: ${what}`;
    const logFile = process.env.MELDCODE_NETWORK_LOG;
    if (logFile) {
      try {
        fs.appendFileSync(logFile, `${process.pid} ${what}\n`);
      } catch {
        // the log is a convenience; the throw below is what counts
      }
    }
    const error = new Error(message);
    error.code = 'ENETWORKDISABLED';
    return error;
  }

  /** Reads host/port/path from any of the argument shapes net.connect accepts. */
  function target(args) {
    let [first, second] = args;
    if (Array.isArray(first)) first = first[0]; // internal normalized form
    if (first && typeof first === 'object') {
      return { path: first.path, host: first.host ?? first.hostname ?? 'localhost', port: first.port };
    }
    if (typeof first === 'string' && !/^\d+$/.test(first)) return { path: first };
    return { host: typeof second === 'string' ? second : 'localhost', port: first };
  }

  function allowed(args) {
    const { path, host } = target(args);
    if (path !== undefined && path !== null) return true; // a local IPC socket or pipe
    return allowLoopback && loopbackHosts.has(String(host));
  }

  function describe(name, args) {
    const { host, port } = target(args);
    return `${name}(${host}:${port})`;
  }

  const originalSocketConnect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function connect(...args) {
    if (!allowed(args)) throw blocked(describe('net.Socket.connect', args));
    return originalSocketConnect.apply(this, args);
  };

  const originalNetConnect = net.connect;
  const guardedNetConnect = function connect(...args) {
    if (!allowed(args)) throw blocked(describe('net.connect', args));
    return originalNetConnect.apply(this, args);
  };
  net.connect = guardedNetConnect;
  net.createConnection = guardedNetConnect;

  const originalTlsConnect = tls.connect;
  tls.connect = function connect(...args) {
    if (!allowed(args)) throw blocked(describe('tls.connect', args));
    return originalTlsConnect.apply(this, args);
  };

  for (const [name, module] of [
    ['http', http],
    ['https', https],
  ]) {
    const originalRequest = module.request;
    const originalGet = module.get;
    const requestTarget = (args) => {
      const [first, second] = args;
      let options = first;
      if (typeof first === 'string' || first instanceof URL) {
        const url = new URL(String(first));
        options = { hostname: url.hostname, port: url.port, ...(typeof second === 'object' ? second : {}) };
      }
      if (options && options.socketPath) return { path: options.socketPath };
      const host = (options && (options.hostname || options.host)) || 'localhost';
      return { host: String(host), port: options && options.port };
    };
    const check = (method, args) => {
      const t = requestTarget(args);
      if (t.path) return;
      if (allowLoopback && loopbackHosts.has(String(t.host))) return;
      throw blocked(`${name}.${method}(${t.host}:${t.port ?? ''})`);
    };
    module.request = function request(...args) {
      check('request', args);
      return originalRequest.apply(this, args);
    };
    module.get = function get(...args) {
      check('get', args);
      return originalGet.apply(this, args);
    };
  }

  const originalHttp2Connect = http2.connect;
  http2.connect = function connect(authority, ...rest) {
    const url = new URL(String(authority));
    if (!(allowLoopback && loopbackHosts.has(url.hostname))) throw blocked(`http2.connect(${url.host})`);
    return originalHttp2Connect.call(this, authority, ...rest);
  };

  if (typeof globalThis.fetch === 'function') {
    const originalFetch = globalThis.fetch;
    globalThis.fetch = function fetch(input, init) {
      const url = new URL(typeof input === 'object' && input && 'url' in input ? input.url : String(input));
      if (!(allowLoopback && loopbackHosts.has(url.hostname))) throw blocked(`fetch(${url.href})`);
      return originalFetch.call(this, input, init);
    };
  }

  const originalDgramSend = dgram.Socket.prototype.send;
  dgram.Socket.prototype.send = function send() {
    throw blocked('dgram.send');
  };
  const originalDgramConnect = dgram.Socket.prototype.connect;
  dgram.Socket.prototype.connect = function connect() {
    throw blocked('dgram.connect');
  };
  void originalDgramSend;
  void originalDgramConnect;

  const dnsFunctions = [
    'lookup',
    'lookupService',
    'resolve',
    'resolve4',
    'resolve6',
    'resolveAny',
    'resolveCaa',
    'resolveCname',
    'resolveMx',
    'resolveNaptr',
    'resolveNs',
    'resolvePtr',
    'resolveSoa',
    'resolveSrv',
    'resolveTxt',
    'reverse',
  ];
  const blockDns = (holder, prefix) => {
    for (const name of dnsFunctions) {
      if (typeof holder[name] !== 'function') continue;
      const original = holder[name];
      holder[name] = function dnsBlocked(host, ...rest) {
        // Resolving a loopback name reads /etc/hosts, never the network; listening on localhost needs it.
        if (loopbackHosts.has(String(host))) return original.call(this, host, ...rest);
        throw blocked(`${prefix}.${name}(${typeof host === 'string' ? host : ''})`);
      };
    }
  };
  blockDns(dns, 'dns');
  blockDns(dns.promises, 'dns.promises');
  blockDns(dns.Resolver.prototype, 'dns.Resolver');
  blockDns(dns.promises.Resolver.prototype, 'dns.promises.Resolver');

  // Node processes started from here load this file too.
  const self = __filename;
  const flag = `--require ${JSON.stringify(self)}`;
  const current = process.env.NODE_OPTIONS ?? '';
  if (!current.includes(self)) process.env.NODE_OPTIONS = current ? `${current} ${flag}` : flag;
}
