import { loadConfigOrExit } from '../app/startup';

/**
 * `node dist/healthcheck.js`: exits 0 when this container's bot answers /healthz with 200,
 * 1 otherwise. For Docker's HEALTHCHECK; the slim image has no curl, and Node has fetch.
 */
const REQUEST_TIMEOUT_MS = 4_000;

const config = loadConfigOrExit();
if (config.healthPort === undefined) {
  process.stderr.write('HEALTH_PORT is not set, so there is no /healthz to check\n');
  process.exit(1);
}
try {
  const response = await fetch(`http://127.0.0.1:${config.healthPort}/healthz`, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  process.stdout.write(await response.text());
  process.exit(response.status === 200 ? 0 : 1);
} catch (error) {
  process.stderr.write(`/healthz did not answer: ${(error as Error).message}\n`);
  process.exit(1);
}
