// Records what tsc (target ES2022) + Node print for each program of
// tests/parser/typescript/lower/ into lower_expected.json, which test_lower.py compares
// reflow's output with. tsc's emitted JS is written to a temporary directory only.
//   TSTOOLS=/work/tstools node tests/parser/typescript/record_lower.mjs
// (TSTOOLS: a directory whose node_modules has typescript 5)
// A program's first line may be `// options: {...}`: TSOptions' arguments, as JSON.
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const cases = path.join(here, 'lower');
const tools = process.env.TSTOOLS || '/work/tstools';
const ts = createRequire(path.join(tools, 'package.json'))('typescript');

function compilerOptions(options, file) {
  const commonjs = options.module_kind === 'commonjs';
  return {
    target: ts.ScriptTarget.ES2022,
    // an .mts file: nodenext, whose `import x = require()` tsc emits with createRequire
    module: commonjs ? ts.ModuleKind.CommonJS
      : file.endsWith('.mts') ? ts.ModuleKind.NodeNext : ts.ModuleKind.ESNext,
    moduleResolution: file.endsWith('.mts') ? ts.ModuleResolutionKind.NodeNext
      : ts.ModuleResolutionKind.Bundler,
    useDefineForClassFields: options.use_define_for_class_fields ?? true,
    experimentalDecorators: options.experimental_decorators ?? false,
    verbatimModuleSyntax: options.verbatim_module_syntax ?? false,
    jsx: options.jsx === 'react-jsx' ? ts.JsxEmit.ReactJSX : ts.JsxEmit.React,
    jsxFactory: options.jsx_factory, jsxFragmentFactory: options.jsx_fragment_factory,
    esModuleInterop: true,   // reflow's CommonJS interop is Node's, which this matches
    noEmitOnError: false, skipLibCheck: true, types: [], allowJs: false,
    allowImportingTsExtensions: false, noCheck: true,
  };
}

const expected = {};
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'record-lower-'));
for (const name of fs.readdirSync(cases).sort()) {
  if (name.startsWith('_')) {
    fs.copyFileSync(path.join(cases, name), path.join(out, name));
  }
}
for (const name of fs.readdirSync(cases).sort()) {
  if (name.startsWith('_') || !/\.(ts|mts|cts|tsx)$/.test(name)) continue;
  const file = path.join(cases, name);
  const source = fs.readFileSync(file, 'utf8');
  const header = /^\/\/ options: (.*)$/m.exec(source.split('\n')[0]);
  const options = header ? JSON.parse(header[1]) : {};
  const program = ts.createProgram([file], { ...compilerOptions(options, name), outDir: out });
  let js = null;
  program.emit(undefined, (fileName, text) => { if (/\.[cm]?js$/.test(fileName)) js = text; });
  const runnable = path.join(out, name.replace(/\.\w+$/, options.module_kind === 'commonjs' ? '.cjs' : '.mjs'));
  fs.writeFileSync(runnable, js);
  let printed;
  try {
    printed = execFileSync(process.execPath, [runnable], { encoding: 'utf8' });
  } catch (e) {
    printed = e.stdout + 'UNCAUGHT ' + e.stderr.split('\n').find((l) => /^\w*Error\b/.test(l));
  }
  expected[name] = printed.replace(/\n$/, '').split('\n');
}
fs.rmSync(out, { recursive: true });
fs.writeFileSync(path.join(here, 'lower_expected.json'), JSON.stringify(expected, null, 1) + '\n');
console.log('recorded', Object.keys(expected).length, 'programs');
