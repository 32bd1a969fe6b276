'use strict';
// 'beforeExit' and 'exit', and the exit code, as Node computes them.

const binding = internalBinding('process_methods');

// The process object exists only if the program touched it; without it there are no listeners.
function existingProcess() {
  return require('internal/bootstrap/node').isMaterialized('process') ? globalThis.process : undefined;
}

// process.exitCode as an exit status; `unset` when the program set none.
function exitCodeOf(process, unset = 0) {
  const code = process?.exitCode;
  if (code === undefined || code === null) return unset;
  return Number(code) | 0;
}

// The status the process ends with now (after an error an 'exit' listener threw was handled).
function currentExitCode() {
  return exitCodeOf(existingProcess());
}

function emitBeforeExit() {
  const process = existingProcess();
  if (process === undefined || process._exiting) return;
  process.emit('beforeExit', exitCodeOf(process));
}

// Emits 'exit' once and returns the code the process should end with.
function emitExit(forcedCode) {
  const process = existingProcess();
  if (process === undefined) return forcedCode ?? 0;
  if (forcedCode !== undefined) process.exitCode = forcedCode;
  if (!process._exiting) {
    process._exiting = true;
    require('internal/process/task_queues').setExiting();
    process.emit('exit', exitCodeOf(process));
  }
  return exitCodeOf(process);
}

// process.exit(): 'exit' listeners run, then the process ends at once.
function exitNow() {
  const code = emitExit();
  binding.reallyExit(code);
}

module.exports = { emitBeforeExit, emitExit, exitNow, existingProcess, exitCodeOf, currentExitCode };
