//! Compiler tests that need no CPython: IR snapshots (insta, next to the inputs in
//! `tests/ir/`), diagnostics for broken or unsupported programs (`tests/diagnostics/`,
//! each file's first line says `# expect: LINE:COL CODE TEXT`, `*` for any column), and
//! byte-identical output for repeated builds.

use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn py_files(dir: &str) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(root().join(dir))
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().map(|x| x == "py").unwrap_or(false))
        .collect();
    v.sort();
    v
}

#[test]
fn ir_snapshots() {
    let files = py_files("tests/ir");
    assert!(files.len() >= 5);
    for f in files {
        let name = f.file_stem().unwrap().to_string_lossy().to_string();
        let rel = format!("tests/ir/{}.py", name);
        let src = std::fs::read_to_string(&f).unwrap();
        let ir = molt::compile_to_ir(&rel, src)
            .unwrap_or_else(|e| panic!("{} failed: {}", rel, e.render()));
        insta::with_settings!({snapshot_path => root().join("tests/ir/snapshots"), prepend_module_to_snapshot => false}, {
            insta::assert_snapshot!(name, ir.to_string());
        });
    }
}

#[test]
fn diagnostics_have_locations_and_no_panics() {
    let files = py_files("tests/diagnostics");
    assert!(files.len() >= 10);
    let mut failures = Vec::new();
    for f in files {
        let bytes = std::fs::read(&f).unwrap();
        let first = String::from_utf8_lossy(&bytes)
            .lines()
            .next()
            .unwrap_or("")
            .to_string();
        let spec = first
            .strip_prefix("# expect: ")
            .unwrap_or_else(|| panic!("{}: no '# expect:' line", f.display()));
        let (loc, rest) = spec.split_once(' ').unwrap();
        let (code, text) = rest.split_once(' ').unwrap();
        let (line, col) = loc.split_once(':').unwrap();
        let path = f.display().to_string();
        let result = std::panic::catch_unwind(|| {
            let src = molt::decode_source(&path, bytes.clone())?;
            molt::compile_to_ir(&path, src).map(|_| ())
        });
        let diags = match result {
            Err(_) => {
                failures.push(format!("{}: the compiler panicked", path));
                continue;
            }
            Ok(Ok(())) => {
                failures.push(format!("{}: compiled without a diagnostic", path));
                continue;
            }
            Ok(Err(molt::CompileError::Other(m))) => {
                failures.push(format!("{}: not a diagnostic: {}", path, m));
                continue;
            }
            Ok(Err(molt::CompileError::Diagnostics(d))) => d,
        };
        // Single files are compiled without their program, so imports of other modules
        // (even Molt's stdlib, such as `__future__`) are unresolved (E0200); a test
        // that expects another code skips those.
        let d = diags
            .iter()
            .find(|d| code == "E0200" || d.code != "E0200")
            .unwrap_or(&diags[0]);
        let rendered = d.render();
        let ok = d.line.to_string() == line
            && d.code == code
            && (col == "*" || d.column.to_string() == col)
            && rendered.contains(text)
            && rendered.contains(&format!("{}:{}:", path, d.line));
        if !ok {
            failures.push(format!(
                "{}: expected {} {:?}, got:\n{}",
                path, loc, text, rendered
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Runs the `molt` binary with extra environment variables; panics on failure.
fn molt_cli(args: &[&std::ffi::OsStr], env: &[(&str, &std::ffi::OsStr)]) -> std::process::Output {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_molt"));
    cmd.args(args);
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("run molt");
    assert!(
        out.status.success(),
        "molt failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

#[test]
fn builds_are_byte_identical() {
    let dir = root().join("target/determinism");
    std::fs::create_dir_all(&dir).unwrap();
    let input = root().join("tests/differential/algo_bank_accounts.py");
    let (a, b) = (dir.join("a"), dir.join("b"));
    // Two fresh compilations (no object cache) must agree byte for byte.
    for out in [&a, &b] {
        molt_cli(
            &[
                "build".as_ref(),
                input.as_os_str(),
                "-o".as_ref(),
                out.as_os_str(),
            ],
            &[("MOLT_NO_CACHE", "1".as_ref())],
        );
    }
    assert_eq!(std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap());
}

/// The module cache: a 20-module program rebuilt after touching one module compiles
/// exactly that module again, and the executable still reflects the change.
#[test]
fn rebuild_recompiles_only_the_changed_module() {
    let dir = root().join("target/modcache");
    let _ = std::fs::remove_dir_all(&dir);
    let src = dir.join("prog");
    std::fs::create_dir_all(&src).unwrap();
    let mut main = String::new();
    for i in 0..19 {
        std::fs::write(
            src.join(format!("mod{}.py", i)),
            format!("def value():\n    return {}\n", i),
        )
        .unwrap();
        main.push_str(&format!("import mod{}\n", i));
    }
    main.push_str("print(sum(m.value() for m in [");
    main.push_str(
        &(0..19)
            .map(|i| format!("mod{}", i))
            .collect::<Vec<_>>()
            .join(", "),
    );
    main.push_str("]))\n");
    std::fs::write(src.join("main.py"), main).unwrap();
    let cache = dir.join("cache");
    let exe = dir.join("app");
    let build = || {
        let out = molt_cli(
            &[
                "build".as_ref(),
                src.join("main.py").as_os_str(),
                "-o".as_ref(),
                exe.as_os_str(),
            ],
            &[
                ("MOLT_CACHE_DIR", cache.as_os_str()),
                ("MOLT_BUILD_STATS", "1".as_ref()),
            ],
        );
        let stderr = String::from_utf8_lossy(&out.stderr).to_string();
        let run = std::process::Command::new(&exe).output().unwrap();
        (stderr, String::from_utf8_lossy(&run.stdout).to_string())
    };
    let (stats, out) = build();
    assert!(
        stats.contains("compiled 20 module(s), reused 0"),
        "{}",
        stats
    );
    assert_eq!(out, format!("{}\n", (0..19).sum::<i32>()));
    std::fs::write(src.join("mod7.py"), "def value():\n    return 1007\n").unwrap();
    let (stats, out) = build();
    assert!(
        stats.contains("compiled 1 module(s), reused 19"),
        "{}",
        stats
    );
    assert_eq!(out, format!("{}\n", (0..19).sum::<i32>() - 7 + 1007));
}

#[test]
fn every_abi_function_is_exported_by_the_runtime() {
    let lib = molt::link::runtime_lib().unwrap();
    let out = std::process::Command::new("nm")
        .arg("-g")
        .arg("--defined-only")
        .arg(&lib)
        .output()
        .expect("nm runs");
    let text = String::from_utf8_lossy(&out.stdout);
    let exported: std::collections::HashSet<&str> = text
        .lines()
        .filter_map(|l| l.split_whitespace().nth(2))
        .collect();
    let missing: Vec<&str> = molt::abi::FUNCTIONS
        .iter()
        .map(|f| f.0)
        .filter(|n| !exported.contains(n))
        .collect();
    assert!(missing.is_empty(), "runtime does not export: {:?}", missing);
}
