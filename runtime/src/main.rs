//! The `coil` binary: parse the command line, then run the program on a JS thread with a large
//! stack (Boa re-enters the Rust stack when native code calls back into JS: getters, sort
//! comparators, `Array.prototype.map` callbacks...).

mod bindings;
mod bootstrap;
mod cli;
mod codec;
mod errors;
mod event_loop;
#[cfg(feature = "js-profile")]
mod js_profile;
mod modules;
mod pool;
mod reactor;
mod regexp;
mod runtime;
mod stdlib;
mod tz;

use std::process::ExitCode;

/// Stack of the JS thread. Deep native→JS re-entry (e.g. recursive `JSON.stringify` replacers or
/// `toString` chains) uses Rust stack; 256 MiB of address space is reserved, not committed.
const JS_THREAD_STACK: usize = 256 * 1024 * 1024;

fn main() -> ExitCode {
    let options = match cli::parse(std::env::args_os().skip(1).collect()) {
        Ok(cli::Command::Run(options)) => options,
        Ok(cli::Command::Print(text)) => {
            print!("{text}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("coil: {message}");
            return ExitCode::from(9);
        }
    };
    let js_thread = std::thread::Builder::new()
        .name("coil-js".into())
        .stack_size(JS_THREAD_STACK)
        .spawn(move || runtime::run(options));
    let code = match js_thread.map(|t| t.join()) {
        Ok(Ok(code)) => code,
        _ => 70,
    };
    runtime::flush_stdio();
    std::process::exit(code)
}
