//! A real Express application on coil: the fixture in `conformance/fixtures/express-app` (its
//! `package.json` and `package-lock.json` are committed) is installed with `npm ci` when its
//! `node_modules` is missing, then run by coil and by node; the outputs must be identical.
//! Needs `npm` and the npm registry (the project's machines have both).

use std::path::{Path, PathBuf};
use std::process::Command;

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../conformance/fixtures/express-app")
        .canonicalize()
        .expect("the express-app fixture exists")
}

/// Installs the fixture's dependencies once (npm ci is reproducible from the lock file).
fn install(dir: &Path) {
    if dir.join("node_modules/express/package.json").is_file() {
        return;
    }
    let status = Command::new("npm")
        .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
        .current_dir(dir)
        .status()
        .expect("npm runs (Node v20 and npm are installed on the project's machines)");
    assert!(status.success(), "npm ci failed in {}", dir.display());
}

fn run(program: &Path, dir: &Path) -> (String, i32) {
    let output = Command::new(program)
        .arg("app.js")
        .current_dir(dir)
        .output()
        .expect("the runtime starts");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.is_empty() || output.status.success(),
        "{} failed: {stderr}",
        program.display()
    );
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        output.status.code().unwrap_or(-1),
    )
}

#[test]
fn an_express_app_serves_its_routes_as_on_node() {
    let dir = fixture();
    install(&dir);
    let coil = PathBuf::from(env!("CARGO_BIN_EXE_coil"));
    let (coil_out, coil_code) = run(&coil, &dir);
    let (node_out, node_code) = run(Path::new("node"), &dir);
    assert_eq!(coil_code, node_code, "exit codes differ");
    // Nothing in the output varies between runs (ETags hash the bodies; no dates are printed).
    assert_eq!(coil_out, node_out);
    assert!(coil_out.contains("Hello World") && coil_out.contains("closed"));
}
