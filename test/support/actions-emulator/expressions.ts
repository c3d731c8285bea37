import { data, Evaluator, Lexer, Parser } from '@actions/expressions';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token';
import { TokenType } from '@actions/workflow-parser/templates/tokens/types';

/**
 * Expressions evaluated with GitHub's own evaluator (@actions/expressions): contexts are
 * plain objects turned into expression data, status functions (`success()` and the others)
 * are supplied per job or step, as the runner does.
 */
export type Contexts = Record<string, unknown>;

export interface StatusFunctions {
  success: () => boolean;
  failure: () => boolean;
  cancelled: () => boolean;
}

const toData = (value: unknown): data.Dictionary =>
  JSON.parse(JSON.stringify(value ?? {}), data.reviver) as data.Dictionary;

const fromData = (value: data.ExpressionData): unknown =>
  JSON.parse(JSON.stringify(value, data.replacer) ?? 'null') as unknown;

function functions(status: StatusFunctions | undefined) {
  const fn = (name: string, call: () => boolean) => ({
    name,
    minArgs: 0,
    maxArgs: 0,
    call: () => new data.BooleanData(call()),
  });
  const s = status ?? { success: () => true, failure: () => false, cancelled: () => false };
  return [
    fn('success', s.success),
    fn('failure', s.failure),
    fn('cancelled', s.cancelled),
    fn('always', () => true),
  ];
}

/** Evaluates one expression (the text inside `${{ }}`) to a JSON value. */
export function evaluate(
  expression: string,
  contexts: Contexts,
  status?: StatusFunctions,
): unknown {
  const fns = functions(status);
  const tokens = new Lexer(expression).lex().tokens;
  const tree = new Parser(tokens, Object.keys(contexts), fns).parse();
  const map = new Map(fns.map((f) => [f.name, f]));
  return fromData(new Evaluator(tree, toData(contexts), map).evaluate());
}

/** The truthiness rules of GitHub's expressions, for `if:` results. */
export function truthy(value: unknown): boolean {
  if (value === null || value === undefined || value === false || value === 0 || value === '')
    return false;
  return !(typeof value === 'number' && Number.isNaN(value));
}

/** Converts a parsed template token to a JSON value, evaluating the expressions in it. */
export function evaluateToken(
  token: TemplateToken | undefined,
  contexts: Contexts,
  status?: StatusFunctions,
): unknown {
  if (!token) return undefined;
  const t = token as unknown as {
    value?: unknown;
    expression?: string;
    [Symbol.iterator]?: () => Iterator<unknown>;
  };
  switch (token.templateTokenType) {
    case TokenType.String:
    case TokenType.Boolean:
    case TokenType.Number:
      return t.value;
    case TokenType.Null:
      return null;
    case TokenType.BasicExpression: {
      // For text with `${{ }}` inside, the parser builds format('<text>', ...) with quotes
      // doubled, and the lexer of @actions/expressions undoes only the first doubled quote;
      // so such text is interpolated from its source instead, as the runner does.
      const source = (token as unknown as { source?: string }).source;
      const whole = source?.trim().match(/^\$\{\{((?:(?!\}\})[\s\S])*)\}\}$/);
      if (source !== undefined && source.includes('${{') && !whole)
        return source.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, e: string) =>
          asString(evaluate(e.trim(), contexts, status)),
        );
      return evaluate(t.expression ?? '', contexts, status);
    }
    case TokenType.Sequence:
      return [...(token as unknown as Iterable<TemplateToken>)].map((v) =>
        evaluateToken(v, contexts, status),
      );
    case TokenType.Mapping: {
      const out: Record<string, unknown> = {};
      for (const pair of token as unknown as Iterable<{ key: TemplateToken; value: TemplateToken }>)
        out[String(evaluateToken(pair.key, contexts, status))] = evaluateToken(
          pair.value,
          contexts,
          status,
        );
      return out;
    }
    default:
      throw new Error(`the emulator cannot evaluate a token of type ${token.templateTokenType}`);
  }
}

/** A value as the runner writes it into a string (inputs, env): objects as JSON. */
export function asString(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value, null, 2);
}
