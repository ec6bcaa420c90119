/**
 * Buttons on a reply, platform-neutral: the command layer says which command a button runs
 * with which options; adapters carry that in the button (a Discord custom id, a Slack button
 * value) and hand it back to the dispatcher when clicked. A click runs the command through the
 * same gate as typing it, so a forged button can do nothing the user could not type.
 */
export interface ReplyAction {
  label: string;
  commandName: string;
  options: Readonly<Record<string, string>>;
  /** The one option that may be shortened to fit a platform's limit (the asked question). */
  shortenable?: string;
  style?: 'primary' | 'secondary' | 'danger';
}

/** Set in the decoded options when the shortenable option was cut to fit. */
export const SHORTENED_OPTION = 'shortened';
/**
 * The language of the reply a button sits under ("en" | "nl"), so clicking it answers in the
 * question's language; the dispatcher takes it out of the options before the command runs.
 */
export const LANGUAGE_OPTION = 'lang';

const SEPARATOR = '|';
const escapeValue = (value: string) => value.replace(/%/g, '%25').replace(/\|/g, '%7C').replace(/=/g, '%3D');
const unescapeValue = (value: string) => value.replace(/%3D/g, '=').replace(/%7C/g, '|').replace(/%25/g, '%');

function encodeWith(commandName: string, options: Readonly<Record<string, string>>): string {
  return [commandName, ...Object.entries(options).map(([name, value]) => `${name}=${escapeValue(value)}`)].join(SEPARATOR);
}

/**
 * The action as one string of at most maxLength characters, or undefined when even with the
 * shortenable option cut to nothing it does not fit. Cuts on code-point boundaries.
 */
export function encodeAction(action: ReplyAction, maxLength: number): string | undefined {
  const whole = encodeWith(action.commandName, action.options);
  if (whole.length <= maxLength) return whole;
  const name = action.shortenable;
  const value = name === undefined ? undefined : action.options[name];
  if (name === undefined || value === undefined) return undefined;
  const points = Array.from(value);
  const cut = (kept: number) => encodeWith(action.commandName, { ...action.options, [name]: points.slice(0, kept).join('').trimEnd(), [SHORTENED_OPTION]: '1' });
  // The longest prefix, in code points, whose encoding fits: found by halving.
  let [fits, tooLong] = [-1, points.length];
  while (tooLong - fits > 1) {
    const middle = Math.floor((fits + tooLong) / 2);
    if (cut(middle).length <= maxLength) fits = middle;
    else tooLong = middle;
  }
  return fits < 1 ? undefined : cut(fits);
}

export interface DecodedAction {
  commandName: string;
  options: Record<string, string>;
}

/** Undefined for anything that is not an encoded action. */
export function decodeAction(token: string): DecodedAction | undefined {
  const [commandName, ...pairs] = token.split(SEPARATOR);
  if (!commandName) return undefined;
  const options: Record<string, string> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at < 1) return undefined;
    options[pair.slice(0, at)] = unescapeValue(pair.slice(at + 1));
  }
  return { commandName, options };
}
