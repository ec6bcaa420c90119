/**
 * One real bot process for the scale tests: createBotCore on DATABASE_URL, with a line
 * protocol instead of a chat platform. Each stdin line is typed by the local console
 * operator; each reply comes back as one JSON line on stdout. Logs go to stderr.
 */
import { createInterface } from 'node:readline';
import { localOperator } from '../../src/adapters/console/console-adapter';
import { createBotCore } from '../../src/app/bot-core';
import { exitWithStartupError } from '../../src/app/startup';
import { parseConfig } from '../../src/config';
import { createLogger } from '../../src/logger';

const config = parseConfig(process.env);
const logger = createLogger(config.logLevel);
const core = await createBotCore(config, logger).catch(exitWithStartupError);
const actor = localOperator();
const send = (message: object) => process.stdout.write(`${JSON.stringify(message)}\n`);

send({ ready: true });
let queue = Promise.resolve();
const lines = createInterface({ input: process.stdin });
lines.on('line', (text) => {
  queue = queue.then(async () => {
    send({ reply: await core.dispatcher.handleText({ actor, location: 'scale test', text }) });
  });
});
lines.on('close', () => {
  void queue.then(() => core.close()).then(() => process.exit(0));
});
