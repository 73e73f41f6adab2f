// Runs last (file order): by now every other suite has exercised the extension.
import * as assert from 'node:assert/strict';
import * as dns from 'node:dns';
import * as net from 'node:net';
import { EXTENSION_BUNDLE, connectionAttempts, isLoopback, watchPaths } from './networkGuard';

suite('No network', () => {
  test('the guard sees connections made from watched code', async () => {
    watchPaths([__filename]);
    const server = net.createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const port = (server.address() as net.AddressInfo).port;
    await new Promise<void>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.destroy();
        resolve();
      });
    });
    server.close();
    await new Promise<void>((resolve) => dns.lookup('attest-guard-probe.invalid', () => resolve()));
    const mine = connectionAttempts().filter((a) => a.source === __filename);
    assert.ok(mine.some((a) => a.api === 'net.Socket.connect' && isLoopback(a.target)), JSON.stringify(mine.map((a) => a.target)));
    assert.ok(mine.some((a) => a.api === 'dns.lookup' && !isLoopback(a.target)));
  });

  test('the extension opened no connection other than loopback', () => {
    const fromExtension = connectionAttempts().filter((a) => a.source === EXTENSION_BUNDLE);
    const outside = fromExtension.filter((a) => !isLoopback(a.target));
    assert.deepEqual(
      outside.map((a) => `${a.api} ${a.target}`),
      [],
      `Attest tried to reach the network:\n${outside.map((a) => a.stack).join('\n\n')}`,
    );
  });
});
