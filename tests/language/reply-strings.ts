import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseAst } from 'rolldown/parseAst';

const ROOT = join(__dirname, '..', '..');
/** Where replies are written: the commands and the helpers that build their text. */
const SCANNED = ['commands', 'src/core', 'src/moderation', 'src/feedback', 'src/sources', 'src/timeline'];
/**
 * The catalogue files, and modules whose text never reaches a chat user as words: logs, files on
 * disk, the registry's start-up errors, dates in ISO form ("2026-01-02 10:00 UTC").
 */
const NOT_SCANNED =
  /(messages|provenance-text)(-nl)?\.ts$|src\/timeline\/timeline-(svg|png)\.ts$|src\/sources\/(source|source-files|source-export|source-catalog)\.ts$|src\/core\/(truncate|registry|user-text)\.ts$|src\/moderation\/format\.ts$/;
/** A catalogue kept beside the code it serves: a frozen constant per language (MISSING_DUTCH_MESSAGES, …_NL). */
const CATALOGUE_CONSTANT = /^[A-Z_]+_(MESSAGES|NOTES|TEXT|LABELS)(_NL)?$/;

/** Properties whose text is a command's own definition (names, descriptions, syntax) or a code, not a reply. */
const DEFINITION_PROPERTIES = new Set(['name', 'description', 'summary', 'usage', 'kind', 'visibility', 'style', 'action', 'commandName', 'contentType', 'status', 'verdict', 'code', 'type']);
/** Calls whose text goes to the logs or is a code or a pattern, never shown to the person. */
const NON_REPLY_CALLS = new Set(['warn', 'error', 'info', 'debug', 'recordQuietly', 'Error', 'startsWith', 'endsWith', 'includes', 'split', 'replace', 'test', 'get', 'has', 'suggestFactIds', 'RegExp']);
/** Constants whose text is command syntax, shown as typed in every language. */
const SYNTAX_CONSTANT = /^(USAGE|[A-Z_]+_COMMAND|[A-Z_]+_OPTION|SEPARATOR)$/;

type Node = { type: string; start: number; end: number; [key: string]: unknown };

/**
 * Text a person would read: two words, a capital, a sentence's end, or a word around a value
 * (`${count} times`). A lone lower-case word is taken for a code ("add", "nl_title").
 */
function readsAsProse(text: string, aroundValues: boolean): boolean {
  if (!/\p{L}{2,}/u.test(text)) return false;
  return aroundValues || /\p{L}+[^\p{L}\n_-]+\p{L}+/u.test(text) || /^[\s*_`"“-]*\p{Lu}\p{Ll}/u.test(text) || /\p{L}[.:!?]\s*$/u.test(text);
}

function literalText(node: Node): string | undefined {
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral') return (node.quasis as Array<{ value: { cooked: string } }>).map((quasi) => quasi.value.cooked).join(' ');
  return undefined;
}

function calleeName(call: Node): string {
  const callee = call.callee as Node;
  if (callee.type === 'Identifier') return callee.name as string;
  if (callee.type === 'MemberExpression') return ((callee.property as Node).name as string) ?? '';
  return '';
}

function propertyName(property: Node): string {
  return ((property.key as Node).name ?? (property.key as Node).value) as string;
}

/** Whether a literal sits where its text is not a reply: a definition, a comparison, a log line, a type, an import. */
function allowedContext(ancestors: readonly Node[], node: Node): boolean {
  if (ancestors.some((ancestor) => ancestor.type === 'VariableDeclarator' && CATALOGUE_CONSTANT.test(((ancestor.id as Node).name as string) ?? ''))) return true;
  let child = node;
  for (let index = ancestors.length - 1; index >= 0; child = ancestors[index]!, index -= 1) {
    const parent = ancestors[index]!;
    if (parent.type.startsWith('TS') && !/^TS(As|Satisfies|NonNull)Expression$/.test(parent.type)) return true;
    if (/^(Import|Export(Named|All))Declaration$/.test(parent.type) && parent.source === child) return true;
    if (parent.type === 'SwitchCase' || (parent.type === 'MemberExpression' && parent.computed)) return true;
    // A class's own name ("override name = 'OperatorError'") is a code, not a reply.
    if (parent.type === 'PropertyDefinition') return parent.key === child || propertyName(parent) === 'name';
    // A command's form title and an option's Dutch label are part of its definition, as its description is; a reply's title is not.
    if (parent.type === 'Property') return parent.key === child || DEFINITION_PROPERTIES.has(propertyName(parent)) || definitionOnly(parent, ancestors) || syntaxInEachLanguage(ancestors, index);
    if (parent.type === 'BinaryExpression' && /^[!=]==?$/.test(parent.operator as string)) return true;
    if (parent.type === 'AssignmentExpression' && parent.right === child) return DEFINITION_PROPERTIES.has(((parent.left as Node).property as Node)?.name as string);
    // A user's error: its code is a code, its message the reply.
    if (parent.type === 'NewExpression' && calleeName(parent) === 'UserError') return (parent.arguments as Node[])[0] === child;
    if (parent.type === 'CallExpression' || parent.type === 'NewExpression') return NON_REPLY_CALLS.has(calleeName(parent));
    if (parent.type === 'VariableDeclarator') return SYNTAX_CONSTANT.test(((parent.id as Node).name as string) ?? '');
    if (/Statement$|Function|Declaration$/.test(parent.type)) return false;
  }
  return false;
}

/** A property of a syntax constant that has a line per language (`const USAGE = { en: 'fact show <id>', nl: 'fact toon <id>' }`). */
function syntaxInEachLanguage(ancestors: readonly Node[], propertyIndex: number): boolean {
  const [object, declarator] = [ancestors[propertyIndex - 1], ancestors[propertyIndex - 2]];
  return object?.type === 'ObjectExpression' && declarator?.type === 'VariableDeclarator' && SYNTAX_CONSTANT.test(((declarator.id as Node).name as string) ?? '');
}

/** A text that is a definition only inside one: a form's title (`form: { title }`), an option's label (`options: [{ label }]`, `dutch: { label }`), a value's Dutch name (`dutch: { choices }`). */
function definitionOnly(property: Node, ancestors: readonly Node[]): boolean {
  const within = (name: string) => ancestors.some((ancestor) => ancestor !== property && ancestor.type === 'Property' && propertyName(ancestor) === name);
  const name = propertyName(property);
  return (name === 'title' && within('form')) || (name === 'label' && (within('dutch') || within('options'))) || (within('choices') && within('dutch'));
}

function sourceFiles(): string[] {
  return SCANNED.flatMap((folder) =>
    readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts'))
      .map((file) => join(ROOT, folder, file))
      .filter((file) => !NOT_SCANNED.test(relative(ROOT, file))),
  );
}

/** Every literal in the scanned files that reads as a reply's text, as "file:line: text": each should come from a catalogue. */
export function repliesOutsideCatalogues(): string[] {
  return sourceFiles().flatMap((file) => literalReplies(readFileSync(file, 'utf8'), relative(ROOT, file)));
}

/** The literals in one module's code that read as a reply's text. */
export function literalReplies(code: string, name: string): string[] {
  const found: string[] = [];
  {
    const ancestors: Node[] = [];
    const visit = (node: Node): void => {
      const text = literalText(node);
      const aroundValues = node.type === 'TemplateLiteral' && (node.expressions as unknown[]).length > 0;
      if (text !== undefined && readsAsProse(text, aroundValues) && !allowedContext(ancestors, node)) {
        const line = code.slice(0, node.start).split('\n').length;
        found.push(`${name}:${line}: ${code.slice(node.start, Math.min(node.end, node.start + 80))}`);
      }
      ancestors.push(node);
      for (const value of Object.values(node)) {
        for (const child of Array.isArray(value) ? value : [value]) {
          if (child && typeof child === 'object' && typeof (child as Node).type === 'string') visit(child as Node);
        }
      }
      ancestors.pop();
    };
    visit(parseAst(code, { lang: 'ts' }) as unknown as Node);
  }
  return found;
}
