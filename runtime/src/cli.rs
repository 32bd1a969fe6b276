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
    /// `-r`/`--require` modules (`NODE_OPTIONS`'s first), loaded before the main module.
    pub preload: Vec<String>,
    /// The flags in effect that the JS side reads (`--no-deprecation`, `--expose-gc`...), from
    /// `NODE_OPTIONS` and the command line (`NODE_OPTIONS`'s are not in `process.execArgv`).
    pub js_flags: Vec<String>,
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
  -r, --require MOD   load MOD (resolved from the working directory) before the script
  -                   read the script from standard input
  --trace-loop        show every event-loop phase and callback on stderr
  --no-deprecation    silence deprecation warnings
  --throw-deprecation throw deprecation warnings as errors
  --trace-deprecation print a stack trace with each deprecation warning
  --pending-deprecation  also emit pending deprecation warnings
  --no-warnings       silence all process warnings
  --trace-warnings    print a stack trace with each warning
  --expose-gc         define the global gc() (runs a full collection)
  -v, --version       print coil's version
  -h, --help          print this help

Node and V8 flags about tuning, experimental features, debugging output or native code
(--max-old-space-size=N, --stack-size=N, --experimental-*, --harmony-*, --jitless,
--enable-source-maps...) are accepted and have no effect.

Environment:
  NODE_OPTIONS          flags applied before the command line's (-r and the flags above)
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
    "--expose-gc",
    "--insecure-http-parser",
    "--max-http-header-size",
];

/// Node and V8 flags accepted with no effect: they tune V8's heap, JIT or stack, enable features
/// coil has (or lacks) regardless, or ask for debugging aids coil does not have. Node's tests
/// and tools pass them; refusing them would stop the program.
const IGNORED_FLAGS: &[&str] = &[
    "--expose-internals",
    "--abort-on-uncaught-exception",
    "--zero-fill-buffers",
    "--enable-source-maps",
    "--preserve-symlinks",
    "--preserve-symlinks-main",
    "--no-addons",
    "--jitless",
    "--no-opt",
    "--always-opt",
    "--trace-uncaught",
    "--trace-exit",
    "--trace-sigint",
    "--no-force-async-hooks-checks",
    "--force-async-hooks-checks",
    "--no-global-search-paths",
    "--use-openssl-ca",
    "--use-bundled-ca",
    "--no-node-snapshot",
    "--allow-natives-syntax",
];

/// Prefixes of flags accepted with no effect (as `IGNORED_FLAGS`), most with a `=value`.
const IGNORED_FLAG_PREFIXES: &[&str] = &[
    "--experimental-",
    "--no-experimental-",
    "--harmony",
    "--no-harmony",
    "--max-old-space-size=",
    "--max-semi-space-size=",
    "--stack-size=",
    "--stack-trace-limit=",
    "--disable-proto=",
    "--dns-result-order=",
    "--title=",
    "--openssl-",
    "--tls-",
];

/// How one flag before the script is handled.
enum Flag {
    /// Read by the JS side (`JS_FLAGS`).
    Js,
    /// Accepted, no effect (`IGNORED_FLAGS`).
    Ignored,
    /// `-r MODULE` / `--require=MODULE`; `None` when the module is the next argument.
    Require(Option<String>),
    TraceLoop,
    Unknown,
}

fn classify(flag: &str) -> Flag {
    let (name, value) = match flag.split_once('=') {
        Some((name, value)) => (name, Some(value)),
        None => (flag, None),
    };
    // V8's flags may be spelt with underscores (`--expose_gc`), as Node allows.
    let name = name.replace('_', "-");
    match name.as_str() {
        "-r" | "--require" => return Flag::Require(value.map(str::to_string)),
        "--trace-loop" => return Flag::TraceLoop,
        _ => {}
    }
    let spelt = match value {
        Some(value) => format!("{name}={value}"),
        None => name.clone(),
    };
    if JS_FLAGS.contains(&name.as_str()) {
        Flag::Js
    } else if IGNORED_FLAGS.contains(&name.as_str())
        || IGNORED_FLAG_PREFIXES.iter().any(|p| spelt.starts_with(p))
    {
        Flag::Ignored
    } else {
        Flag::Unknown
    }
}

/// The state built up while reading flags (from `NODE_OPTIONS`, then the command line).
#[derive(Default)]
struct Flags {
    trace_loop: bool,
    preload: Vec<String>,
    js_flags: Vec<String>,
}

impl Flags {
    /// Applies the flag at `args[i]`; returns how many arguments it took.
    fn apply(&mut self, args: &[String], i: usize) -> Result<usize, String> {
        let flag = args[i].as_str();
        match classify(flag) {
            Flag::Js => self.js_flags.push(flag.replace('_', "-")),
            Flag::Ignored => {}
            Flag::TraceLoop => self.trace_loop = true,
            Flag::Require(Some(module)) => self.preload.push(module),
            Flag::Require(None) => {
                let module = args
                    .get(i + 1)
                    .ok_or_else(|| format!("{flag} requires an argument"))?;
                self.preload.push(module.clone());
                return Ok(2);
            }
            Flag::Unknown => return Err(format!("bad option: {flag}")),
        }
        Ok(1)
    }
}

/// Reads `NODE_OPTIONS` (space-separated flags; double quotes group a value with spaces).
fn node_options(flags: &mut Flags) -> Result<(), String> {
    let Ok(text) = std::env::var("NODE_OPTIONS") else {
        return Ok(());
    };
    let mut words = Vec::new();
    let mut word = String::new();
    let (mut quoted, mut in_word) = (false, false);
    for c in text.chars() {
        match c {
            '"' => (quoted, in_word) = (!quoted, true),
            c if c.is_whitespace() && !quoted => {
                if in_word {
                    words.push(std::mem::take(&mut word));
                }
                in_word = false;
            }
            c => {
                word.push(c);
                in_word = true;
            }
        }
    }
    if in_word {
        words.push(word);
    }
    let mut i = 0;
    while i < words.len() {
        let flag = words[i].as_str();
        if matches!(flag, "-e" | "--eval" | "-p" | "--print" | "-" | "--") || !flag.starts_with('-')
        {
            return Err(format!("{flag} is not allowed in NODE_OPTIONS"));
        }
        i += flags.apply(&words, i)?;
    }
    Ok(())
}

/// Parses the arguments after the program name.
pub fn parse(raw: Vec<OsString>) -> Result<Command, String> {
    let args: Vec<String> = raw
        .into_iter()
        .map(|a| {
            a.into_string()
                .map_err(|a| format!("argument is not UTF-8: {a:?}"))
        })
        .collect::<Result<_, _>>()?;
    let mut flags = Flags::default();
    node_options(&mut flags)?;
    let mut exec_argv = Vec::new();
    let mut i = 0;
    let mut entry = None;
    while i < args.len() {
        let arg = args[i].as_str();
        match arg {
            "-v" | "--version" => return Ok(Command::Print(format!("v{VERSION}\n"))),
            "-h" | "--help" => return Ok(Command::Print(HELP.to_string())),
            "-e" | "--eval" | "-p" | "--print" => {
                let code = args
                    .get(i + 1)
                    .ok_or_else(|| format!("{arg} requires an argument"))?;
                exec_argv.push(arg.to_string());
                exec_argv.push(code.clone());
                entry = Some(if arg.starts_with("-p") || arg == "--print" {
                    Entry::Print(code.clone())
                } else {
                    Entry::Eval(code.clone())
                });
                i += 2;
                break;
            }
            "-" => {
                // Node keeps the `-` as process.argv[1].
                entry = Some(Entry::Stdin);
                break;
            }
            "--" => {
                i += 1;
                break;
            }
            flag if flag.starts_with('-') && flag.len() > 1 => {
                let taken = flags.apply(&args, i)?;
                exec_argv.extend(args[i..i + taken].iter().cloned());
                i += taken;
            }
            _ => break,
        }
    }
    let (entry, rest) = match entry {
        Some(entry) => (entry, args[i..].to_vec()),
        None => match args.get(i) {
            Some(file) => (Entry::File(file.clone()), args[i + 1..].to_vec()),
            None if stdin_is_terminal() => (Entry::Repl, Vec::new()),
            None => (Entry::Stdin, Vec::new()),
        },
    };
    Ok(Command::Run(Options {
        entry,
        args: rest,
        exec_argv,
        trace_loop: flags.trace_loop,
        preload: flags.preload,
        js_flags: flags.js_flags,
    }))
}

fn stdin_is_terminal() -> bool {
    use std::io::IsTerminal;
    std::io::stdin().is_terminal()
}
