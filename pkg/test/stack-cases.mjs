// Inputs at and past every depth cap, for the stack tests in Node and Chromium. In wasm
// the JS engine's stack (about 1 MB, less once the code is optimised) is the limit, so
// every shape the parser or the rules recurse on is driven past its cap.

const repeat = (s, n) => s.repeat(n);
const indentation = (n, line) => {
  if (n > 5000) return null; // quadratic text; 5000 levels is already far past the cap
  let code = "";
  for (let depth = 0; depth < n; depth++) code += " ".repeat(depth) + line + "\n";
  return code + " ".repeat(n) + "pass\n";
};

/** Each shape makes code nested `n` levels deep. */
export const SHAPES = {
  brackets: (n) => `x = ${repeat("(", n)}1${repeat(")", n)}\n`,
  lists: (n) => `x = ${repeat("[", n)}1${repeat("]", n)}\n`,
  dicts: (n) => `x = ${repeat("{1: ", n)}1${repeat("}", n)}\n`,
  calls: (n) => `x = ${repeat("f(", n)}1${repeat(")", n)}\n`,
  subscripts: (n) => `x = a${repeat("[b", n)}${repeat("]", n)}\n`,
  negated_brackets: (n) => `x = ${repeat("(-", n)}1${repeat(")", n)}\n`,
  unary_minus: (n) => `x = ${repeat("-", n)}1\n`,
  invert: (n) => `x = ${repeat("~", n)}1\n`,
  not: (n) => `x = ${repeat("not ", n)}1\n`,
  await: (n) => `async def f():\n    x = ${repeat("await ", n)}g\n`,
  yield: (n) => `def f():\n    x = ${repeat("yield ", n)}1\n`,
  lambda: (n) => `x = ${repeat("lambda: ", n)}1\n`,
  lambda_defaults: (n) => `x = ${repeat("lambda a=", n)}1${repeat(": 1", n)}\n`,
  power: (n) => `x = ${repeat("a ** ", n)}2\n`,
  ternary: (n) => `x = ${repeat("1 if x else ", n)}2\n`,
  starred: (n) => `x = [${repeat("*", n)}a]\n`,
  binary_chain: (n) => `x = 1${repeat(" + 1", n)}\n`,
  attribute_chain: (n) => `x = a${repeat(".b", n)}\n`,
  call_chain: (n) => `x = f${repeat("()", n)}\n`,
  comprehensions: (n) => `x = ${repeat("[a for a in ", n)}b${repeat("]", n)}\n`,
  fstring_fields: (n) => `x = f"{${repeat("(", n)}1${repeat(")", n)}}"\n`,
  nested_fstrings: (n) => `x = ${repeat("f'{", n)}1${repeat("}'", n)}\n`,
  nested_fstrings_same_quote: (n) => `x = ${repeat('f"{', n)}1${repeat('}"', n)}\n`,
  tstring_fields: (n) => `x = t"{${repeat("[", n)}1${repeat("]", n)}}"\n`,
  patterns: (n) => `match x:\n    case ${repeat("[", n)}1${repeat("]", n)}:\n        pass\n`,
  or_patterns: (n) => `match x:\n    case ${repeat("(1 | ", n)}1${repeat(")", n)}:\n        pass\n`,
  string_annotation: (n) => `def f(x: "${repeat("list[", n)}int${repeat("]", n)}"):\n    pass\n`,
  type_parameter_default: (n) => `def f[T = ${repeat("list[", n)}int${repeat("]", n)}]():\n    pass\n`,
  ifs: (n) => indentation(n, "if x:"),
  loops: (n) => indentation(n, "for x in y:"),
  classes: (n) => indentation(n, "class C:"),
  decorators: (n) => `${repeat("@d\n", n)}def f():\n    pass\n`,
  elif_chain: (n) => `if x:\n    pass\n${repeat("elif x:\n    pass\n", n)}`,
};

/** Depths tried: every level up to past the caps, then far past them. */
export const DEPTHS = [...Array.from({ length: 460 }, (_, i) => i + 1), 500, 1000, 5000, 50_000];

/** The most deeply nesting policy allowed. */
export const DEEPEST_POLICY = { limits: { max_nesting_depth: 500 } };

/** Ordinary code to run before, so the engine is optimised ("warm"). */
export const WARM_UP = [
  "def soma(a, b):\n    \"\"\"Soma.\"\"\"\n    return a + b\n",
  "import json\n\ndef load(text):\n    return json.loads(text)\n",
  "class Stack:\n    def __init__(self):\n        self.items = []\n    def push(self, x):\n        self.items.append(x)\n",
  "result = [x * 2 for x in range(10) if x % 2]\nprint(f\"{result!r:>20}\")\n",
];

/**
 * Validates every shape at every depth under both policies; returns, per policy and
 * shape, the first finding code (or "ok") at each depth where it changes, and the
 * first error thrown, if any.
 */
export function runMatrix(validate, { warm = false } = {}) {
  if (warm) {
    for (let round = 0; round < 200; round++) {
      for (const code of WARM_UP) validate(code);
      for (const make of Object.values(SHAPES)) validate(make(1 + (round % 150)));
    }
  }
  const results = {};
  for (const [policyName, policy] of [["default", undefined], ["deepest", DEEPEST_POLICY]]) {
    const perShape = {};
    for (const [name, make] of Object.entries(SHAPES)) {
      const transitions = [];
      let previous = null;
      for (const depth of DEPTHS) {
        const code = make(depth);
        if (code === null) continue;
        let outcome;
        try {
          const report = validate(code, policy ? { policy } : undefined);
          const blocking = report.issues.find((i) => /^[EL]/.test(i.code));
          outcome = blocking ? blocking.code : report.passed ? "ok" : "blocked";
        } catch (error) {
          outcome = `threw: ${String(error).slice(0, 80)}`;
        }
        if (outcome !== previous) transitions.push([depth, outcome]);
        previous = outcome;
      }
      perShape[name] = transitions;
    }
    results[policyName] = perShape;
  }
  return results;
}

/** Every `threw` outcome in a matrix, as readable lines. */
export function crashes(results) {
  const lines = [];
  for (const [policy, shapes] of Object.entries(results)) {
    for (const [shape, transitions] of Object.entries(shapes)) {
      for (const [depth, outcome] of transitions) {
        if (outcome.startsWith("threw")) lines.push(`${policy} ${shape} at ${depth}: ${outcome}`);
      }
    }
  }
  return lines;
}
