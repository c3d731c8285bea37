import { registerHooks } from 'node:module';

/**
 * Loads GitHub's workflow parser. Vitest leaves it to Node, and the parser imports its JSON
 * schemas without `with { type: 'json' }`, which Node refuses; a resolve hook supplies the
 * attribute for the parser's own JSON files, so nothing else is affected.
 */
let hooked = false;

export async function loadWorkflowParser() {
  if (!hooked) {
    registerHooks({
      resolve(specifier, context, next) {
        const result = next(specifier, context);
        const own = context.parentURL?.includes('/@actions/workflow-parser/') ?? false;
        return own && result.url.endsWith('.json')
          ? { ...result, importAttributes: { type: 'json' } }
          : result;
      },
    });
    hooked = true;
  }
  const [main, action] = await Promise.all([
    import('@actions/workflow-parser'),
    import('@actions/workflow-parser/actions/action-parser'),
  ]);
  return { ...main, parseAction: action.parseAction };
}
