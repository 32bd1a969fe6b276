//! Command line → [`Options`]. No runtime logic lives here.
//!
//! Mirrors Node's CLI: `coil app.js [args]`, `coil -e CODE`, `coil -p EXPR`, `coil -` (script on
//! stdin), a piped script with no arguments, `--version`, `--help`, plus `--trace-loop`.

use std::ffi::OsString;

/// Where the main program comes from.
#[derive(Debug, Clone)]
pub enum Entry {
    /// A script file, as given on the command line.
    File(String),
    /// `-e CODE`: evaluated as a CommonJS-style script named `[eval]`.
    Eval(String),
    /// `-p EXPR`: like `-e`, then the completion value is printed with `util.inspect`.
    Print(String),
    /// `-` or a non-TTY stdin with no script: the program is read from standard input.
    Stdin,
    /// No script and a terminal on stdin: Node would start its REPL.
    Repl,
}

/// Everything the runtime needs from the command line.
#[derive(Debug, Clone)]
pub struct Options {
    pub entry: Entry,
    /// Arguments after the script (become `process.argv.slice(2)`).
    pub args: Vec<String>,
    /// Flags before the script, as given (become `process.execArgv`).
    pub exec_argv: Vec<String>,
    /// `--trace-loop`: print each loop phase and callback to stderr.
    pub trace_loop: bool,
}

/// What `main` should do.
pub enum Command {
    Run(Options),
    /// Print this text and exit 0 (`--version`, `--help`).
    Print(String),
}

/// The version reported by `coil --version` and `process.versions.coil`.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

const HELP: &str = "Usage: coil [options] [ script.js | -e \"script\" | - ] [arguments]

Options:
  -e, --eval CODE     evaluate CODE as a script
  -p, --print EXPR    evaluate EXPR and print the result
  -                   read the script from standard input
  --trace-loop        show every event-loop phase and callback on stderr
  --no-deprecation    silence deprecation warnings
  --throw-deprecation throw deprecation warnings as errors
  --trace-deprecation print a stack trace with each deprecation warning
  --pending-deprecation  also emit pending deprecation warnings
  --no-warnings       silence all process warnings
  --trace-warnings    print a stack trace with each warning
  -v, --version       print coil's version
  -h, --help          print this help

Environment:
  COIL_THREADPOOL_SIZE  worker threads for file and other blocking work (default 4)
";

/// Node flags that only change what the JS side does (kept in `process.execArgv`, read there).
const JS_FLAGS: &[&str] = &[
    "--no-deprecation",
    "--throw-deprecation",
    "--trace-deprecation",
    "--pending-deprecation",
    "--no-warnings",
    "--trace-warnings",
];

/// Parses the arguments after the program name.
pub fn parse(raw: Vec<OsString>) -> Result<Command, String> {
    let args: Vec<String> = raw
        .into_iter()
        .map(|a| {
            a.into_string()
                .map_err(|a| format!("argument is not UTF-8: {a:?}"))
        })
        .collect::<Result<_, _>>()?;
    let mut exec_argv = Vec::new();
    let mut trace_loop = false;
    let mut i = 0;
    while i < args.len() {
        let arg = args[i].as_str();
        let rest = || args[i + 1..].to_vec();
        match arg {
            "-v" | "--version" => return Ok(Command::Print(format!("v{VERSION}\n"))),
            "-h" | "--help" => return Ok(Command::Print(HELP.to_string())),
            "--trace-loop" => {
                trace_loop = true;
                exec_argv.push(arg.to_string());
            }
            "-e" | "--eval" | "-p" | "--print" => {
                let code = args
                    .get(i + 1)
                    .ok_or_else(|| format!("{arg} requires an argument"))?;
                exec_argv.push(arg.to_string());
                exec_argv.push(code.clone());
                let entry = if arg.starts_with("-p") || arg == "--print" {
                    Entry::Print(code.clone())
                } else {
                    Entry::Eval(code.clone())
                };
                i += 1;
                let args = args[i + 1..].to_vec();
                return Ok(Command::Run(Options {
                    entry,
                    args,
                    exec_argv,
                    trace_loop,
                }));
            }
            "-" => {
                // Node keeps the `-` as process.argv[1].
                let mut args = vec!["-".to_string()];
                args.extend(rest());
                let options = Options {
                    entry: Entry::Stdin,
                    args,
                    exec_argv,
                    trace_loop,
                };
                return Ok(Command::Run(options));
            }
            "--" => {
                i += 1;
                break;
            }
            flag if JS_FLAGS.contains(&flag) => exec_argv.push(flag.to_string()),
            flag if flag.starts_with('-') && flag.len() > 1 => {
                return Err(format!("bad option: {flag}"));
            }
            _ => break,
        }
        i += 1;
    }
    let entry = match args.get(i) {
        Some(file) => Entry::File(file.clone()),
        None if stdin_is_terminal() => Entry::Repl,
        None => Entry::Stdin,
    };
    let rest = args
        .get(i + 1..)
        .map(<[String]>::to_vec)
        .unwrap_or_default();
    Ok(Command::Run(Options {
        entry,
        args: rest,
        exec_argv,
        trace_loop,
    }))
}

fn stdin_is_terminal() -> bool {
    use std::io::IsTerminal;
    std::io::stdin().is_terminal()
}
