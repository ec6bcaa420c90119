import dotenv from 'dotenv';
import { runFactsCli } from './facts-cli';

dotenv.config({ quiet: true });
const code = await runFactsCli(process.argv.slice(2), process.env, {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
process.exitCode = code;
