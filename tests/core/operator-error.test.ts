import { describe, expect, it } from 'vitest';
import { PlatformUnreachableError } from '../../src/adapters/unreachable';
import { ConfigError } from '../../src/config';
import { OperatorError, StoreUnavailableError } from '../../src/core/operator-error';
import { KnowledgeExportError } from '../../src/facts/knowledge-export';
import { KnowledgeError } from '../../src/facts/knowledge-files';
import { CopyMismatchError } from '../../src/store/copy-store';
import { StoreNotEmptyError } from '../../src/store/fact-store';
import { InvalidSnapshotError } from '../../src/store/snapshot';

// The entry points (start-up, `npm run facts`) catch OperatorError alone: every error an
// operator can fix must be one, or it would be reported as a bug with a stack.
describe('errors an operator can fix', () => {
  const examples: Error[] = [
    new ConfigError(['DISCORD_TOKEN is missing']),
    new KnowledgeError(['facts.yaml: bad']),
    new KnowledgeExportError('cannot write'),
    new StoreUnavailableError('database down'),
    new StoreNotEmptyError(1, 0),
    new CopyMismatchError('copy differs'),
    new InvalidSnapshotError('bad snapshot'),
    new PlatformUnreachableError('Discord', 'http://127.0.0.1:9', 'ECONNREFUSED'),
  ];

  it.each(examples.map((error) => [error.name, error]))('%s is an OperatorError with exit code 1 and keeps its own name', (name, error) => {
    expect(error).toBeInstanceOf(OperatorError);
    expect((error as OperatorError).exitCode).toBe(1);
    expect(error.name).toBe(name);
    expect(name).not.toBe('OperatorError');
  });

  it('carries a chosen exit code and the cause', () => {
    const cause = new Error('inner');
    const error = new OperatorError('usage', { exitCode: 2, cause });
    expect(error.exitCode).toBe(2);
    expect(error.cause).toBe(cause);
  });
});
