//! The differential suite: every program under `tests/differential/` is compiled by
//! Molt and run; CPython 3.12 runs the same file; stdout, the exit status and the last
//! line of stderr must agree. Programs run in parallel; the summary line is
//! `N passed, N failed`.
//!
//! CPython is found through `$MOLT_CPYTHON` or `pyenv prefix 3.12.1`.
//! `MOLT_DIFF_FILTER=substring` runs only matching programs.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

fn cpython() -> PathBuf {
    if let Ok(p) = std::env::var("MOLT_CPYTHON") {
        return PathBuf::from(p);
    }
    if let Ok(out) = Command::new("pyenv").args(["prefix", "3.12.1"]).output() {
        if out.status.success() {
            let p = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim()).join("bin/python3");
            if p.exists() {
                return p;
            }
        }
    }
    eprintln!(
        "error: CPython 3.12 is needed to compute expected output.\n\
         Install it with `pyenv install 3.12.1` (tools/setup.sh does this), or set MOLT_CPYTHON=/path/to/python3.12"
    );
    std::process::exit(2);
}

struct Outcome {
    stdout: String,
    stderr_last: String,
    status: i32,
}

fn run_with_timeout(mut cmd: Command, limit: Duration) -> Result<Outcome, String> {
    let child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| e.to_string())?;
    let pid = child.id();
    let done = Arc::new(Mutex::new(false));
    let d2 = done.clone();
    std::thread::spawn(move || {
        let start = Instant::now();
        while start.elapsed() < limit {
            std::thread::sleep(Duration::from_millis(50));
            if *d2.lock().unwrap() {
                return;
            }
        }
        let _ = Command::new("kill").arg("-9").arg(pid.to_string()).status();
    });
    let out = child.wait_with_output().map_err(|e| e.to_string())?;
    *done.lock().unwrap() = true;
    let status = match out.status.code() {
        Some(c) => c,
        None => return Err("killed (crash or timeout)".into()),
    };
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    let stderr_last = stderr
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .to_string();
    Ok(Outcome {
        stdout: String::from_utf8_lossy(&out.stdout).to_string(),
        stderr_last,
        status,
    })
}

fn first_difference(a: &str, b: &str) -> String {
    let (al, bl): (Vec<&str>, Vec<&str>) = (a.lines().collect(), b.lines().collect());
    for i in 0..al.len().max(bl.len()) {
        let (x, y) = (al.get(i).copied(), bl.get(i).copied());
        if x != y {
            return format!(
                "line {}: cpython {:?} / molt {:?}",
                i + 1,
                x.unwrap_or("<none>"),
                y.unwrap_or("<none>")
            );
        }
    }
    "trailing whitespace differs".into()
}

fn check(molt: &Path, py: &Path, prog: &Path, work: &Path) -> Result<(), String> {
    let name = if prog.file_name().map(|f| f == "main.py").unwrap_or(false) {
        prog.parent()
            .unwrap()
            .file_name()
            .unwrap()
            .to_string_lossy()
            .to_string()
    } else {
        prog.file_stem().unwrap().to_string_lossy().to_string()
    };
    let exe = work.join(&name);
    let b = Command::new(molt)
        .arg("build")
        .arg(prog)
        .arg("-o")
        .arg(&exe)
        .output()
        .map_err(|e| e.to_string())?;
    if !b.status.success() {
        return Err(format!(
            "molt build failed:\n{}",
            String::from_utf8_lossy(&b.stderr)
        ));
    }
    let mut c = Command::new(py);
    c.arg(prog);
    let expected =
        run_with_timeout(c, Duration::from_secs(30)).map_err(|e| format!("cpython: {}", e))?;
    let actual = run_with_timeout(Command::new(&exe), Duration::from_secs(30))
        .map_err(|e| format!("molt binary: {}", e))?;
    let mut problems = Vec::new();
    if expected.stdout != actual.stdout {
        problems.push(format!(
            "stdout differs: {}",
            first_difference(&expected.stdout, &actual.stdout)
        ));
    }
    if expected.status != actual.status {
        problems.push(format!(
            "exit status: cpython {}, molt {}",
            expected.status, actual.status
        ));
    }
    if expected.stderr_last != actual.stderr_last {
        problems.push(format!(
            "last stderr line: cpython {:?}, molt {:?}",
            expected.stderr_last, actual.stderr_last
        ));
    }
    let _ = std::fs::remove_file(&exe);
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n    "))
    }
}

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let dir = root.join("tests/differential");
    let molt = PathBuf::from(env!("CARGO_BIN_EXE_molt"));
    let py = cpython();
    let filter = std::env::var("MOLT_DIFF_FILTER").unwrap_or_default();
    // A program is a `.py` file, or a folder holding a multi-module program (`main.py`).
    let mut progs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/differential exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter_map(|p| {
            if p.is_dir() && p.join("main.py").is_file() {
                Some(p.join("main.py"))
            } else if p.extension().map(|x| x == "py").unwrap_or(false) {
                Some(p)
            } else {
                None
            }
        })
        .filter(|p| p.to_string_lossy().contains(&filter))
        .collect();
    progs.sort();
    let work = root.join("target/difftest");
    std::fs::create_dir_all(&work).unwrap();
    let queue = Arc::new(Mutex::new(progs.clone()));
    let results = Arc::new(Mutex::new(Vec::new()));
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2)
        .max(2);
    let mut handles = Vec::new();
    for _ in 0..threads {
        let (queue, results, molt, py, work) = (
            queue.clone(),
            results.clone(),
            molt.clone(),
            py.clone(),
            work.clone(),
        );
        handles.push(std::thread::spawn(move || loop {
            let Some(p) = queue.lock().unwrap().pop() else {
                break;
            };
            let r = check(&molt, &py, &p, &work);
            results.lock().unwrap().push((p, r));
        }));
    }
    for h in handles {
        h.join().unwrap();
    }
    let mut results = Arc::try_unwrap(results).ok().unwrap().into_inner().unwrap();
    results.sort_by(|a, b| a.0.cmp(&b.0));
    let mut failed = 0;
    for (p, r) in &results {
        if let Err(msg) = r {
            failed += 1;
            println!(
                "FAIL {}\n    {}",
                p.file_name().unwrap().to_string_lossy(),
                msg.trim_end()
            );
        }
    }
    let passed = results.len() - failed;
    println!("{} passed, {} failed", passed, failed);
    if failed > 0 || results.is_empty() {
        std::process::exit(1);
    }
}
