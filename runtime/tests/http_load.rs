//! Load and hostile clients against coil's HTTP server: 10,000 connections opened and closed, a
//! slowloris client, clients vanishing mid-body, malformed and oversized requests — the script
//! `conformance/fixtures/load/http-load-bad-clients.js` checks that requests keep being answered,
//! none is lost and no descriptor leaks. It runs here rather than in the conformance suite
//! because a debug build needs longer than a conformance case may take; its output must equal
//! node's.

use std::path::{Path, PathBuf};
use std::process::Command;

fn run(program: &Path, script: &Path) -> (String, String, Option<i32>) {
    let output = Command::new(program)
        .arg(script)
        .current_dir(script.parent().expect("the script has a folder"))
        .output()
        .expect("the runtime starts");
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
        output.status.code(),
    )
}

#[test]
fn the_server_survives_load_and_bad_clients_without_leaks() {
    let script = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../conformance/fixtures/load/http-load-bad-clients.js")
        .canonicalize()
        .expect("the load script exists");
    let coil = PathBuf::from(env!("CARGO_BIN_EXE_coil"));
    let (coil_out, coil_err, coil_code) = run(&coil, &script);
    let (node_out, _, node_code) = run(Path::new("node"), &script);
    assert_eq!(coil_code, Some(0), "coil failed: {coil_err}");
    assert_eq!(coil_code, node_code);
    assert_eq!(coil_out, node_out);
    assert!(coil_out.contains("descriptors back to where they were: true"));
}
