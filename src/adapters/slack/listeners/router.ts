import type { AllMiddlewareArgs, AnyMiddlewareArgs, Middleware } from '@slack/bolt';

/** A listener as Bolt would call it; the router hands it the same arguments. */
type Listener = (args: never) => Promise<void>;

/** What the app answers, by the name Slack gives each kind of request. */
export interface Routes {
  /** By event type. */
  events: Readonly<Record<string, Listener>>;
  /** By slash command ("/facts"). */
  commands: Readonly<Record<string, Listener>>;
  /** Block actions (buttons), in order: the first whose pattern matches the action id. */
  actions: ReadonlyArray<{ actionId: RegExp; listener: Listener }>;
  /** Submitted views (view_submission), by callback id. */
  views: Readonly<Record<string, Listener>>;
  /** Shortcuts (global or on a message), by callback id. */
  shortcuts: Readonly<Record<string, Listener>>;
}

/**
 * Every request's listener, found by one lookup in one global middleware. Bolt runs the whole
 * middleware chain of every registered listener for every request (each copies the listener's
 * array and spreads the request's arguments into a new object per step), whatever the request:
 * with one registration per kind of request that was five chains per event. This matches what
 * Bolt's own matchers (onlyEvents and matchEventType, onlyCommands and matchCommandName,
 * onlyActions, onlyViewActions, onlyShortcuts and matchConstraints) would have matched.
 */
export function routeRequests(routes: Routes): Middleware<AnyMiddlewareArgs> {
  const has = <T>(table: Readonly<Record<string, T>>, key: unknown): T | undefined =>
    typeof key === 'string' && Object.hasOwn(table, key) ? table[key] : undefined;
  return async (args) => {
    const listener = listenerFor(args);
    if (listener) await (listener as (args: AnyMiddlewareArgs & AllMiddlewareArgs) => Promise<void>)(args as AnyMiddlewareArgs & AllMiddlewareArgs);
  };

  function listenerFor(args: AnyMiddlewareArgs): Listener | undefined {
    if ('event' in args && args.event) return has(routes.events, args.event.type);
    if ('command' in args && args.command) return has(routes.commands, args.command.command);
    if ('action' in args && args.action) {
      const actionId = (args.action as { action_id?: unknown }).action_id;
      if (typeof actionId !== 'string') return undefined;
      return routes.actions.find((route) => route.actionId.test(actionId))?.listener;
    }
    if ('view' in args && args.view) return args.body.type === 'view_submission' ? has(routes.views, args.view.callback_id) : undefined;
    if ('shortcut' in args && args.shortcut) return has(routes.shortcuts, args.shortcut.callback_id);
    return undefined;
  }
}
