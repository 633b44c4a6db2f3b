//! What the tests of the `dsii` binary share: running it in the repository root, where
//! the fixture paths resolve, reading what it wrote, and the scratch folder.

// Each test file uses its own part of this module.
#![allow(dead_code)]

use std::path::PathBuf;
use std::process::{Command, Output};

/// The repository root, where every run starts: paths in arguments are relative to it.
pub const REPO: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

/// The two versions of the test policy, four months apart.
pub const POLICY_V1: &str = "tests/fixtures/policy_v1.json";
pub const POLICY_V2: &str = "tests/fixtures/policy_v2.json";

/// Runs the `dsii` binary with `args` in the repository root.
pub fn dsii(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dsii"))
        .args(args)
        .current_dir(REPO)
        .output()
        .expect("dsii runs")
}

/// Runs `dsii` and checks that it exited with `code`, showing its standard error when
/// it did not.
pub fn dsii_exits(code: i32, args: &[&str]) -> Output {
    let output = dsii(args);
    assert_eq!(
        output.status.code(),
        Some(code),
        "{args:?}: {}",
        stderr(&output)
    );
    output
}

/// Runs `dsii` and checks that it succeeded.
pub fn dsii_ok(args: &[&str]) -> Output {
    dsii_exits(0, args)
}

/// Checks that `args` is a usage error: exit status 2 and nothing on standard output.
pub fn assert_usage_error(args: &[&str]) {
    let output = dsii_exits(2, args);
    assert_eq!(stdout(&output), "", "{args:?}");
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// `name` in Cargo's scratch folder for integration tests.
pub fn scratch_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name)
}
