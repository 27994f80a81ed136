//! The differential suite: every program under `tests/differential/` is compiled by
//! Molt and run; CPython 3.12 runs the same file; stdout, the exit status and the whole
//! stderr (tracebacks with their source lines and carets) must agree, except for
//! traceback frames in files outside the program's folder (CPython's library and
//! Molt's `stdlib/` are different files). Programs run in parallel; the summary line is
//! `N passed, N failed`.
//!
//! CPython is found through `$MOLT_CPYTHON` or `pyenv prefix 3.12.1`.
//! `MOLT_DIFF_FILTER=substring` runs only matching programs.
//!
//! `NAME.stdin` next to a program is fed to its standard input (otherwise it is empty).
//!
//! Programs are built `--trusted` (CPython has every capability), unless a line
//! `# molt-capabilities: LIST` near the top narrows them to LIST.
//!
//! The capability suite (`tests/capabilities/*.py`) checks denials: each program
//! carries `# molt-capabilities: LIST` and prints the line `[denied next]` just before
//! the operation that LIST does not allow. Molt's stdout must equal CPython's up to and
//! including that line; Molt must exit with status 1 and its last stderr line must be
//! `NAME.stderr` (the documented PermissionError text, see README "Capabilities").
//! When the program catches the error itself, `NAME.after` holds what it prints after
//! the marker (and the exit status must match CPython's). A few command-line checks
//! (`--capabilities` errors, `molt run` trusted by default) run with this suite.

use std::os::unix::process::ExitStatusExt;
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
    /// The whole stderr (tracebacks included).
    stderr: String,
    stderr_last: String,
    status: i32,
}

fn run_with_timeout(cmd: Command, limit: Duration) -> Result<Outcome, String> {
    run_with_input(cmd, limit, None)
}

/// Runs a program with `input` on its stdin (or an empty stdin).
fn run_with_input(
    mut cmd: Command,
    limit: Duration,
    input: Option<Vec<u8>>,
) -> Result<Outcome, String> {
    let mut child = cmd
        .stdin(if input.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| e.to_string())?;
    if let (Some(data), Some(mut stdin)) = (input, child.stdin.take()) {
        std::thread::spawn(move || {
            use std::io::Write;
            let _ = stdin.write_all(&data);
        });
    }
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
    // A program ended by SIGINT (an uncaught KeyboardInterrupt, in CPython and Molt
    // alike) reports the shell's 130; any other signal is a crash or our timeout.
    let status = match (out.status.code(), out.status.signal()) {
        (Some(c), _) => c,
        (None, Some(2)) => 130,
        _ => return Err("killed (crash or timeout)".into()),
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
        stderr,
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

/// Stderr with the traceback frames of files outside the program's folder removed
/// (with their source and caret lines): CPython's library frames (asyncio, ...) and
/// Molt's `stdlib/` frames live in different files; everything else must agree.
fn program_frames_only(stderr: &str, dir: &Path) -> String {
    // CPython prints the path as given on its command line, Molt the canonical one.
    let canon = |p: &str| {
        std::fs::canonicalize(p)
            .map(|c| c.to_string_lossy().to_string())
            .unwrap_or_else(|_| p.to_string())
    };
    let dir = canon(&dir.to_string_lossy());
    let mut out = String::new();
    let mut skip_indent: Option<usize> = None;
    for line in stderr.lines() {
        // Exception groups draw a margin of `|` and spaces before the frames.
        let body = line.trim_start_matches(|c| c == ' ' || c == '|' || c == '+' || c == '-');
        let indent = line.len() - body.len();
        if let Some(ind) = skip_indent {
            if indent > ind && !body.starts_with("File \"") {
                continue;
            }
            skip_indent = None;
        }
        if let Some(rest) = body.strip_prefix("File \"") {
            let path = rest.split('"').next().unwrap_or("");
            let real = canon(path);
            if !real.starts_with(&dir) {
                skip_indent = Some(indent);
                continue;
            }
            out.push_str(&line.replacen(path, &real, 1));
            out.push('\n');
            continue;
        }
        out.push_str(&mask_addresses(line));
        out.push('\n');
    }
    out
}

/// Replaces object addresses (`at 0x7f3a...` in reprs such as CPython's "Exception
/// ignored in: <function C.__del__ at 0x...>") by `at 0xADDR`: they differ per run.
fn mask_addresses(line: &str) -> String {
    let mut out = String::new();
    let mut rest = line;
    while let Some(i) = rest.find("at 0x") {
        out.push_str(&rest[..i + 5]);
        rest = &rest[i + 5..];
        let hex = rest.len()
            - rest
                .trim_start_matches(|c: char| c.is_ascii_hexdigit())
                .len();
        if hex > 0 {
            out.push_str("ADDR");
            rest = &rest[hex..];
        }
    }
    out.push_str(rest);
    out
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
        .args(capability_args(prog))
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
    // Each program runs in a scratch folder of its own (os/file programs create files
    // in the current directory).
    let cwd = work.join(format!("cwd_{}", name));
    let (cw, mw) = (cwd.join("cpython"), cwd.join("molt"));
    let _ = std::fs::create_dir_all(&cw);
    let _ = std::fs::create_dir_all(&mw);
    // `NAME.stdin` next to a program is fed to its standard input.
    let input = std::fs::read(prog.with_extension("stdin")).ok();
    // The canonical path, as Molt records it (warnings print it at the line start).
    let mut c = Command::new(py);
    c.arg(std::fs::canonicalize(prog).unwrap_or_else(|_| prog.to_path_buf()))
        .current_dir(&cw);
    let expected = run_with_input(c, Duration::from_secs(30), input.clone())
        .map_err(|e| format!("cpython: {}", e))?;
    let mut m = Command::new(&exe);
    m.current_dir(&mw);
    let actual = run_with_input(m, Duration::from_secs(30), input)
        .map_err(|e| format!("molt binary: {}", e))?;
    let _ = std::fs::remove_dir_all(&cwd);
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
    let dir = prog.parent().unwrap_or(Path::new("."));
    let (want_err, got_err) = (
        program_frames_only(&expected.stderr, dir),
        program_frames_only(&actual.stderr, dir),
    );
    if want_err != got_err {
        problems.push(format!(
            "stderr differs (last lines: cpython {:?}, molt {:?}): {}",
            expected.stderr_last,
            actual.stderr_last,
            first_difference(&want_err, &got_err)
        ));
    }
    let _ = std::fs::remove_file(&exe);
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n    "))
    }
}

/// The `# molt-capabilities: LIST` header of a program, if any (first 10 lines).
fn declared_capabilities(prog: &Path) -> Option<String> {
    let src = std::fs::read_to_string(prog).ok()?;
    src.lines().take(10).find_map(|l| {
        l.trim()
            .strip_prefix("# molt-capabilities:")
            .map(|c| c.trim().to_string())
    })
}

/// `molt build` arguments granting a program its capabilities (trusted by default).
fn capability_args(prog: &Path) -> Vec<String> {
    match declared_capabilities(prog) {
        Some(list) => vec!["--capabilities".into(), list],
        None => vec!["--trusted".into()],
    }
}

const DENIED_MARKER: &str = "[denied next]";

/// One capability-denial case (see the module doc).
fn check_denial(molt: &Path, py: &Path, prog: &Path, work: &Path) -> Result<(), String> {
    let name = prog.file_stem().unwrap().to_string_lossy().to_string();
    let Some(caps) = declared_capabilities(prog) else {
        return Err("no `# molt-capabilities:` line".into());
    };
    let after = std::fs::read_to_string(prog.with_extension("after")).ok();
    let want_stderr = match after {
        Some(_) => String::new(),
        None => std::fs::read_to_string(prog.with_extension("stderr"))
            .map_err(|_| format!("{}.stderr is missing", name))?,
    };
    let exe = work.join(format!("cap_{}", name));
    let b = Command::new(molt)
        .arg("build")
        .arg(prog)
        .arg("--capabilities")
        .arg(&caps)
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
    // Programs run in their own folder (they may create files next to them).
    let (cw, mw) = (work.join("cpython"), work.join("molt"));
    let _ = std::fs::create_dir_all(&cw);
    let _ = std::fs::create_dir_all(&mw);
    // The canonical path, as Molt records it (warnings print it at the line start).
    let mut c = Command::new(py);
    c.arg(std::fs::canonicalize(prog).unwrap_or_else(|_| prog.to_path_buf()))
        .current_dir(&cw);
    let expected =
        run_with_timeout(c, Duration::from_secs(30)).map_err(|e| format!("cpython: {}", e))?;
    let mut m = Command::new(&exe);
    m.current_dir(&mw);
    let actual =
        run_with_timeout(m, Duration::from_secs(30)).map_err(|e| format!("molt binary: {}", e))?;
    let _ = std::fs::remove_file(&exe);
    let Some(cut) = expected.stdout.find(DENIED_MARKER) else {
        return Err(format!("CPython's output has no {:?} line", DENIED_MARKER));
    };
    let mut want_stdout = expected.stdout[..cut + DENIED_MARKER.len() + 1].to_string();
    let mut problems = Vec::new();
    match &after {
        Some(a) => {
            want_stdout.push_str(a);
            if actual.status != expected.status {
                problems.push(format!(
                    "exit status: cpython {}, molt {}",
                    expected.status, actual.status
                ));
            }
        }
        None => {
            if actual.status != 1 {
                problems.push(format!("exit status {} (expected 1)", actual.status));
            }
            if actual.stderr_last != want_stderr.trim_end() {
                problems.push(format!(
                    "last stderr line: expected {:?}, molt {:?}",
                    want_stderr.trim_end(),
                    actual.stderr_last
                ));
            }
        }
    }
    if actual.stdout != want_stdout {
        problems.push(format!(
            "stdout differs: {}",
            first_difference(&want_stdout, &actual.stdout)
        ));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n    "))
    }
}

/// Command-line behaviour of capabilities: unknown names are refused with the valid
/// list; `molt run` is trusted unless `--capabilities` narrows it.
fn check_capability_cli(molt: &Path, dir: &Path) -> Vec<(PathBuf, Result<(), String>)> {
    let mut out = Vec::new();
    let prog = dir.join("fs_read_denied.py");
    let bad = Command::new(molt)
        .args(["build", "--capabilities", "fs.read,disk"])
        .arg(&prog)
        .output();
    let r = match bad {
        Ok(o) => {
            let err = String::from_utf8_lossy(&o.stderr).to_string();
            let want = "error: --capabilities: unknown capability 'disk' (valid capabilities: fs.read, fs.write, env.read, net, process)";
            if o.status.success() || err.trim_end() != want {
                Err(format!(
                    "unknown capability: status {}, stderr {:?}",
                    o.status, err
                ))
            } else {
                Ok(())
            }
        }
        Err(e) => Err(e.to_string()),
    };
    out.push((PathBuf::from("cli: unknown capability"), r));
    let both = Command::new(molt)
        .args(["build", "--trusted", "--capabilities", "fs.read"])
        .arg(&prog)
        .output();
    let r = match both {
        Ok(o) if !o.status.success() => Ok(()),
        Ok(_) => Err("--trusted with --capabilities was accepted".into()),
        Err(e) => Err(e.to_string()),
    };
    out.push((
        PathBuf::from("cli: --trusted conflicts with --capabilities"),
        r,
    ));
    // `molt run` is trusted: the denied program runs to the end with status 0.
    let run = Command::new(molt)
        .arg("run")
        .arg(&prog)
        .current_dir(std::env::temp_dir())
        .output();
    let r = match run {
        Ok(o) if o.status.success() => Ok(()),
        Ok(o) => Err(format!(
            "molt run (trusted) failed: {}",
            String::from_utf8_lossy(&o.stderr)
        )),
        Err(e) => Err(e.to_string()),
    };
    out.push((PathBuf::from("cli: molt run is trusted"), r));
    let run = Command::new(molt)
        .args(["run", "--capabilities", ""])
        .arg(&prog)
        .current_dir(std::env::temp_dir())
        .output();
    let r = match run {
        Ok(o)
            if !o.status.success()
                && String::from_utf8_lossy(&o.stderr)
                    .contains("PermissionError: [molt] capability '") =>
        {
            Ok(())
        }
        Ok(o) => Err(format!(
            "molt run --capabilities '' was not denied: {}",
            String::from_utf8_lossy(&o.stderr)
        )),
        Err(e) => Err(e.to_string()),
    };
    out.push((PathBuf::from("cli: molt run --capabilities narrows"), r));
    out
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
    let cap_dir = root.join("tests/capabilities");
    let mut cap_progs: Vec<PathBuf> = std::fs::read_dir(&cap_dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().map(|x| x == "py").unwrap_or(false))
                .filter(|p| p.to_string_lossy().contains(&filter))
                .collect()
        })
        .unwrap_or_default();
    cap_progs.sort();
    progs.extend(cap_progs);
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
            let r = if p.parent().is_some_and(|d| d.ends_with("capabilities")) {
                let w = work.join(format!(
                    "capwork_{}",
                    p.file_stem().unwrap().to_string_lossy()
                ));
                let _ = std::fs::create_dir_all(&w);
                let r = check_denial(&molt, &py, &p, &w);
                let _ = std::fs::remove_dir_all(&w);
                r
            } else {
                check(&molt, &py, &p, &work)
            };
            results.lock().unwrap().push((p, r));
        }));
    }
    for h in handles {
        h.join().unwrap();
    }
    let mut results = Arc::try_unwrap(results).ok().unwrap().into_inner().unwrap();
    if filter.is_empty() || "capabilities".contains(&filter) {
        results.extend(check_capability_cli(&molt, &cap_dir));
    }
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
