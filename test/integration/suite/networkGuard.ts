// The product promises no network. In the extension host (shared with VS Code's built-in
// extensions) this guard records every outgoing connection whose call stack passes through
// Attest's bundle; the network test then asserts there were none other than to 127.0.0.1.
// `require` (not `import * as`) so the bundle gets the real, mutable module objects to patch.
/* eslint-disable @typescript-eslint/no-require-imports */
import dns = require('node:dns');
import http = require('node:http');
import https = require('node:https');
import net = require('node:net');
import * as path from 'node:path';
import tls = require('node:tls');

export interface ConnectionAttempt {
  api: string;
  target: string;
  /** The watched path the call came through. */
  source: string;
  stack: string;
}

/** The extension's bundle, as it appears in stack traces. */
export const EXTENSION_BUNDLE = `${path.sep}dist${path.sep}extension.js`;

// Each test file is bundled on its own, so this module exists once per bundle: keep the state global.
interface GuardState {
  attempts: ConnectionAttempt[];
  watchedPaths: string[];
  installed: boolean;
}
const stateKey = Symbol.for('attest.integration.networkGuard');
const globalSlot = globalThis as unknown as Record<symbol, GuardState | undefined>;
const state: GuardState = (globalSlot[stateKey] ??= { attempts: [], watchedPaths: [], installed: false });
const attempts = state.attempts;

function record(api: string, target: string): void {
  const stack = new Error().stack ?? '';
  const source = state.watchedPaths.find((p) => stack.includes(p));
  if (source !== undefined) {
    attempts.push({ api, target, source, stack });
  }
}

function describeTarget(args: unknown[]): string {
  const [first, second] = args;
  if (typeof first === 'object' && first !== null) {
    const options = first as { host?: string; hostname?: string; port?: number; path?: string; href?: string };
    if (options.href) {
      return options.href;
    }
    return options.path && !options.host && !options.port ? `ipc:${options.path}` : `${options.host ?? options.hostname ?? 'localhost'}:${String(options.port ?? '')}`;
  }
  if (typeof first === 'number') {
    return `${typeof second === 'string' ? second : 'localhost'}:${first}`;
  }
  return String(first);
}

/** Paths whose code is watched: the extension bundle by default, plus any a test adds. */
export function watchPaths(paths: string[]): void {
  state.watchedPaths = [...new Set([...state.watchedPaths, ...paths])];
}

export function connectionAttempts(): readonly ConnectionAttempt[] {
  return attempts;
}

export function clearConnectionAttempts(): void {
  attempts.length = 0;
}

export function installNetworkGuard(): void {
  if (state.installed) {
    return;
  }
  state.installed = true;
  watchPaths([EXTENSION_BUNDLE]);
  const socketConnect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function patchedConnect(this: net.Socket, ...args: unknown[]) {
    record('net.Socket.connect', describeTarget(args));
    return (socketConnect as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof socketConnect;
  const tlsConnect = tls.connect;
  (tls as { connect: unknown }).connect = function patchedTlsConnect(...args: unknown[]) {
    record('tls.connect', describeTarget(args));
    return (tlsConnect as (...a: unknown[]) => tls.TLSSocket)(...args);
  };
  for (const [name, module] of [['http', http], ['https', https]] as const) {
    for (const method of ['request', 'get'] as const) {
      const original = module[method];
      (module as Record<string, unknown>)[method] = function patchedRequest(...args: unknown[]) {
        record(`${name}.${method}`, describeTarget(args));
        return (original as (...a: unknown[]) => http.ClientRequest)(...args);
      };
    }
  }
  const lookup = dns.lookup;
  (dns as { lookup: unknown }).lookup = function patchedLookup(...args: unknown[]) {
    record('dns.lookup', String(args[0]));
    return (lookup as (...a: unknown[]) => void)(...args);
  };
  if (typeof globalThis.fetch === 'function') {
    const originalFetch = globalThis.fetch;
    globalThis.fetch = function patchedFetch(input: Parameters<typeof fetch>[0], init?: RequestInit) {
      record('fetch', input instanceof Request ? input.url : String(input));
      return originalFetch(input, init);
    } as typeof fetch;
  }
}

/** Loopback only: anything else breaks the product's promise. */
export function isLoopback(target: string): boolean {
  return /^(ipc:|127\.0\.0\.1[:/]|localhost[:/]|\[?::1\]?[:/]|https?:\/\/(127\.0\.0\.1|localhost|\[::1\])[:/])/.test(target);
}
