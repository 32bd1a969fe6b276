// Shared harness for the workloads of scripts/bench-packages (run the same way by node and coil).
//
//   <runtime> scripts/bench-packages.d/<workload>.js DEPS_DIR INPUT_DIR RUNS [BUDGET_S]
//
// DEPS_DIR holds node_modules (installed by the driver), INPUT_DIR the generated inputs. A
// workload calls `main({ input, load, run, digest })`:
//   input(dir, read)  reads its input (not timed)
//   load(pkg)         loads the package(s): pkg.require(name) or pkg.import(name) (timed as load)
//   run(lib, input)   does the work once; may return a promise (timed, RUNS times, or fewer
//                     when another run would take the runs past BUDGET_S seconds)
//   digest(output)    the string that is hashed to compare runtimes (not timed; first run only)
// and prints one JSON line: load_ms, runs_ms (one entry per run done), checksum (sha256 of the
// digest, 12 hex digits), out_len. Any error prints {"error": ...} with the stage it happened in
// and exits 1.
'use strict';
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const { createRequire } = require('module');
const { pathToFileURL } = require('url');

function describe(error) {
  if (error && error.stack) {
    const stack = String(error.stack).split('\n').slice(0, 4).map((l) => l.trim()).join(' | ');
    const message = String(error.message || '');
    return stack.includes(message) ? stack : `${error.name}: ${message} | ${stack}`;
  }
  return String(error);
}

async function main(workload) {
  const [depsDir, inputDir, runsArg, budgetArg] = process.argv.slice(2);
  const runs = Math.max(1, Number(runsArg) || 1);
  const budgetMs = (Number(budgetArg) || Infinity) * 1000;
  const name = path.basename(require.main ? require.main.filename : process.argv[1], '.js');
  const result = { workload: name };
  let stage = 'input';
  try {
    const req = createRequire(path.join(depsDir, 'package.json'));
    const pkg = {
      require: (id) => req(id),
      import: (id) => import(pathToFileURL(req.resolve(id)).href),
    };
    const input = workload.input(inputDir, (file) => fs.readFileSync(path.join(inputDir, file), 'utf8'));

    stage = 'load';
    let t = performance.now();
    const lib = await workload.load(pkg);
    result.load_ms = round(performance.now() - t);

    stage = 'run';
    result.runs_ms = [];
    let first;
    let spent = 0;
    for (let i = 0; i < runs; i++) {
      t = performance.now();
      const output = await workload.run(lib, input);
      const ms = performance.now() - t;
      result.runs_ms.push(round(ms));
      if (i === 0) first = output;
      spent += ms;
      if (spent + ms > budgetMs) break;
    }

    stage = 'digest';
    const text = workload.digest(first);
    result.out_len = text.length;
    result.checksum = crypto.createHash('sha256').update(text).digest('hex').slice(0, 12);
  } catch (error) {
    result.stage = stage;
    result.error = describe(error);
    console.log(JSON.stringify(result));
    process.exitCode = 1;
    return;
  }
  console.log(JSON.stringify(result));
}

function round(ms) {
  return Math.round(ms * 100) / 100;
}

module.exports = { main };
