//! Layout test of Molt's C headers (`include/`) against CPython 3.12.1's.
//!
//! `tools/layout_probe.c` prints, one `name value` line per fact, the sizes, alignments
//! and field offsets/sizes/types of the structs extensions see, every constant and flag,
//! the declared types of the data symbols, and what the inline functions and macros do
//! to hand-built objects. It is compiled once against CPython's headers and once against
//! Molt's (`-DMOLT`); both programs run and their outputs must be identical.
//!
//! `tools/header_smoke.c` uses every macro and inline function Molt's headers define; it
//! must compile (C11 and, when a C++ compiler exists, C++11) with warnings as errors, and
//! the headers alone must also pass `-Wpedantic`.
//!
//! CPython's headers are found through `$MOLT_CPYTHON_INCLUDE` (the directory holding
//! `Python.h`), else next to `$MOLT_CPYTHON` (`<prefix>/bin/python3` →
//! `<prefix>/include/python3.12`), else under `pyenv prefix 3.12.1`. The C compiler is
//! `$CC` (default `cc`), the C++ compiler `$CXX` (default `c++`).

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::Command;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("libmolt-capi lives in the workspace")
        .to_path_buf()
}

/// A private scratch directory under the target directory.
fn scratch() -> PathBuf {
    let d = Path::new(env!("CARGO_TARGET_TMPDIR")).join("layout");
    std::fs::create_dir_all(&d).expect("create scratch directory");
    d
}

fn cpython_include() -> PathBuf {
    let mut candidates = Vec::new();
    if let Ok(p) = std::env::var("MOLT_CPYTHON_INCLUDE") {
        candidates.push(PathBuf::from(p));
    }
    if let Ok(p) = std::env::var("MOLT_CPYTHON") {
        // <prefix>/bin/python3 -> <prefix>/include/python3.12 (no sysconfig: nothing runs).
        if let Some(prefix) = Path::new(&p).parent().and_then(Path::parent) {
            candidates.push(prefix.join("include/python3.12"));
        }
    }
    if let Ok(out) = Command::new("pyenv").args(["prefix", "3.12.1"]).output() {
        if out.status.success() {
            let prefix = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
            candidates.push(prefix.join("include/python3.12"));
        }
    }
    for c in &candidates {
        if c.join("Python.h").exists() {
            return c.clone();
        }
    }
    panic!(
        "CPython 3.12.1's headers are needed to check Molt's.\n\
         Install it with `pyenv install 3.12.1` (tools/setup.sh does this), or set \
         MOLT_CPYTHON_INCLUDE=/path/to/include/python3.12. Looked in: {candidates:?}"
    );
}

fn cc() -> String {
    std::env::var("CC").unwrap_or_else(|_| "cc".to_string())
}

fn cxx() -> String {
    std::env::var("CXX").unwrap_or_else(|_| "c++".to_string())
}

/// Runs a command, panicking with its output if it fails.
fn run(cmd: &mut Command, what: &str) -> String {
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("{what}: cannot run {cmd:?}: {e}"));
    if !out.status.success() {
        panic!(
            "{what} failed ({}):\n{cmd:?}\n--- stdout\n{}\n--- stderr\n{}",
            out.status,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
    String::from_utf8(out.stdout).expect("probe output is UTF-8")
}

/// Compiles the probe against the headers in `include` and returns its output.
fn probe_output(include: &Path, exe_name: &str, extra: &[&str]) -> String {
    let ws = workspace();
    let exe = scratch().join(exe_name);
    let mut compile = Command::new(cc());
    compile
        .args(["-std=c11", "-Wall", "-Werror", "-O2"])
        .args(extra)
        .arg("-I")
        .arg(include)
        .arg(ws.join("tools/layout_probe.c"))
        .arg(ws.join("tools/layout_probe_stubs.c"))
        .arg("-lm")
        .arg("-o")
        .arg(&exe);
    run(
        &mut compile,
        &format!("compiling the probe against {}", include.display()),
    );
    run(
        &mut Command::new(&exe),
        &format!("running {}", exe.display()),
    )
}

/// Line counts per probe section (`section <name>` lines start each one), and per kind
/// of layout fact.
fn summarize(lines: &[&str]) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    let mut section = String::from("(none)");
    for line in lines {
        if let Some(name) = line.strip_prefix("section ") {
            section = name.to_string();
            continue;
        }
        *counts.entry(format!("section {section}")).or_default() += 1;
        for kind in [
            "sizeof(",
            "alignof(",
            "offsetof(",
            "type(",
            "decl(",
            "mask(",
        ] {
            if line.starts_with(kind) {
                *counts
                    .entry(format!("kind {}", &kind[..kind.len() - 1]))
                    .or_default() += 1;
            }
        }
    }
    counts
}

#[test]
fn probe_output_matches_cpython() {
    let cpython = probe_output(&cpython_include(), "probe_cpython", &[]);
    let molt = probe_output(&workspace().join("include"), "probe_molt", &["-DMOLT"]);
    let a: Vec<&str> = cpython.lines().collect();
    let b: Vec<&str> = molt.lines().collect();

    println!("layout probe: {} lines compared", a.len());
    for (k, n) in summarize(&a) {
        println!("  {k:<40} {n}");
    }

    let mut report = Vec::new();
    if a.len() == b.len() {
        for (x, y) in a.iter().zip(&b) {
            if x != y {
                report.push(format!("  CPython: {x}\n  Molt:    {y}"));
            }
        }
    } else {
        let sa: HashSet<&str> = a.iter().copied().collect();
        let sb: HashSet<&str> = b.iter().copied().collect();
        report.push(format!(
            "line counts differ: CPython {}, Molt {}",
            a.len(),
            b.len()
        ));
        report.extend(
            a.iter()
                .filter(|l| !sb.contains(*l))
                .map(|l| format!("  only CPython: {l}")),
        );
        report.extend(
            b.iter()
                .filter(|l| !sa.contains(*l))
                .map(|l| format!("  only Molt:    {l}")),
        );
    }
    assert!(
        report.is_empty(),
        "Molt's headers differ from CPython 3.12.1's in {} place(s):\n{}",
        report.len(),
        report.join("\n")
    );
    // A probe that silently printed nothing would compare equal too.
    assert!(a.len() > 1500, "the probe printed only {} lines", a.len());
}

#[test]
fn header_smoke_compiles() {
    let ws = workspace();
    let include = ws.join("include");
    let out = scratch();

    // Every macro and inline function, as C11 and (when available) as C++11.
    run(
        Command::new(cc())
            .args(["-std=c11", "-Wall", "-Wextra", "-Werror", "-O2", "-c"])
            .arg("-I")
            .arg(&include)
            .arg(ws.join("tools/header_smoke.c"))
            .arg("-o")
            .arg(out.join("header_smoke.o")),
        "compiling tools/header_smoke.c",
    );
    let have_cxx = Command::new(cxx())
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if have_cxx {
        run(
            Command::new(cxx())
                .args([
                    "-x",
                    "c++",
                    "-std=c++11",
                    "-Wall",
                    "-Wextra",
                    "-Werror",
                    "-O2",
                    "-c",
                ])
                .arg("-I")
                .arg(&include)
                .arg(ws.join("tools/header_smoke.c"))
                .arg("-o")
                .arg(out.join("header_smoke_cxx.o")),
            "compiling tools/header_smoke.c as C++",
        );
    } else {
        println!("no C++ compiler ({}): C++ check skipped", cxx());
    }

    // The headers alone, pedantically (extension code may build with -Wpedantic).
    let only_headers = out.join("only_headers.c");
    std::fs::write(
        &only_headers,
        "/* Includes Molt's headers and nothing else. */\n\
         #include <Python.h>\n#include <structmember.h>\nint only_headers;\n",
    )
    .expect("write only_headers.c");
    run(
        Command::new(cc())
            .args([
                "-std=c11",
                "-Wall",
                "-Wextra",
                "-Wpedantic",
                "-Werror",
                "-c",
            ])
            .arg("-I")
            .arg(&include)
            .arg(&only_headers)
            .arg("-o")
            .arg(out.join("only_headers.o")),
        "compiling Python.h with -Wpedantic",
    );
    if have_cxx {
        run(
            Command::new(cxx())
                .args([
                    "-x",
                    "c++",
                    "-std=c++11",
                    "-Wall",
                    "-Wextra",
                    "-Wpedantic",
                    "-Werror",
                    "-c",
                ])
                .arg("-I")
                .arg(&include)
                .arg(&only_headers)
                .arg("-o")
                .arg(out.join("only_headers_cxx.o")),
            "compiling Python.h as C++ with -Wpedantic",
        );
    }
}

fn is_ident(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// The macros and inline functions a header defines (include guards and Molt-private
/// `_Molt_*` helpers excepted).
fn defined_names(text: &str) -> Vec<String> {
    let mut names = Vec::new();
    for line in text.lines() {
        let t = line.trim_start();
        if let Some(rest) = t.strip_prefix('#') {
            if let Some(def) = rest.trim_start().strip_prefix("define") {
                let name: String = def
                    .trim_start()
                    .chars()
                    .take_while(|&c| is_ident(c))
                    .collect();
                names.push(name);
            }
        } else if t.starts_with("static inline") {
            if let Some(paren) = t.find('(') {
                let before = &t[..paren];
                let start = before.rfind(|c: char| !is_ident(c)).map_or(0, |i| i + 1);
                names.push(before[start..].to_string());
            }
        }
    }
    names.retain(|n| !n.is_empty() && !n.ends_with("_H") && !n.starts_with("_Molt_"));
    names
}

#[test]
fn smoke_uses_every_macro_and_inline_function() {
    let ws = workspace();
    let smoke = std::fs::read_to_string(ws.join("tools/header_smoke.c")).expect("read smoke");
    let used: HashSet<&str> = smoke.split(|c: char| !is_ident(c)).collect();
    let mut missing = Vec::new();
    let mut total = 0;
    let mut headers: Vec<PathBuf> = std::fs::read_dir(ws.join("include"))
        .expect("read include/")
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "h"))
        .collect();
    headers.sort();
    for h in &headers {
        let text = std::fs::read_to_string(h).expect("read header");
        for name in defined_names(&text) {
            total += 1;
            if !used.contains(name.as_str()) {
                missing.push(format!(
                    "{} ({})",
                    name,
                    h.file_name().unwrap().to_string_lossy()
                ));
            }
        }
    }
    println!("header smoke: {total} macros and inline functions");
    assert!(total > 300, "found only {total} definitions in include/");
    assert!(
        missing.is_empty(),
        "tools/header_smoke.c does not use:\n  {}",
        missing.join("\n  ")
    );
}
