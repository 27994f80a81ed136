//! Writing to a closed pipe (`prog | head -1` after `head` has exited). As CPython
//! ignores SIGPIPE at start-up, a write fails with EPIPE and raises BrokenPipeError
//! (catchable; uncaught it is a traceback and status 1), and a failed flush of stdout at
//! exit is reported as `Exception ignored in: <_io.TextIOWrapper name='<stdout>' ...>`
//! with status 120. The differential harness cannot pipe, so this test builds each
//! program under `tests/pipes/` once and runs it, like CPython, with its stdout a pipe
//! whose read end is already closed (deterministic: every write fails), comparing the
//! exit status and stderr.
//!
//! CPython is found through `$MOLT_CPYTHON` or `pyenv prefix 3.12.1`; it runs with
//! `PYTHONUNBUFFERED` removed (its stdout is then block-buffered, as Molt's is).

use std::path::PathBuf;
use std::process::{Command, Stdio};

fn cpython() -> PathBuf {
    if let Ok(p) = std::env::var("MOLT_CPYTHON") {
        return PathBuf::from(p);
    }
    let out = Command::new("pyenv")
        .args(["prefix", "3.12.1"])
        .output()
        .expect("CPython 3.12 is needed (pyenv install 3.12.1, or set MOLT_CPYTHON)");
    PathBuf::from(String::from_utf8_lossy(&out.stdout).trim()).join("bin/python3")
}

/// Runs `cmd` with stdout a pipe nobody reads (its read end closed first); returns
/// (exit status, stderr).
fn run_into_closed_pipe(mut cmd: Command) -> (Option<i32>, String) {
    let (reader, writer) = std::io::pipe().expect("pipe");
    drop(reader);
    let out = cmd
        .env_remove("PYTHONUNBUFFERED")
        .stdin(Stdio::null())
        .stdout(writer)
        .stderr(Stdio::piped())
        .output()
        .expect("run");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn closed_pipe_matches_cpython() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .canonicalize()
        .unwrap();
    let dir = root.join("tests/pipes");
    let molt = PathBuf::from(env!("CARGO_BIN_EXE_molt"));
    let py = cpython();
    let work = root.join("target/pipetest");
    std::fs::create_dir_all(&work).unwrap();
    let mut progs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    progs.sort();
    assert!(progs.len() >= 4, "tests/pipes holds the programs");
    let mut failures = Vec::new();
    for prog in &progs {
        let name = prog.file_stem().unwrap().to_string_lossy().to_string();
        let exe = work.join(&name);
        let b = Command::new(&molt)
            .arg("build")
            .arg(prog)
            .arg("-o")
            .arg(&exe)
            .output()
            .unwrap();
        assert!(
            b.status.success(),
            "molt build {}: {}",
            name,
            String::from_utf8_lossy(&b.stderr)
        );
        let mut c = Command::new(&py);
        c.arg(prog);
        let want = run_into_closed_pipe(c);
        let got = run_into_closed_pipe(Command::new(&exe));
        let _ = std::fs::remove_file(&exe);
        if want != got {
            failures.push(format!("{}: cpython {:?}\n  molt {:?}", name, want, got));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
