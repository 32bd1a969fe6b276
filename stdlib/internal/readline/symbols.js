'use strict';
// Private keys shared by the readline modules. Each one names an Interface method or field; the
// legacy `readline.Interface` maps most of them to the old underscore names (`_refreshLine`, ...)
// so that code patching those names keeps working.

const names = [
  'AddHistory', 'BeforeEdit', 'Decoder', 'DeleteLeft', 'DeleteLineLeft', 'DeleteLineRight',
  'DeleteRight', 'DeleteWordLeft', 'DeleteWordRight', 'GetDisplayPos', 'HistoryNext',
  'HistoryPrev', 'InsertString', 'Line', 'Line_buffer', 'KillRing', 'KillRingCursor',
  'MoveCursor', 'NormalWrite', 'OldPrompt', 'OnLine', 'PreviousKey', 'Prompt', 'PushToKillRing',
  'PushToUndoStack', 'QuestionCallback', 'QuestionReject', 'Redo', 'RedoStack', 'RefreshLine',
  'SawKeyPress', 'SawReturnAt', 'SetRawMode', 'TabComplete', 'TabCompleter', 'TtyWrite', 'Undo',
  'UndoStack', 'WordLeft', 'WordRight', 'WriteToOutput', 'Yank', 'Yanking', 'YankPop',
];

// Symbol descriptions follow Node's (`_refreshLine` for kRefreshLine, ...): they show up when an
// Interface is inspected.
for (let i = 0; i < names.length; i++) {
  const name = names[i];
  exports[`k${name}`] = Symbol(`_${name[0].toLowerCase()}${name.slice(1)}`);
}

exports.kQuestion = Symbol('kQuestion');
exports.kQuestionCancel = Symbol('kQuestionCancel');
exports.kLineObjectStream = Symbol('line object stream');
exports.kSubstringSearch = Symbol('kSubstringSearch');
// Unfinished text of the next line in non-terminal mode, kept as pieces joined once a line ends.
exports.kLineParts = Symbol('kLineParts');
