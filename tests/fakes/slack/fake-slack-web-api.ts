import type { IncomingMessage, ServerResponse } from 'node:http';

/** The Web API half of the fake Slack: what each method the bot calls answers. */

export interface FakeSlackUser {
  name: string;
  isAdmin?: boolean;
  isOwner?: boolean;
  /** The user's own workspace when it is not the bot's: a Slack Connect guest from another organisation. */
  teamId?: string;
  /** The language of the user's Slack client ("nl-NL"), which users.info reports only when asked with include_locale. */
  locale?: string;
}

export interface Workspace {
  botToken: string;
  appToken?: string;
  teamId: string;
  botUserId: string;
  botId: string;
  users?: Record<string, FakeSlackUser>;
  nextTs(): string;
  socketUrl(): string;
  uploadUrl(fileId: string): string;
}

const STRUCTURED_ARGS = new Set(['blocks', 'attachments', 'files', 'view']);
let fileCounter = 0;

export function answerWebApi(method: string, token: string | undefined, args: Record<string, unknown>, workspace: Workspace): Record<string, unknown> {
  const { teamId, botUserId, botId } = workspace;
  if (method === 'apps.connections.open') {
    if (!workspace.appToken || token !== workspace.appToken) return { ok: false, error: 'invalid_auth' };
    return { ok: true, url: workspace.socketUrl() };
  }
  if (token !== workspace.botToken) return { ok: false, error: 'invalid_auth' };
  switch (method) {
    case 'auth.test':
      return { ok: true, url: 'https://fake.slack.test/', team: 'Fake', user: 'factbot', team_id: teamId, user_id: botUserId, bot_id: botId };
    case 'chat.postMessage':
      return { ok: true, channel: args.channel, ts: workspace.nextTs(), message: { text: args.text, user: botUserId, bot_id: botId } };
    case 'chat.postEphemeral':
      return { ok: true, message_ts: workspace.nextTs() };
    case 'files.getUploadURLExternal': {
      if (!args.filename || !Number(args.length)) return { ok: false, error: 'invalid_arguments' };
      const fileId = `F${++fileCounter}`;
      return { ok: true, upload_url: workspace.uploadUrl(fileId), file_id: fileId };
    }
    case 'files.completeUploadExternal': {
      const files = Array.isArray(args.files) ? (args.files as Array<{ id: string; title?: string }>) : [];
      if (files.length === 0) return { ok: false, error: 'invalid_arguments' };
      return { ok: true, files: files.map((file) => ({ id: file.id, title: file.title ?? '' })) };
    }
    case 'views.open':
    case 'views.publish': {
      const view = args.view as Record<string, unknown> | undefined;
      if (!view || typeof view !== 'object') return { ok: false, error: 'invalid_arguments' };
      if (method === 'views.open' && !args.trigger_id) return { ok: false, error: 'invalid_trigger_id' };
      if (method === 'views.publish' && !args.user_id) return { ok: false, error: 'invalid_arguments' };
      return { ok: true, view: { id: `V${++fileCounter}`, team_id: teamId, ...view } };
    }
    case 'users.info': {
      const id = String(args.user);
      const user = workspace.users?.[id];
      if (!user) return { ok: false, error: 'user_not_found' };
      return {
        ok: true,
        user: {
          id,
          team_id: user.teamId ?? teamId,
          name: user.name,
          real_name: user.name,
          is_admin: user.isAdmin ?? false,
          is_owner: user.isOwner ?? false,
          profile: { display_name: user.name, real_name: user.name },
          ...(String(args.include_locale) === 'true' ? { locale: user.locale ?? 'en-US' } : {}),
        },
      };
    }
    default:
      return { ok: true };
  }
}

export function parseArgs(body: string, contentType: string | undefined): Record<string, unknown> {
  if (!body) return {};
  if (contentType?.includes('application/json')) return JSON.parse(body) as Record<string, unknown>;
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    // The Web API client sends structured arguments (blocks) as JSON strings.
    args[key] = STRUCTURED_ARGS.has(key) ? tryJson(value) : value;
  }
  return args;
}

function tryJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

/** The bytes posted to an upload URL: multipart (the file part) or the raw body. */
export async function readUpload(request: IncomingMessage): Promise<{ filename: string | undefined; data: Buffer }> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  const contentType = request.headers['content-type'];
  if (!contentType?.startsWith('multipart/form-data')) return { filename: undefined, data: raw };
  const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
  for (const [, value] of form) {
    if (typeof value !== 'string') return { filename: value.name, data: Buffer.from(await value.arrayBuffer()) };
  }
  return { filename: undefined, data: raw };
}

export function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => resolve(body));
    request.on('error', reject);
  });
}

export function sendJson(response: ServerResponse, value: unknown, status = 200): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(value));
}
