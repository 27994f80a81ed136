//! C extensions against libmolt: each folder in `tests/capi/` holds a C extension
//! (`<name>.c`, module `<name>`) and `app.py`. The C source is compiled twice: against
//! Molt's `include/` into a static archive linked by `molt build --ext`, and against
//! CPython 3.12's headers into a shared object that CPython imports. Both runs of
//! `app.py` must print the same.

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn cpython_prefix() -> PathBuf {
    if let Ok(p) = std::env::var("MOLT_CPYTHON") {
        return PathBuf::from(p)
            .parent()
            .unwrap()
            .parent()
            .unwrap()
            .to_path_buf();
    }
    let out = Command::new("pyenv")
        .args(["prefix", "3.12.1"])
        .output()
        .expect("pyenv (or set MOLT_CPYTHON)");
    PathBuf::from(String::from_utf8_lossy(&out.stdout).trim())
}

fn run(cmd: &mut Command) -> String {
    let out = cmd.output().expect("command runs");
    assert!(
        out.status.success(),
        "{:?} failed:\n{}{}",
        cmd,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).to_string()
}

/// Builds the C source `src` against CPython 3.12's headers into the shared object
/// `stem` + CPython's extension suffix.
fn build_for_cpython(src: &Path, stem: &Path, cflags: &[&str]) {
    let prefix = cpython_prefix();
    let suffix = run(Command::new(prefix.join("bin/python3")).args([
        "-c",
        "import sysconfig; print(sysconfig.get_config_var('EXT_SUFFIX'))",
    ]));
    let mut so = stem.as_os_str().to_owned();
    so.push(suffix.trim());
    run(Command::new("cc")
        .args(["-shared", "-fPIC", "-O2"])
        .args(cflags)
        .arg("-I")
        .arg(prefix.join("include/python3.12"))
        .arg(src)
        .arg("-o")
        .arg(so));
}

fn check(dir: &Path) {
    let name = dir.file_name().unwrap().to_string_lossy().to_string();
    let work = root().join("target/capitest").join(&name);
    std::fs::create_dir_all(&work).unwrap();
    let src = dir.join(format!("{}.c", name));
    // Against Molt.
    let obj = work.join(format!("{}.o", name));
    run(Command::new("cc")
        .args(["-c", "-O2", "-Wall", "-Werror", "-fPIC"])
        .arg("-I")
        .arg(root().join("include"))
        .arg(&src)
        .arg("-o")
        .arg(&obj));
    let lib = work.join(format!("lib{}.a", name));
    let _ = std::fs::remove_file(&lib);
    run(Command::new("ar").arg("rcs").arg(&lib).arg(&obj));
    let exe = work.join("app");
    run(Command::new(env!("CARGO_BIN_EXE_molt"))
        .arg("build")
        .arg(dir.join("app.py"))
        .arg("--ext")
        .arg(format!("{}={}", name, lib.display()))
        .arg("-o")
        .arg(&exe));
    let molt_out = run(&mut Command::new(&exe));
    // Against CPython.
    let py = cpython_prefix().join("bin/python3");
    build_for_cpython(&src, &work.join(&name), &[]);
    std::fs::copy(dir.join("app.py"), work.join("app.py")).unwrap();
    let cpy_out = run(Command::new(&py).arg(work.join("app.py")));
    assert_eq!(
        cpy_out, molt_out,
        "{}: output differs between CPython and Molt",
        name
    );
}

#[test]
fn extensions_behave_as_under_cpython() {
    let mut n = 0;
    for e in std::fs::read_dir(root().join("tests/capi")).unwrap() {
        let d = e.unwrap().path();
        if d.is_dir() {
            check(&d);
            n += 1;
        }
    }
    assert!(n >= 1);
}

#[test]
fn missing_capi_functions_are_named() {
    let work = root().join("target/capitest/missing");
    std::fs::create_dir_all(&work).unwrap();
    let src = work.join("needs.c");
    std::fs::write(
        &src,
        "#include <Python.h>\nPyObject *PyNoSuch_Function(PyObject *);\nPyObject *molt_test_g(PyObject *o) { return PyNoSuch_Function(o); }\n",
    )
    .unwrap();
    let obj = work.join("needs.o");
    run(Command::new("cc")
        .args(["-c", "-w"])
        .arg("-I")
        .arg(root().join("include"))
        .arg(&src)
        .arg("-o")
        .arg(&obj));
    let lib = work.join("libneeds.a");
    let _ = std::fs::remove_file(&lib);
    run(Command::new("ar").arg("rcs").arg(&lib).arg(&obj));
    let out = Command::new(env!("CARGO_BIN_EXE_molt"))
        .arg("build")
        .arg(root().join("examples/hello.py"))
        .arg("--ext")
        .arg(format!("needs={}", lib.display()))
        .arg("-o")
        .arg(work.join("app"))
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        err.contains("needs: needs PyNoSuch_Function, not in libmolt yet"),
        "{}",
        err
    );
}

/// Packs `dir` into an sdist at `out` with the top folder `top` (as `python -m build
/// --sdist` lays it out).
fn pack_sdist(dir: &Path, top: &str, out: &Path) {
    let f = std::fs::File::create(out).unwrap();
    let gz = flate2::write::GzEncoder::new(f, flate2::Compression::default());
    let mut b = tar::Builder::new(gz);
    b.append_dir_all(top, dir).unwrap();
    b.into_inner().unwrap().finish().unwrap();
}

#[test]
fn ext_build_installs_an_sdist_that_molt_build_links() {
    let work = root().join("target/capitest/ext_build");
    ext_build_round_trip(&work, &root().join("tests/ext/demo_pkg"));
}

/// The demo package with its extension declared in pyproject.toml only.
#[test]
fn ext_build_reads_pyproject_ext_modules() {
    let work = root().join("target/capitest/ext_build_pyproject");
    let _ = std::fs::remove_dir_all(&work);
    let pkg = work.join("pkg");
    std::fs::create_dir_all(pkg.join("src/demo")).unwrap();
    std::fs::copy(
        root().join("tests/ext/demo_pyproject/pyproject.toml"),
        pkg.join("pyproject.toml"),
    )
    .unwrap();
    for f in ["__init__.py", "_fast.c"] {
        std::fs::copy(
            root().join("tests/ext/demo_pkg/src/demo").join(f),
            pkg.join("src/demo").join(f),
        )
        .unwrap();
    }
    ext_build_round_trip(&work.join("run"), &pkg);
}

/// Packs `pkg` (the demo package) as an sdist, `molt ext build`s it, builds
/// tests/ext/demo_app.py against it and compares with CPython running the same C source.
fn ext_build_round_trip(work: &Path, pkg: &Path) {
    let _ = std::fs::remove_dir_all(work);
    std::fs::create_dir_all(work).unwrap();
    let sdist = work.join("demo-1.0.tar.gz");
    pack_sdist(pkg, "demo-1.0", &sdist);
    let site = work.join("site");
    let molt = |args: &[&std::ffi::OsStr]| {
        let mut c = Command::new(env!("CARGO_BIN_EXE_molt"));
        c.args(args)
            .env("MOLT_SITE", &site)
            .env("MOLT_CACHE_DIR", work.join("cache"));
        c
    };
    let out = molt(&["ext".as_ref(), "build".as_ref(), sdist.as_os_str()])
        .output()
        .unwrap();
    let log = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{}", log);
    assert!(log.contains("installed demo._fast"), "{}", log);
    assert!(site.join("demo/__init__.py").is_file());
    // Molt: the app finds the package in the site folder and links its C module.
    let app = root().join("tests/ext/demo_app.py");
    let exe = work.join("app");
    let mut build = molt(&[
        "build".as_ref(),
        app.as_os_str(),
        "-o".as_ref(),
        exe.as_os_str(),
    ]);
    run(&mut build);
    let molt_out = run(&mut Command::new(&exe));
    assert!(
        molt_out.starts_with("c "),
        "the C module was not used: {}",
        molt_out
    );
    // CPython: the same package with the same C source built for CPython.
    let py = cpython_prefix().join("bin/python3");
    let cpkg = work.join("cpython/demo");
    std::fs::create_dir_all(&cpkg).unwrap();
    std::fs::copy(pkg.join("src/demo/__init__.py"), cpkg.join("__init__.py")).unwrap();
    build_for_cpython(
        &pkg.join("src/demo/_fast.c"),
        &cpkg.join("_fast"),
        &["-DDEMO_SCALE=3"],
    );
    let cpy_out = run(Command::new(&py)
        .arg(&app)
        .env("PYTHONPATH", work.join("cpython")));
    assert_eq!(cpy_out, molt_out);
}

#[test]
fn unsafe_sdists_are_refused_before_anything_is_written() {
    let work = root().join("target/capitest/ext_evil");
    let _ = std::fs::remove_dir_all(&work);
    std::fs::create_dir_all(&work).unwrap();
    let sdist = work.join("evil-1.0.tar.gz");
    {
        let f = std::fs::File::create(&sdist).unwrap();
        let gz = flate2::write::GzEncoder::new(f, flate2::Compression::default());
        let mut b = tar::Builder::new(gz);
        let data = b"print('x')\n";
        let mut ok = tar::Header::new_gnu();
        ok.set_size(data.len() as u64);
        ok.set_mode(0o644);
        ok.set_path("evil-1.0/setup.py").unwrap();
        ok.set_cksum();
        b.append(&ok, &data[..]).unwrap();
        // A member escaping the build folder: the name is written raw, as a hostile
        // archive would.
        let mut bad = tar::Header::new_old();
        let name = b"evil-1.0/../../escaped.txt";
        bad.as_old_mut().name[..name.len()].copy_from_slice(name);
        bad.set_size(data.len() as u64);
        bad.set_mode(0o644);
        bad.set_cksum();
        b.append(&bad, &data[..]).unwrap();
        b.into_inner().unwrap().finish().unwrap();
    }
    let out = Command::new(env!("CARGO_BIN_EXE_molt"))
        .args(["ext", "build"])
        .arg(&sdist)
        .env("MOLT_SITE", work.join("site"))
        .env("MOLT_CACHE_DIR", work.join("cache/a/b"))
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        err.contains("refusing to unpack") && err.contains("'..'"),
        "{}",
        err
    );
    assert!(!work.join("cache/escaped.txt").exists());
    assert!(!work.join("cache/a/b/ext-build").exists());
}

/// markupsafe 3.0.2 (pinned in third_party/README.md): its sdist, fetched from PyPI with
/// pip into the test cache and checked against the pinned sha256.
fn markupsafe_sdist(dir: &Path) -> PathBuf {
    const SHA256: &str = "ee55d3edf80167e48ea11a923c7386f4669df67d7994554387f84e7d8b0a2bf0";
    let sdist = dir.join("markupsafe-3.0.2.tar.gz");
    if !sdist.is_file() {
        let py = cpython_prefix().join("bin/python3");
        let out = Command::new(&py)
            .args([
                "-m",
                "pip",
                "download",
                "markupsafe==3.0.2",
                "--no-binary",
                ":all:",
            ])
            .args(["--no-deps", "-q", "-d"])
            .arg(dir)
            .output()
            .expect("pip runs");
        assert!(
            out.status.success() && sdist.is_file(),
            "could not fetch the markupsafe sdist from PyPI:\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let sum = run(Command::new("sha256sum").arg(&sdist));
    assert!(
        sum.starts_with(SHA256),
        "markupsafe sdist sha256 mismatch: {}",
        sum
    );
    sdist
}

/// The real markupsafe package (its `__init__.py`, `_native.py` and C `_speedups`, from
/// the pinned sdist) installed by `molt ext build` and used by `tests/ext/markupsafe/app.py`;
/// CPython runs the same program with the same sdist installed by pip into a temporary
/// folder. Outputs must be identical, and the program checks that the C speedups served.
#[test]
fn markupsafe_package_runs_as_under_cpython() {
    let work = root().join("target/capitest/markupsafe");
    std::fs::create_dir_all(&work).unwrap();
    let sdist = markupsafe_sdist(&work);
    let site = work.join("site");
    let _ = std::fs::remove_dir_all(&site);
    let molt = |args: &[&std::ffi::OsStr]| {
        let mut c = Command::new(env!("CARGO_BIN_EXE_molt"));
        c.args(args)
            .env("MOLT_SITE", &site)
            .env("MOLT_CACHE_DIR", work.join("cache"));
        c
    };
    let out = molt(&["ext".as_ref(), "build".as_ref(), sdist.as_os_str()])
        .output()
        .unwrap();
    let log = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{}", log);
    assert!(!log.contains("not in libmolt yet"), "{}", log);
    assert!(site.join("markupsafe/__init__.py").is_file(), "{}", log);
    let app = root().join("tests/ext/markupsafe/app.py");
    let exe = work.join("app");
    run(&mut molt(&[
        "build".as_ref(),
        app.as_os_str(),
        "-o".as_ref(),
        exe.as_os_str(),
    ]));
    let molt_out = run(&mut Command::new(&exe));
    // CPython with the same sdist, built and installed by pip into a private folder.
    let py = cpython_prefix().join("bin/python3");
    let cpy = work.join("cpython");
    let _ = std::fs::remove_dir_all(&cpy);
    run(Command::new(&py)
        .args(["-m", "pip", "install", "--no-deps", "-q", "--target"])
        .arg(&cpy)
        .arg(&sdist));
    let cpy_out = run(Command::new(&py).arg(&app).env("PYTHONPATH", &cpy));
    assert!(
        cpy_out.starts_with("True builtin_function_or_method\n"),
        "CPython did not use the C speedups:\n{}",
        cpy_out
    );
    assert_eq!(cpy_out, molt_out);
}

/// numpy_lite (tests/ext/numpy_lite): a float64 array extension written here in the
/// style of a scientific package (static type, number/mapping/buffer tables, getters,
/// methods). Packed as an sdist, built with `molt ext build`, linked into app.py by
/// `molt build`; the same C source built for CPython must give the same output.
#[test]
fn numpy_lite_runs_as_under_cpython() {
    let work = root().join("target/capitest/numpy_lite");
    let _ = std::fs::remove_dir_all(&work);
    std::fs::create_dir_all(&work).unwrap();
    let pkg = root().join("tests/ext/numpy_lite");
    let sdist = work.join("numpy_lite-0.1.tar.gz");
    pack_sdist(&pkg, "numpy_lite-0.1", &sdist);
    let site = work.join("site");
    let molt = |args: &[&std::ffi::OsStr]| {
        let mut c = Command::new(env!("CARGO_BIN_EXE_molt"));
        c.args(args)
            .env("MOLT_SITE", &site)
            .env("MOLT_CACHE_DIR", work.join("cache"));
        c
    };
    let out = molt(&["ext".as_ref(), "build".as_ref(), sdist.as_os_str()])
        .output()
        .unwrap();
    let log = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{}", log);
    assert!(log.contains("installed numpy_lite"), "{}", log);
    assert!(!log.contains("not in libmolt yet"), "{}", log);
    let app = pkg.join("app.py");
    let exe = work.join("app");
    run(&mut molt(&[
        "build".as_ref(),
        app.as_os_str(),
        "-o".as_ref(),
        exe.as_os_str(),
    ]));
    let molt_out = run(&mut Command::new(&exe));
    let py = cpython_prefix().join("bin/python3");
    let cpy = work.join("cpython");
    std::fs::create_dir_all(&cpy).unwrap();
    build_for_cpython(
        &pkg.join("src/numpy_lite.c"),
        &cpy.join("numpy_lite"),
        &["-Wall", "-Werror"],
    );
    let cpy_out = run(Command::new(&py).arg(&app).env("PYTHONPATH", &cpy));
    assert!(molt_out.contains("d 8 2 (2, 3) (24, 8) 48"), "{}", molt_out);
    assert_eq!(cpy_out, molt_out);
}
