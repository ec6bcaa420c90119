import net from 'node:net';

/**
 * A TCP relay in front of the real PostgreSQL server, so a test can cut the network and
 * restore it: the store sees exactly what a lost connection looks like, with no mock.
 */
export interface CuttableRelay {
  /** The database URL, pointed at the relay. */
  url: string;
  cut(): void;
  /** Cuts the open connections and holds new ones half-open (connecting, never answered) until restore(). */
  stall(): void;
  restore(): void;
  /** Connections from clients that are still open, held ones included. */
  openConnections(): number;
  /** Connections held by stall() that are still open. */
  heldConnections(): number;
  close(): Promise<void>;
}

export async function startRelay(databaseUrl: string): Promise<CuttableRelay> {
  const target = new URL(databaseUrl);
  const sockets = new Set<net.Socket>();
  const clients = new Set<net.Socket>();
  /** Held connections, each with what lets it through once the relay is restored. */
  const held = new Map<net.Socket, () => void>();
  let mode: 'open' | 'cut' | 'stall' = 'open';

  function track(socket: net.Socket, group: Set<net.Socket>): void {
    group.add(socket);
    socket.on('close', () => group.delete(socket));
  }

  function relay(client: net.Socket, sentMeanwhile: readonly Buffer[] = []): void {
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    track(upstream, sockets);
    upstream.on('error', () => {});
    for (const chunk of sentMeanwhile) upstream.write(chunk);
    client.pipe(upstream).pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  }

  const server = net.createServer((client) => {
    if (mode === 'cut') {
      client.destroy();
      return;
    }
    track(client, sockets);
    track(client, clients);
    client.on('error', () => {});
    if (mode === 'stall') hold(client);
    else relay(client);
  });

  /** Like a server that never answers: it reads what the client sends, and closes when the client hangs up. */
  function hold(client: net.Socket): void {
    const sentMeanwhile: Buffer[] = [];
    const keep = (chunk: Buffer) => sentMeanwhile.push(chunk);
    const hangUp = () => client.destroy();
    client.on('data', keep);
    client.on('end', hangUp);
    client.on('close', () => held.delete(client));
    held.set(client, () => {
      client.off('data', keep);
      client.off('end', hangUp);
      relay(client, sentMeanwhile);
    });
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = new URL(databaseUrl);
  url.host = `127.0.0.1:${(server.address() as net.AddressInfo).port}`;

  function dropAll(): void {
    for (const socket of sockets) socket.destroy();
  }

  return {
    url: url.toString(),
    cut() {
      mode = 'cut';
      dropAll();
    },
    stall() {
      mode = 'stall';
      dropAll();
    },
    restore() {
      mode = 'open';
      const waiting = [...held.values()];
      held.clear();
      for (const letThrough of waiting) letThrough();
    },
    openConnections: () => clients.size,
    heldConnections: () => held.size,
    close() {
      mode = 'cut';
      dropAll();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
