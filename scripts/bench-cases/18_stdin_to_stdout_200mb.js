// cat: 200 MB through a pipe on process.stdin into process.stdout (discarded by the harness).
// bench-stdin: 200
// bench-stdout: discard
process.stdin.pipe(process.stdout);
