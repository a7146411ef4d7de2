// Static facts about an action's src/main.ts, read from its syntax tree (the
// TypeScript compiler API) rather than with regular expressions, so a
// reformatted call is still found and an unreadable one is reported.
import ts from 'typescript';

export interface OutputNames {
  names: string[];
  /** `output(...)` calls whose name could not be worked out statically, as "line N: text". */
  unknown: string[];
}

/** Keys of an object literal, when every key is a plain name or string. */
function literalKeys(node: ts.Expression): string[] | undefined {
  if (!ts.isObjectLiteralExpression(node)) return undefined;
  const keys: string[] = [];
  for (const property of node.properties) {
    if (!ts.isPropertyAssignment(property) && !ts.isShorthandPropertyAssignment(property)) return undefined;
    const name = property.name;
    if (ts.isIdentifier(name) || ts.isStringLiteral(name)) keys.push(name.text);
    else return undefined;
  }
  return keys;
}

/**
 * The names given to the `output` helper of runAction: `output('name', …)`,
 * and `for (const [name, v] of Object.entries({ a: …, b: … })) output(name, v)`.
 */
export function outputNames(source: string, file = 'main.ts'): OutputNames {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const names: string[] = [];
  const unknown: string[] = [];
  // Loop variables bound to the keys of an object literal: name → keys.
  const loopKeys = new Map<string, string[]>();

  const visit = (node: ts.Node) => {
    if (ts.isForOfStatement(node) && ts.isVariableDeclarationList(node.initializer)) {
      const binding = node.initializer.declarations[0]?.name;
      const iterated = node.expression;
      if (
        binding &&
        ts.isArrayBindingPattern(binding) &&
        ts.isCallExpression(iterated) &&
        iterated.expression.getText(sf) === 'Object.entries' &&
        iterated.arguments[0]
      ) {
        const first = binding.elements[0];
        const keys = literalKeys(iterated.arguments[0]);
        if (first && ts.isBindingElement(first) && ts.isIdentifier(first.name) && keys) {
          loopKeys.set(first.name.text, keys);
        }
      }
    }
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'output') {
      const arg = node.arguments[0];
      if (arg && ts.isStringLiteralLike(arg)) names.push(arg.text);
      else if (arg && ts.isIdentifier(arg) && loopKeys.has(arg.text)) names.push(...(loopKeys.get(arg.text) ?? []));
      else {
        const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
        unknown.push(`line ${line}: ${node.getText(sf)}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { names, unknown };
}

/** Places where the source reads inputs around runAction: core.getInput & co., or INPUT_* variables. */
export function directInputReads(source: string): string[] {
  return source
    .split('\n')
    .map((line, i) => ({ line, n: i + 1 }))
    .filter(({ line }) => /\bget(Boolean|Multiline)?Input\s*\(|\bINPUT_/.test(line))
    .map(({ line, n }) => `line ${n}: ${line.trim()}`);
}
